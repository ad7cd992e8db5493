import { UnLanguage } from '../../kernel/languages';
import { REPORT_WORDS_AR } from './report-words.ar';
import { REPORT_WORDS_EN } from './report-words.en';
import { REPORT_WORDS_ES } from './report-words.es';
import { REPORT_WORDS_FR } from './report-words.fr';
import { REPORT_WORDS_RU } from './report-words.ru';
import { REPORT_WORDS_ZH } from './report-words.zh';
import { ReportWords } from './report-vocabulary';

export type { ReportWords };

/** The words of the reports in each of the six languages, one file per language. */
export const REPORT_WORDS: Record<UnLanguage, ReportWords> = {
  en: REPORT_WORDS_EN,
  fr: REPORT_WORDS_FR,
  es: REPORT_WORDS_ES,
  ru: REPORT_WORDS_RU,
  zh: REPORT_WORDS_ZH,
  ar: REPORT_WORDS_AR,
};
