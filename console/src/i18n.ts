import i18n from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { isRightToLeft, UN_LANGUAGES, type UnLanguage } from './format/languages';

type Messages = Record<string, unknown>;

/**
 * Each language's messages are kept in several files, one per area of the console (locales/<lang>/<area>.json),
 * so that two screens never edit the same file; each file owns its top-level keys. They are ICU messages
 * (`{count, plural, one {…} other {…}}`), formatted by intl-messageformat in the language's own plural rules.
 * The bundler puts each language's files in one chunk of their own (vite.config.ts), fetched when the
 * language is chosen: a reader of one language never downloads the other five.
 */
const catalogues = import.meta.glob<Messages>('./locales/*/*.json', { import: 'default' });

/** The six official languages, in the order the United Nations lists them; each has a full catalogue. */
export const LANGUAGES = UN_LANGUAGES;
export type Language = UnLanguage;

const STORAGE_KEY = 'nihil-obstat.language';

const isLanguage = (value: string | null | undefined): value is Language => LANGUAGES.includes(value as Language);

/** `?lang=`, else the user's last choice, else the browser's first language we have, else English. */
export function initialLanguage(): Language {
  const asked = new URLSearchParams(window.location.search).get('lang')?.toLowerCase();
  if (isLanguage(asked)) {
    // A link that names the language is a choice too: it holds after a reload.
    safeStorage()?.setItem(STORAGE_KEY, asked);
    return asked;
  }
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const preferred of navigator.languages ?? [navigator.language]) {
    const base = preferred.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

async function messagesOf(language: Language): Promise<Messages> {
  const prefix = `./locales/${language}/`;
  const files = Object.entries(catalogues).filter(([path]) => path.startsWith(prefix));
  return Object.assign({}, ...(await Promise.all(files.map(([, load]) => load())))) as Messages;
}

async function load(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await messagesOf(language));
}

/** Switches the console's language, once its messages have arrived, and remembers the choice. */
export async function chooseLanguage(language: Language): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, language);
  await load(language);
  await i18n.changeLanguage(language);
}

function reportBrokenMessage(error: Error, key: string, message: string): string {
  console.error(`Message "${key}" could not be formatted: ${error.message}`);
  return message;
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Sets up i18next in the first language, whose messages it fetches before the console first renders. */
export async function setUpI18n(): Promise<typeof i18n> {
  const language = initialLanguage();
  await i18n
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: { [language]: { translation: await messagesOf(language) } },
      partialBundledLanguages: true,
      lng: language,
      // Every catalogue has every key (test/console/locales.spec.ts): no language falls back on another's words.
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      // A message missing or broken is a bug: said in the browser's console, where every browser test looks.
      saveMissing: true,
      missingKeyHandler: (languages, _namespace, key, _fallback, _update, options: { defaultValue?: unknown }) => {
        if (options?.defaultValue === undefined) console.error(`Missing message "${key}" in ${languages.join(', ')}`);
      },
      i18nFormat: { parseErrorHandler: reportBrokenMessage },
    });
  const follow = (chosen: string) => {
    document.documentElement.lang = chosen;
    document.documentElement.dir = isRightToLeft(chosen) ? 'rtl' : 'ltr';
    document.title = i18n.t('app.name');
  };
  follow(i18n.language);
  i18n.on('languageChanged', follow);
  return i18n;
}
