import type { TFunction } from 'i18next';
import { formatInstant } from '../../format/dates';
import { isObject, type Json, type JsonObject, type Step } from './view-diff';

/** What the words of a change need: the translator, the meeting's clock, State names. */
export interface Wording {
  t: TFunction;
  language: string;
  timeZone: string;
  stateName: (code: string) => string;
  /** A regional group's name in the console's language; the contract's English name without it. */
  groupName?: (group: string) => string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Fields whose values are codes of States. */
const STATE_FIELDS = new Set(['state', 'country', 'onBehalfOf', 'objectingStates']);

/** "Polaris Project › Objections › Russian Federation": where the change is, in the reader's words. */
export function pathWords(path: Step[], w: Wording): string {
  return path.map((step) => (typeof step === 'string' ? fieldWord(step, w.t) : itemWord(step.item, w))).join(' › ');
}

function fieldWord(field: string, t: TFunction): string {
  return t(`asOf.fields.${field}`, { defaultValue: field });
}

/** An item of a list by what a person knows it by: its organization, its name, theme or title, its State, its number. */
export function itemWord(item: JsonObject, w: Wording): string {
  const organization = item.organization;
  if (isObject(organization) && typeof organization.name === 'string') return organization.name;
  for (const field of ['name', 'theme', 'title'] as const) {
    const value = item[field];
    if (typeof value === 'string') return value;
  }
  if (typeof item.state === 'string') return w.stateName(item.state);
  if (typeof item.number === 'number') return w.t('asOf.batch', { number: item.number });
  if (typeof item.regionalGroup === 'string') return w.groupName?.(item.regionalGroup) ?? item.regionalGroup;
  const id = item.id ?? item.role;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
}

/** A value in words: an instant on the meeting's clock, a status by its name, States by their names. */
export function valueWords(value: Json, field: string | undefined, w: Wording): string {
  if (value === null) return w.t('asOf.values.none');
  if (typeof value === 'boolean') return w.t(value ? 'asOf.values.yes' : 'asOf.values.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return stringWords(value, field, w);
  if (Array.isArray(value)) {
    if (value.length === 0) return w.t('asOf.values.empty');
    return value.map((item) => (isObject(item) ? itemWord(item, w) : valueWords(item, field, w))).join(', ');
  }
  return itemWord(value, w) || w.t('asOf.values.details');
}

function stringWords(value: string, field: string | undefined, w: Wording): string {
  if (field && STATE_FIELDS.has(field)) return w.stateName(value);
  if (field === 'status') return w.t(`asOf.statuses.${value}`, { defaultValue: value });
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(value, w.timeZone, w.language);
  return value;
}

/** The name of the field a change is about (its last field step), to read its value by. */
export function lastField(path: Step[]): string | undefined {
  const fields = path.filter((step): step is string => typeof step === 'string');
  return fields.at(-1);
}
