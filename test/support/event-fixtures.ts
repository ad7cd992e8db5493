import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VersionedEvent } from '../../src/event-store/upcasting/upcaster-registry';

/**
 * The stored events kept as fixtures, test/fixtures/events/<Type>.v<N>.json: one per version of every
 * event type. The newest fixture of a type is the reference for its current shape (inferred from it
 * below) and stands for the type in the every-event log.
 */
export const EVENT_FIXTURES = 'test/fixtures/events';

export const fixtureFiles = (): string[] =>
  readdirSync(EVENT_FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .sort();

export const readFixture = (file: string): VersionedEvent => JSON.parse(readFileSync(join(EVENT_FIXTURES, file), 'utf8')) as VersionedEvent;

/** The fixture of `type` at `version`, or a clear error naming the file to add. */
export function fixtureOf(type: string, version: number): VersionedEvent {
  const file = `${type}.v${version}.json`;
  if (!fixtureFiles().includes(file)) {
    throw new Error(
      `Event type ${type} (version ${version}) has no fixture: add ${EVENT_FIXTURES}/${file}, a stored event of that version.`,
    );
  }
  return readFixture(file);
}

/** A field: a kind, an array of one field (`['string']`), or an object of fields. A key ending in `?` is optional. */
export type Field = Kind | readonly [Field] | Shape;
export interface Shape {
  readonly [key: string]: Field;
}
type Kind = 'string' | 'integer' | 'number' | 'boolean' | 'instant' | 'uuid' | 'state' | 'anything';

const KINDS: Record<Kind, (value: unknown) => boolean> = {
  instant: (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  state: (v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v),
  string: (v) => typeof v === 'string',
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  anything: () => true,
};

/** The narrowest kind the value has (an ISO instant, a uuid, a State's code, then any string). */
function kindOf(value: unknown): Kind {
  return (Object.keys(KINDS) as Kind[]).find((kind) => KINDS[kind](value))!;
}

/**
 * The shape a value shows: every field it has, with the kind of its value. An array has the shape of its
 * items merged (a field some items lack is optional, `key?`); an empty array takes any item. A field the
 * fixture leaves out is not in the shape, so the newest fixture of a type shows its optional fields too.
 */
export function inferShape(value: unknown): Field {
  if (Array.isArray(value)) return [value.length ? value.map(inferShape).reduce(merge) : 'anything'];
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inferShape(inner)]));
  }
  return kindOf(value);
}

const isShape = (field: Field): field is Shape => typeof field === 'object' && !Array.isArray(field);
const STRINGS: readonly Field[] = ['string', 'instant', 'uuid', 'state'];
const bare = (key: string) => key.replace(/\?$/, '');

/** One field that both fields describe: objects field by field, otherwise the wider kind. */
function merge(a: Field, b: Field): Field {
  if (JSON.stringify(a) === JSON.stringify(b)) return a;
  if (isShape(a) && isShape(b)) {
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)].map(bare))];
    return Object.fromEntries(
      names.map((name) => {
        const [inA, inB] = [a[name] ?? a[`${name}?`], b[name] ?? b[`${name}?`]];
        const optional = !inA || !inB || `${name}?` in a || `${name}?` in b;
        return [optional ? `${name}?` : name, inA && inB ? merge(inA, inB) : (inA ?? inB)];
      }),
    );
  }
  if (Array.isArray(a) && Array.isArray(b)) return [merge(a[0], b[0])];
  return STRINGS.includes(a) && STRINGS.includes(b) ? 'string' : 'anything';
}

/** Where `value` departs from `field`, one line per problem; `optional` names more fields that may be absent. */
export function departures(value: unknown, field: Field, path: string, optional: readonly string[] = []): string[] {
  if (typeof field === 'string') return KINDS[field](value) ? [] : [`${path} is not a ${field}: ${JSON.stringify(value)}`];
  if (Array.isArray(field)) {
    if (!Array.isArray(value)) return [`${path} is not an array`];
    return value.flatMap((item, i) => departures(item, (field as readonly [Field])[0], `${path}[${i}]`, optional));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path} is not an object`];
  const shape = field as Shape;
  const record = value as Record<string, unknown>;
  const known = Object.keys(shape).map(bare);
  const extra = Object.keys(record)
    .filter((key) => !known.includes(key))
    .map((key) => `${path}.${key} is not in the current shape`);
  const fields = Object.entries(shape).flatMap(([key, inner]) => {
    const name = bare(key);
    if (record[name] === undefined) return key.endsWith('?') || optional.includes(name) ? [] : [`${path}.${name} is missing`];
    return departures(record[name], inner, `${path}.${name}`, optional);
  });
  return [...extra, ...fields];
}
