import { isIsoCountry } from '../../kernel/reference/iso-3166-alpha3';
import { MEMBER_STATES, OBSERVERS } from '../../kernel/reference/reference-data';
import { alpha2Of, alpha3Of, englishAliases } from '../../platform/reference/state-names';

const ENGLISH = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const folded = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Only assigned codes: the package also knows Kosovo, under a user-assigned code the check refuses.
const ALIASES = englishAliases().filter(([, alpha3]) => isIsoCountry(alpha3));

/**
 * English country names to alpha-3 codes: the UN short names, i18n-iso-countries' names and aliases, and the
 * runtime's CLDR names (what registration systems such as Indico write in their exports: "United States",
 * "Russia", "Türkiye").
 */
const BY_NAME = new Map<string, string>([
  ...ALIASES.flatMap(([, alpha3]) => {
    const name = ENGLISH.of(alpha2Of(alpha3) ?? '');
    return name ? [[folded(name), alpha3] as [string, string]] : [];
  }),
  ...ALIASES.map(([name, alpha3]) => [folded(name), alpha3] as [string, string]),
  ...[...MEMBER_STATES, ...OBSERVERS].map(({ code, name }) => [folded(name), code] as [string, string]),
]);

/**
 * The alpha-3 code a country cell stands for: an alpha-3 code as it is, an alpha-2 code, or an English name;
 * anything else is returned unchanged, for the usual check to refuse with its message.
 */
export function countryCode(cell: string): string {
  const text = cell.trim();
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const alpha3 = alpha3Of(text.toUpperCase());
    return alpha3 && isIsoCountry(alpha3) ? alpha3 : text;
  }
  return BY_NAME.get(folded(text)) ?? text;
}
