/**
 * The six official languages of the United Nations and how each writes dates and names time zones. The console
 * has catalogues for some of them (i18n.ts `LANGUAGES`); a language gains its catalogue without touching this table.
 */

export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

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
