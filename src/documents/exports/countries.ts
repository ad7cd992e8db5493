import { ISO_3166_ALPHA3 } from '../../kernel/reference/iso-3166-alpha3';
import { memberState, OBSERVERS } from '../../kernel/reference/reference-data';

const ISO_NAMES = new Map(ISO_3166_ALPHA3.map((country) => [country.alpha3, country.name]));
const OBSERVER_NAMES = new Map(OBSERVERS.map((observer) => [observer.code, observer.name]));

/** A country's name as the UN writes it (a Member State's or observer's), else its ISO 3166-1 name, else its code. */
export function countryName(code: string): string {
  return memberState(code)?.name ?? OBSERVER_NAMES.get(code) ?? ISO_NAMES.get(code) ?? code;
}
