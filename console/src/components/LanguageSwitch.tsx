import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES } from '../i18n';

/** English / Français, each in its own language; the pressed one is the console's language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="no-lang-switch" role="group" aria-label={t('language.switch')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => chooseLanguage(language)}
        >
          {t(`language.${language}`, { lng: language })}
        </button>
      ))}
    </div>
  );
}
