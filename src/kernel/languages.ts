/**
 * The six official languages of the United Nations, in the order the General Assembly lists them. Documents,
 * names of States and the console are written in each of them.
 */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** The languages written right to left. */
export const isRightToLeft = (language: UnLanguage): boolean => language === 'ar';
