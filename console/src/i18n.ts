import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UnLanguage } from './format/languages';

type Messages = Record<string, unknown>;

/**
 * Each language's messages are kept in several files, one per area of the console (locales/<lang>/<area>.json),
 * so that two screens never edit the same file; each file owns its top-level keys.
 */
const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

function messagesOf(language: string): Messages {
  const prefix = `./locales/${language}/`;
  return Object.assign(
    {},
    ...Object.entries(files)
      .filter(([path]) => path.startsWith(prefix))
      .map(([, messages]) => messages),
  ) as Messages;
}

/** The languages with a catalogue: some of the six UN languages, each already known to format/languages.ts. */
export const LANGUAGES = ['en', 'fr'] as const satisfies readonly UnLanguage[];
export type Language = (typeof LANGUAGES)[number];

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

/** Switches the console's language and remembers the choice. */
export function chooseLanguage(language: Language): void {
  safeStorage()?.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function setUpI18n(): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: messagesOf(language) }])),
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const follow = (language: string) => {
    document.documentElement.lang = language;
    document.title = i18n.t('app.name');
  };
  follow(i18n.language);
  i18n.on('languageChanged', follow);
  return i18n;
}
