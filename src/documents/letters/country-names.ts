import { alpha2Of } from '../../kernel/reference/iso-3166-alpha2';
import { ISO_3166_ALPHA3 } from '../../kernel/reference/iso-3166-alpha3';
import { memberState, OBSERVERS } from '../../kernel/reference/reference-data';
import { UnLanguage } from '../../kernel/languages';

const ISO_NAMES = new Map(ISO_3166_ALPHA3.map((country) => [country.alpha3, country.name]));
const FRENCH = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'none' });

/** The Holy See and the State of Palestine by the names the General Assembly uses, in French. */
const FRENCH_OBSERVERS: Record<string, string> = { VAT: 'Saint-Siège', PSE: 'État de Palestine' };

/**
 * A country's name as the letter gives it: in English the UN short name of a Member State or observer,
 * else the ISO 3166 name; in French the CLDR name (the UN's French short names where they differ are
 * not in the engine's reference data). An unknown code is shown as it is.
 */
export function countryName(code: string, lang: UnLanguage): string {
  if (lang === 'fr') return FRENCH_OBSERVERS[code] ?? frenchName(code) ?? englishName(code);
  return englishName(code);
}

function englishName(code: string): string {
  return memberState(code)?.name ?? OBSERVERS.find((o) => o.code === code)?.name ?? ISO_NAMES.get(code) ?? code;
}

function frenchName(code: string): string | undefined {
  const alpha2 = alpha2Of(code);
  return alpha2 ? FRENCH.of(alpha2) : undefined;
}
