/** The languages the letters are written in so far; the console's other four follow. */
export const LETTER_LANGUAGES = ['en', 'fr'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
