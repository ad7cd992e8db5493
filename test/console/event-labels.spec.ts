import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES } from '../../console/src/format/event-labels';
import { engineEventVersions } from '../../src/engine/engine-upcasters';

/**
 * The dashboard's timeline names every event the engine writes, in every language the console has: a missing label
 * would otherwise show the event's code to the reader.
 */

const LOCALES = join('console', 'src', 'locales');
const engineEventTypes = Object.keys(engineEventVersions()).sort();

/** `dashboard.events` of a language, from whichever of its files holds it. */
function eventLabels(language: string): Record<string, unknown> {
  const files = readdirSync(join(LOCALES, language)).filter((name) => name.endsWith('.json'));
  const catalogue = Object.assign(
    {},
    ...files.map((name) => JSON.parse(readFileSync(join(LOCALES, language, name), 'utf8')) as object),
  ) as { dashboard?: { events?: Record<string, unknown> } };
  return catalogue.dashboard?.events ?? {};
}

describe('event labels', () => {
  it('the console knows the event types of every capability manifest, and only those', () => {
    expect([...EVENT_TYPES].sort()).toEqual(engineEventTypes);
  });

  const languages = readdirSync(LOCALES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it.each(languages)('the %s catalogue labels every event the engine writes', (language) => {
    const labels = eventLabels(language);
    const missing = engineEventTypes.filter((type) => typeof labels[type] !== 'string' || !labels[type].trim());
    expect(missing).toEqual([]);
  });
});
