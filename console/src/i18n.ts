import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const LANGUAGES = ['en', 'fr'] as const;
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
    resources: { en: { translation: en }, fr: { translation: fr } },
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
