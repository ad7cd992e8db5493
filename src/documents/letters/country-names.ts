import { UnLanguage } from '../../kernel/languages';
import { stateName } from '../../platform/reference/state-names';

/**
 * A country's name as the documents give it, in their language: the UN short name of a Member State or
 * observer where the UN's differs from CLDR's, else the i18n-iso-countries (CLDR) name, else the English
 * name. An unknown code is shown as it is.
 */
export function countryName(code: string, lang: UnLanguage): string {
  return stateName(code, lang);
}
