import { createHash } from 'node:crypto';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted (by UTF-16 code units, as JavaScript sorts), no white space: one text per value. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The SHA-256, in hex, of the canonical JSON of what a letter shows (UTF-8). */
export function letterDigest(content: Json): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/** Organizations in a language-independent order for the digest: by country code, then name (code units). */
export function byCodeThenName<T extends { country: string; name: string }>(a: T, b: T): number {
  return compare(a.country, b.country) || compare(a.name, b.name);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
