import { engineEventVersions, engineUpcasters } from '../../src/engine/engine-upcasters';
import { departures, fixtureFiles, fixtureOf, inferShape, readFixture } from '../support/event-fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every stored version of every event the engine writes, kept as a fixture
 * (test/fixtures/events/<Type>.v<N>.json), read through the upcaster chain and checked against the
 * current shape, which is the shape of the type's newest fixture (inferred: its fields, each with the kind
 * of its value). When an event changes: bump its version in its topic's event table, add its upcaster,
 * add a fixture of the new version (with every field, optional ones included, listed in its `optional`),
 * and keep the old fixtures.
 */
const CURRENT_SCHEMA_VERSIONS = engineEventVersions();

/** The current shape of `type`, and the fields its events may leave out, from its newest fixture. */
function currentShape(type: string) {
  const newest = fixtureOf(type, CURRENT_SCHEMA_VERSIONS[type]) as { data: unknown; optional?: string[] };
  return { shape: inferShape(newest.data), optional: newest.optional ?? [] };
}

/** Event types declared in the engine's source as `DomainEvent<'Type', …>`. */
function declaredEventTypes(): string[] {
  const files = (readdirSync('src', { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
  const types = files.flatMap((file) => [...readFileSync(join('src', file), 'utf8').matchAll(/DomainEvent<\s*'(\w+)'/g)].map((m) => m[1]));
  return [...new Set(types)].sort();
}

describe('Event versions: every stored version of every event reads as the current one', () => {
  const types = Object.keys(CURRENT_SCHEMA_VERSIONS);

  it('knows every event type the engine declares (a new event needs a version and a fixture)', () => {
    expect(declaredEventTypes().filter((type) => !engineUpcasters.knows(type))).toEqual([]);
    expect(engineUpcasters.types.sort()).toEqual([...types].sort());
  });

  it('keeps a fixture of every version of every type, and none of a type or version the engine does not know', () => {
    const expected = types.flatMap((type) => Array.from({ length: CURRENT_SCHEMA_VERSIONS[type] }, (_, i) => `${type}.v${i + 1}.json`));
    const files = fixtureFiles();
    expect(expected.filter((file) => !files.includes(file)).map((file) => `missing: test/fixtures/events/${file}`)).toEqual([]);
    expect(files.filter((file) => !expected.includes(file)).map((file) => `unknown type or version: ${file}`)).toEqual([]);
  });

  it.each(fixtureFiles())('%s names its own type and version, and reads through the chain into the current shape', (file) => {
    const fixture = readFixture(file);
    expect(`${fixture.type}.v${fixture.schemaVersion}.json`).toBe(file);
    const type = fixture.type;
    const current = engineUpcasters.upcast(fixture);
    expect(current.type).toBe(type);
    expect(current.schemaVersion).toBe(CURRENT_SCHEMA_VERSIONS[type]);
    const { shape, optional } = currentShape(type);
    expect(departures(current.data, shape, 'data', optional)).toEqual([]);
  });

  it('the shape check itself notices a missing, an extra and a mistyped field, and lets an optional one be absent', () => {
    const { shape } = currentShape('BatchSubmitted');
    const data = { batch: 1.5, deadline: '2013-04-26T22:00:00.000Z', extra: true };
    expect(departures(data, shape, 'data')).toEqual([
      'data.extra is not in the current shape',
      'data.batch is not a integer: 1.5',
      'data.entryIds is missing',
    ]);
    expect(departures({ batch: 1, deadline: '2013-04-26T22:00:00.000Z' }, shape, 'data', ['entryIds'])).toEqual([]);
    expect(departures({ ...data, batch: 1, entryIds: ['FRA'] }, shape, 'data')).toContain('data.entryIds[0] is not a uuid: "FRA"');
  });

  it('infers a State, an instant, a uuid and an integer from the values of a fixture', () => {
    expect(currentShape('ObjectionRaised').shape).toEqual({
      entryId: 'uuid',
      batch: 'integer',
      state: 'state',
      onBehalfOf: ['state'],
      reason: 'string',
    });
    expect(currentShape('BatchClosed').shape).toEqual(expect.objectContaining({ deadline: 'instant', closedAt: 'instant' }));
  });
});
