/**
 * The difference between a view as it stood and the same view now, field by field, as plain data for the As-of
 * page to put into words. Items of a list are matched by what identifies them (an entry's `id`, a batch's
 * `number`, an objection's `state`...), not by their place, so that one added entry does not read as every later
 * entry changed.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A field of an object, or an item of a list with the value that identifies it and the item itself (now, or then if gone). */
export type Step = string | { id: string; item: JsonObject };

export type Change =
  | { kind: 'added'; path: Step[]; to: Json }
  | { kind: 'removed'; path: Step[]; from: Json }
  | { kind: 'changed'; path: Step[]; from: Json; to: Json };

/** The fields that identify an item in a list of the views, the first one present wins. */
const IDENTITIES = ['id', 'entryId', 'number', 'role', 'state', 'regionalGroup'] as const;

/** What changed from `then` to `now`: present now only ("added"), then only ("removed"), or another value ("changed"). */
export function diffViews(then: Json, now: Json, path: Step[] = []): Change[] {
  if (sameJson(then, now)) return [];
  if (isObject(then) && isObject(now)) return diffObjects(then, now, path);
  if (Array.isArray(then) && Array.isArray(now)) {
    const keyed = identified(then, now);
    if (keyed) return diffItems(keyed.then, keyed.now, path);
  }
  return [{ kind: 'changed', path, from: then, to: now }];
}

function diffObjects(then: JsonObject, now: JsonObject, path: Step[]): Change[] {
  const fields = [...new Set([...Object.keys(then), ...Object.keys(now)])];
  return fields.flatMap((field): Change[] => {
    const at = [...path, field];
    if (!(field in now)) return [{ kind: 'removed', path: at, from: then[field] }];
    if (!(field in then)) return [{ kind: 'added', path: at, to: now[field] }];
    return diffViews(then[field], now[field], at);
  });
}

function diffItems(then: Map<string, JsonObject>, now: Map<string, JsonObject>, path: Step[]): Change[] {
  const ids = [...new Set([...then.keys(), ...now.keys()])];
  return ids.flatMap((id): Change[] => {
    const before = then.get(id);
    const after = now.get(id);
    if (!after) return [{ kind: 'removed', path: [...path, { id, item: before! }], from: before! }];
    if (!before) return [{ kind: 'added', path: [...path, { id, item: after }], to: after }];
    return diffViews(before, after, [...path, { id, item: after }]);
  });
}

/** Both lists keyed by the same identifying field, or undefined when their items are not objects so identified, once each. */
function identified(then: Json[], now: Json[]): { then: Map<string, JsonObject>; now: Map<string, JsonObject> } | undefined {
  const [before, after] = [then.filter(isObject), now.filter(isObject)];
  if (before.length !== then.length || after.length !== now.length || then.length + now.length === 0) return undefined;
  const field = IDENTITIES.find((name) => [...before, ...after].every((item) => identityOf(item[name]) !== undefined));
  if (!field) return undefined;
  const byId = (items: JsonObject[]) => new Map(items.map((item) => [identityOf(item[field]) ?? '', item]));
  const keyed = { then: byId(before), now: byId(after) };
  return keyed.then.size === then.length && keyed.now.size === now.length ? keyed : undefined;
}

function identityOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : undefined;
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
  }
  return false;
}
