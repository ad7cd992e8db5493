import { existsSync, readFileSync } from 'node:fs';
import { UN_LANGUAGES } from '../../src/kernel/languages';
import { MEMBER_STATES, OBSERVERS, OTHER_GROUP, REGIONAL_GROUPS } from '../../src/kernel/reference/reference-data';
import { consoleStateNames, consoleStateNamesFile, REGENERATE_STATE_NAMES } from '../../scripts/console-state-names';

interface ConsoleNames {
  states: Record<string, string>;
  regionalGroups: Record<string, string>;
}

const committed = (lang: (typeof UN_LANGUAGES)[number]) => {
  const file = consoleStateNamesFile(lang);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};

/** The console's names of States (console/src/format/state-names/<lang>.json) are the engine's. */
describe("the console's names of States and regional groups", () => {
  it.each(UN_LANGUAGES)('are in %s what the engine gives', (lang) => {
    if (committed(lang) !== consoleStateNames(lang))
      throw new Error(
        `${consoleStateNamesFile(lang)} is out of date with the engine's names: run \`${REGENERATE_STATE_NAMES}\` and commit it.`,
      );
  });

  it.each(UN_LANGUAGES)('name in %s every Member State, observer and regional group', (lang) => {
    const names = JSON.parse(committed(lang)) as ConsoleNames;
    for (const { code } of [...MEMBER_STATES, ...OBSERVERS])
      expect({ code, name: names.states[code] }).toEqual({ code, name: expect.stringMatching(/\S/) });
    for (const group of [...REGIONAL_GROUPS, OTHER_GROUP])
      expect({ group, name: names.regionalGroups[group] }).toEqual({ group, name: expect.stringMatching(/\S/) });
  });

  it('are in English the reference list of the engine', () => {
    const names = JSON.parse(committed('en')) as ConsoleNames;
    for (const { code, name } of [...MEMBER_STATES, ...OBSERVERS]) expect({ code, name: names.states[code] }).toEqual({ code, name });
  });
});
