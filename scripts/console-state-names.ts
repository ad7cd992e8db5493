/**
 * Writes the console's names of States and regional groups, one file per language
 * (console/src/format/state-names/<lang>.json, each loaded only when its language is chosen), from the
 * engine's (platform/reference/state-names.ts: i18n-iso-countries with the UN short names where they differ).
 * `npm run console:state-names`; test/console/state-names.spec.ts fails when a committed file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UN_LANGUAGES, UnLanguage } from '../src/kernel/languages';
import { ISO_3166_ALPHA3 } from '../src/kernel/reference/iso-3166-alpha3';
import { OBSERVERS, OTHER_GROUP, REGIONAL_GROUPS } from '../src/kernel/reference/reference-data';
import { regionalGroupName, stateName } from '../src/platform/reference/state-names';

export const CONSOLE_STATE_NAMES = join('console', 'src', 'format', 'state-names');
export const REGENERATE_STATE_NAMES = 'npm run console:state-names';

/** Every ISO 3166 country and every observer (the European Union has no ISO code), by code. */
const CODES = [...new Set([...ISO_3166_ALPHA3.map((c) => c.alpha3), ...OBSERVERS.map((o) => o.code)])].sort();

export const consoleStateNamesFile = (lang: UnLanguage, folder = CONSOLE_STATE_NAMES): string => join(folder, `${lang}.json`);

/** The text of one language's file. */
export function consoleStateNames(lang: UnLanguage): string {
  const names = {
    states: Object.fromEntries(CODES.map((code) => [code, stateName(code, lang)])),
    regionalGroups: Object.fromEntries(
      ([...REGIONAL_GROUPS, OTHER_GROUP] as const).map((group) => [group, regionalGroupName(group, lang)]),
    ),
  };
  return `${JSON.stringify(names, null, 2)}\n`;
}

/** `--out DIR` writes the files elsewhere (the script tests run it so). */
function main(): void {
  const at = process.argv.indexOf('--out');
  const folder = at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : CONSOLE_STATE_NAMES;
  mkdirSync(folder, { recursive: true });
  for (const lang of UN_LANGUAGES) writeFileSync(consoleStateNamesFile(lang, folder), consoleStateNames(lang));
  console.error(`Wrote ${folder}/{${UN_LANGUAGES.join(',')}}.json`);
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) main();
