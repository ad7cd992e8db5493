import { alpha2Pairs, alpha3Of } from '../../kernel/reference/iso-3166-alpha2';
import { ISO_3166_ALPHA3 } from '../../kernel/reference/iso-3166-alpha3';
import { MEMBER_STATES, OBSERVERS } from '../../kernel/reference/reference-data';

const ENGLISH = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

const folded = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * English country names to alpha-3 codes: the UN short names, the ISO 3166 names, and CLDR's names (what
 * registration systems such as Indico write in their exports: "United States", "Russia", "Türkiye").
 */
const BY_NAME = new Map<string, string>([
  ...alpha2Pairs().flatMap(([alpha3, alpha2]) => {
    const name = ENGLISH.of(alpha2);
    return name ? [[folded(name), alpha3] as [string, string]] : [];
  }),
  ...ISO_3166_ALPHA3.map(({ alpha3, name }) => [folded(name), alpha3] as [string, string]),
  ...[...MEMBER_STATES, ...OBSERVERS].map(({ code, name }) => [folded(name), code] as [string, string]),
]);

/**
 * The alpha-3 code a country cell stands for: an alpha-3 code as it is, an alpha-2 code, or an English name;
 * anything else is returned unchanged, for the usual check to refuse with its message.
 */
export function countryCode(cell: string): string {
  const text = cell.trim();
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(text)) return alpha3Of(text.toUpperCase()) ?? text;
  return BY_NAME.get(folded(text)) ?? text;
}
