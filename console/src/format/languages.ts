/**
 * The six official languages of the United Nations (the engine's src/kernel/languages.ts, which the console may
 * not import), each language's own name for itself, and how each writes dates and names time zones.
 */

export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** Each language named in itself, as the United Nations' own sites offer them. */
export const ENDONYMS: Record<UnLanguage, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/** Arabic is written right to left. */
export const isRightToLeft = (language: string): boolean => unLanguageOf(language) === 'ar';

interface Locales {
  /** Dates and times ("10 May 2013, 18:00"). */
  dates: string;
  /** Time zones' short names: only en-US calls the meetings' usual zone "EDT" (en-GB writes "GMT-4"). */
  zoneNames: string;
}

const LOCALES: Record<UnLanguage, Locales> = {
  ar: { dates: 'ar', zoneNames: 'ar' },
  zh: { dates: 'zh-CN', zoneNames: 'zh-CN' },
  en: { dates: 'en-GB', zoneNames: 'en-US' },
  fr: { dates: 'fr-FR', zoneNames: 'fr-FR' },
  ru: { dates: 'ru-RU', zoneNames: 'ru-RU' },
  es: { dates: 'es-ES', zoneNames: 'es-ES' },
};

/** "fr", "fr-CA" → "fr"; a language that is not one of the six → "en" (also the `?lang=` of the engine's documents). */
export function unLanguageOf(language: string): UnLanguage {
  const base = language.toLowerCase().split('-')[0];
  return (UN_LANGUAGES as readonly string[]).includes(base) ? (base as UnLanguage) : 'en';
}

/** The locale dates are written in, for the console's language. */
export function dateLocale(language: string): string {
  return LOCALES[unLanguageOf(language)].dates;
}

/** The locale time zones are named in, for the console's language. */
export function zoneNameLocale(language: string): string {
  return LOCALES[unLanguageOf(language)].zoneNames;
}
