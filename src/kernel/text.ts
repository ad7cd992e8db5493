/**
 * Free text that ends up in letters and views (organization names, titles, reasons, notes, speaker
 * names): one pure check used at the HTTP edge and in the deciders, and the normal form of a name.
 */

/** A surrogate that is not half of a pair (in `u` mode, paired surrogates are read as one code point). */
const LONE_SURROGATE = /\p{Cs}/u;

/** C0 and C1 control characters, except tab, line feed and carriage return (white space in prose). */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what a
 * reader sees ("Trojan Source"). The implicit marks LRM, RLM and ALM stay allowed: they cannot reorder
 * beyond one character and are needed to show names that mix Arabic or Hebrew with Latin script.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Characters that draw nothing: white space, format characters (zero-width space, joiners...), ignorables, fillers. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}\u2800\u3164\uFFA0]/u;

/** The problems of a piece of free text, in words; empty when it may be stored. */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  if (LONE_SURROGATE.test(text)) problems.push('contains an unpaired surrogate (not valid Unicode)');
  if (CONTROL.test(text)) problems.push('contains a control character');
  if (BIDI_CONTROL.test(text)) problems.push('contains a bidirectional override or isolate (U+202A-U+202E, U+2066-U+2069)');
  if (text.length > 0 && [...text].every((c) => INVISIBLE.test(c))) problems.push('has no visible character');
  return problems;
}

/** Unicode NFKC, every run of white space folded to one space, trimmed: the form a name is stored in. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Characters removed for comparison only: format characters and ignorables (zero-width space, joiners, soft hyphen...). */
const IGNORED_IN_COMPARISON = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The form two names are compared in: normalized, without invisible characters, and case-folded
 * (upper then lower case approximates Unicode full case folding: "ß" and "SS" compare equal).
 */
export function nameComparisonKey(name: string): string {
  const visible = normalizeName(name).replace(IGNORED_IN_COMPARISON, '');
  return normalizeName(visible.toUpperCase().toLowerCase());
}
