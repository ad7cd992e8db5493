import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineEventVersions, engineUpcasters } from '../../src/engine/engine-upcasters';
import { VersionedEvent } from '../../src/event-store/upcasting/upcaster-registry';

/**
 * Every stored version of every event the engine writes, kept as a fixture
 * (test/fixtures/events/<Type>.v<N>.json), read through the upcaster chain and checked against the
 * current shape below. When an event changes: bump its version in its capability's event versions table, add its
 * upcaster, add a fixture of the new version, update its shape here, and keep the old fixtures.
 */
const FIXTURES = 'test/fixtures/events';
const CURRENT_SCHEMA_VERSIONS = engineEventVersions();
type EngineEventType = string;

/** A field: a kind, an array of one field (`['string']`), or an object of fields. A key ending in `?` is optional. */
type Field = 'string' | 'integer' | 'boolean' | 'instant' | 'uuid' | 'state' | readonly [Field] | Shape;
interface Shape {
  readonly [key: string]: Field;
}

const policy: Shape = { objectionDisclosure: 'string', objectedGoToGeneralAssembly: 'boolean', reminders: ['string'] };
const organization: Shape = {
  name: 'string',
  country: 'state',
  category: 'string',
  'ecosocStatus?': 'string',
  'website?': 'string',
  'contactEmail?': 'string',
};

const segment: Shape = {
  id: 'string',
  kind: 'string',
  title: 'string',
  startsAt: 'instant',
  'endsAt?': 'instant',
  'theme?': 'string',
  'webcastUrl?': 'string',
};

const CURRENT_SHAPES: Record<EngineEventType, Shape> = {
  MeetingCreated: { meetingId: 'string', title: 'string', timezone: 'string', 'venue?': 'string', mandate: ['string'], policy },
  ListCreated: { meetingId: 'string', listId: 'string', kind: 'string', title: 'string', policy },
  EntryProposed: { entryId: 'uuid', organization },
  EntryApproved: { entryId: 'uuid', basis: 'string' },
  EntryWithdrawn: { entryId: 'uuid' },
  BatchSubmitted: { batch: 'integer', deadline: 'instant', entryIds: ['uuid'] },
  BatchDeadlineExtended: { batch: 'integer', previousDeadline: 'instant', deadline: 'instant' },
  ObjectionRaised: { entryId: 'uuid', batch: 'integer', state: 'state', onBehalfOf: ['state'], 'reason?': 'string' },
  ObjectionWithdrawn: { entryId: 'uuid', batch: 'integer', state: 'state' },
  EntryObjected: { entryId: 'uuid', batch: 'integer', states: ['state'] },
  BatchClosed: { batch: 'integer', deadline: 'instant', closedAt: 'instant', approved: 'integer', objected: 'integer' },
  GeneralAssemblyDecisionRecorded: { entryId: 'uuid', decision: 'string', reference: 'string' },
  DeadlineReminderIssued: { batch: 'integer', deadline: 'instant', before: 'string' },
  ListTransmitted: { transmittedAt: 'instant', entries: 'integer' },
  BatchCancelled: { batch: 'integer', reason: 'string', entryIds: ['uuid'] },
  ObjectionDisowned: { entryId: 'uuid', batch: 'integer', state: 'state', disownedBy: 'state' },
  ObjectionBasisRequested: { entryId: 'uuid', state: 'state' },
  ObjectionBasisMadeKnown: { entryId: 'uuid', state: 'state', bases: [{ state: 'state', 'reason?': 'string' }] },
  WebhookRegistered: { state: 'state', url: 'string' },
  WebhookSecretRotated: { state: 'state', fingerprint: 'string', 'replaces?': 'string' },
  ProgrammeSet: { segments: [segment] },
  RegionalGroupConsulted: { panelId: 'string', regionalGroup: 'string', 'note?': 'string' },
  ChairInvited: { panelId: 'string', state: 'state', regionalGroup: 'string' },
  ChairInvitationWithdrawn: { panelId: 'string', state: 'state' },
  ChairInvitationAccepted: { panelId: 'string', state: 'state' },
  ChairInvitationDeclined: { panelId: 'string', state: 'state' },
  PresidentSummaryRecorded: { text: 'string', achievements: ['string'], gaps: ['string'], challenges: ['string'] },
  PanelSummaryRecorded: { panelId: 'string', chair: 'state', text: 'string' },
  OpeningSpeakerIdentified: {
    role: 'string',
    name: 'string',
    'organization?': 'string',
    'entryId?': 'uuid',
    'listId?': 'string',
    survivor: 'boolean',
  },
  ArrangementsFinalized: { segments: 'integer', panels: 'integer' },
  ArrangementsReopened: { reason: 'string' },
  SpeakerInscribed: { segmentId: 'string', state: 'state', delegation: 'string', level: 'string', speakerName: 'string' },
  InscriptionWithdrawn: { segmentId: 'string', state: 'state' },
  SpeakersListClosed: { segmentId: 'string', inscriptions: 'integer' },
};

const KINDS: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === 'boolean',
  instant: (v) => typeof v === 'string' && /Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  state: (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v),
};

/** Where `value` departs from `field`, one line per problem. */
function departures(value: unknown, field: Field, path: string): string[] {
  if (typeof field === 'string') return KINDS[field](value) ? [] : [`${path} is not a ${field}: ${JSON.stringify(value)}`];
  if (Array.isArray(field)) {
    if (!Array.isArray(value)) return [`${path} is not an array`];
    return value.flatMap((item, i) => departures(item, (field as readonly [Field])[0], `${path}[${i}]`));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path} is not an object`];
  const shape = field as Shape;
  const record = value as Record<string, unknown>;
  const known = Object.keys(shape).map((key) => key.replace(/\?$/, ''));
  const extra = Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key) => `${path}.${key} is not in the current shape`);
  const fields = Object.entries(shape).flatMap(([key, inner]) => {
    const name = key.replace(/\?$/, '');
    if (record[name] === undefined) return key.endsWith('?') ? [] : [`${path}.${name} is missing`];
    return departures(record[name], inner, `${path}.${name}`);
  });
  return [...extra, ...fields];
}

const fixtureFiles = () =>
  readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .sort();
const readFixture = (file: string) => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as VersionedEvent;

/** Event types declared in the engine's source as `DomainEvent<'Type', …>`. */
function declaredEventTypes(): string[] {
  const files = (readdirSync('src', { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
  const types = files.flatMap((file) => [...readFileSync(join('src', file), 'utf8').matchAll(/DomainEvent<\s*'(\w+)'/g)].map((m) => m[1]));
  return [...new Set(types)].sort();
}

describe('Event versions: every stored version of every event reads as the current one', () => {
  const types = Object.keys(CURRENT_SCHEMA_VERSIONS);

  it('knows every event type the engine declares (a new event needs a version, a fixture and a shape)', () => {
    expect(declaredEventTypes().filter((type) => !engineUpcasters.knows(type))).toEqual([]);
    expect(engineUpcasters.types.sort()).toEqual([...types].sort());
  });

  it('keeps a fixture of every version of every type, and none of a type or version the engine does not know', () => {
    const expected = types.flatMap((type) => Array.from({ length: CURRENT_SCHEMA_VERSIONS[type] }, (_, i) => `${type}.v${i + 1}.json`));
    expect(fixtureFiles()).toEqual(expected.sort());
  });

  it.each(fixtureFiles())('%s names its own type and version, and reads through the chain into the current shape', (file) => {
    const fixture = readFixture(file);
    expect(`${fixture.type}.v${fixture.schemaVersion}.json`).toBe(file);
    const type = fixture.type;
    const current = engineUpcasters.upcast(fixture);
    expect(current.type).toBe(type);
    expect(current.schemaVersion).toBe(CURRENT_SCHEMA_VERSIONS[type]);
    expect(departures(current.data, CURRENT_SHAPES[type], 'data')).toEqual([]);
  });

  it('the shape check itself notices a missing, an extra and a mistyped field', () => {
    const data = { batch: 1.5, deadline: '2013-04-26T22:00:00.000Z', extra: true };
    expect(departures(data, CURRENT_SHAPES.BatchSubmitted, 'data')).toEqual([
      'data.extra is not in the current shape',
      'data.batch is not a integer: 1.5',
      'data.entryIds is missing',
    ]);
  });
});
