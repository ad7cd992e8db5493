import CODES from 'i18n-iso-countries/codes.json';
import AR from 'i18n-iso-countries/langs/ar.json';
import EN from 'i18n-iso-countries/langs/en.json';
import ES from 'i18n-iso-countries/langs/es.json';
import FR from 'i18n-iso-countries/langs/fr.json';
import RU from 'i18n-iso-countries/langs/ru.json';
import ZH from 'i18n-iso-countries/langs/zh.json';
import { UnLanguage } from '../../kernel/languages';
import { OTHER_GROUP, RegionalGroup } from '../../kernel/reference/reference-data';
import UN_SHORT_NAMES from '../../kernel/reference/un-short-names.json';

/** A package's language file: alpha-2 code → its name, or its names with the usual one first. */
type PackageNames = Record<string, string | string[]>;
type ByCode = Record<string, string>;

const PACKAGE: Record<UnLanguage, PackageNames> = {
  ar: AR.countries,
  zh: ZH.countries,
  en: EN.countries,
  fr: FR.countries,
  ru: RU.countries,
  es: ES.countries,
};
const UN_NAMES: Record<UnLanguage, ByCode> = UN_SHORT_NAMES.states;
const GROUP_NAMES: Record<UnLanguage, Record<RegionalGroup | typeof OTHER_GROUP, string>> = UN_SHORT_NAMES.regionalGroups;

// The package also lists Kosovo under the user-assigned XKK, which the kernel does not take as a country.
const ALPHA2 = new Map(CODES.map(([alpha2, alpha3]) => [alpha3, alpha2]));
const ALPHA3 = new Map(CODES.map(([alpha2, alpha3]) => [alpha2, alpha3]));

const usual = (names: string | string[] | undefined) => (Array.isArray(names) ? names[0] : names);

export function alpha2Of(alpha3: string): string | undefined {
  return ALPHA2.get(alpha3);
}

export function alpha3Of(alpha2: string): string | undefined {
  return ALPHA3.get(alpha2);
}

/**
 * A State's (or any ISO 3166 country's, or the European Union's) name in one of the six languages: the UN's
 * short name where it differs from the package's (un-short-names.json), else the package's, else the English
 * name, else the code itself.
 */
export function stateName(code: string, lang: UnLanguage): string {
  return localName(code, lang) ?? localName(code, 'en') ?? code;
}

function localName(code: string, lang: UnLanguage): string | undefined {
  const alpha2 = ALPHA2.get(code);
  return UN_NAMES[lang][code] ?? (alpha2 ? usual(PACKAGE[lang][alpha2]) : undefined);
}

/** Every English name the package knows a country by ("United States", "USA", "Türkiye", "Turkey"), with its alpha-3 code. */
export function englishAliases(): Array<[name: string, alpha3: string]> {
  return Object.entries(PACKAGE.en).flatMap(([alpha2, names]) => {
    const alpha3 = ALPHA3.get(alpha2);
    return alpha3 ? [names].flat().map((name): [string, string] => [name, alpha3]) : [];
  });
}

/** A regional group's name in one of the six languages ("African Group" → "Groupe des États d'Afrique"). */
export function regionalGroupName(group: RegionalGroup | typeof OTHER_GROUP, lang: UnLanguage): string {
  return GROUP_NAMES[lang][group];
}
