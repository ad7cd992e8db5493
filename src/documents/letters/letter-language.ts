import { UN_LANGUAGES, UnLanguage } from '../../kernel/languages';

/**
 * The documents' languages are the six of the kernel (`UnLanguage`), which the documents import directly. These
 * aliases stay for code written against the former English-and-French type; new code uses `UnLanguage`.
 */
export const LETTER_LANGUAGES = UN_LANGUAGES;
export type LetterLanguage = UnLanguage;
