import { useTranslation } from 'react-i18next';
import { ENDONYMS } from '../format/languages';
import { chooseLanguage, LANGUAGES } from '../i18n';

/** The six languages, each named in itself (as on the United Nations' sites); the pressed one is the console's. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="no-lang-switch" role="group" aria-label={t('language.switch')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          dir="auto"
          aria-pressed={i18n.language === language}
          onClick={() => void chooseLanguage(language)}
        >
          {ENDONYMS[language]}
        </button>
      ))}
    </div>
  );
}
