import { stateName } from '../../platform/reference/state-names';

/** A country's name in English as the UN writes it (a Member State's or observer's), else its CLDR name, else its code. */
export function countryName(code: string): string {
  return stateName(code, 'en');
}
