import type { SegmentInput, SegmentKind, SegmentView } from '../../api/arrangements-queries';
import { instantOf, wallClockOf } from '../../format/zoned-time';

/** One segment as the editor holds it: wall-clock date and times of the meeting's zone, as typed. */
export interface SegmentRow {
  /** Stable React key (ids may be edited). */
  key: string;
  id: string;
  /** A stored segment keeps its id (a panel's id is the panel's: its consultations and chair hang on it). */
  idFixed: boolean;
  kind: SegmentKind;
  title: string;
  theme: string;
  date: string;
  start: string;
  end: string;
}

export const ROW_FIELDS = ['kind', 'title', 'id', 'theme', 'date', 'start', 'end'] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** The engine's field of a segment (VALIDATION_FAILED's `segments.N.<field>`) → the editor's input. */
export const FIELD_OF_API: Record<string, RowField> = {
  id: 'id',
  kind: 'kind',
  title: 'title',
  theme: 'theme',
  startsAt: 'start',
  endsAt: 'end',
};

export const fieldId = (index: number, field: RowField) => `segment-${index}-${field}`;

let counter = 0;
const nextKey = () => `row-${++counter}`;

export function rowsOf(programme: SegmentView[], timeZone: string): SegmentRow[] {
  return programme.map((segment) => {
    const start = wallClockOf(segment.startsAt, timeZone);
    return {
      key: nextKey(),
      id: segment.id,
      idFixed: true,
      kind: segment.kind,
      title: segment.title,
      theme: segment.theme ?? '',
      date: start.date,
      start: start.time,
      end: segment.endsAt ? wallClockOf(segment.endsAt, timeZone).time : '',
    };
  });
}

/** A new segment: the day of the last one, starting when it ends. */
export function newRow(rows: SegmentRow[], kind: SegmentKind): SegmentRow {
  const last = rows[rows.length - 1];
  return { key: nextKey(), id: '', idFixed: false, kind, title: '', theme: '', date: last?.date ?? '', start: last?.end ?? '', end: '' };
}

/** A problem per input (and `row` for the whole segment, e.g. an overlap), as messages. */
export type RowErrors = Partial<Record<RowField | 'row', string>>;

/** What the editor itself finds wrong with a row before sending: a date or a time that is not one. */
export type LocalProblem = 'date' | 'time';

/** The body of PUT programme, or the problems the editor finds itself (a date or time that is not one). */
export function segmentsOf(
  rows: SegmentRow[],
  timeZone: string,
): { segments?: SegmentInput[]; errors: Partial<Record<RowField, LocalProblem>>[] } {
  const errors: Partial<Record<RowField, LocalProblem>>[] = rows.map(() => ({}));
  const segments = rows.map((row, index): SegmentInput => {
    const startsAt = instantOf({ date: row.date, time: row.start }, timeZone);
    const endsAt = row.end ? instantOf({ date: row.date, time: row.end }, timeZone) : undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) errors[index].date = 'date';
    else if (!startsAt) errors[index].start = 'time';
    if (row.end && !endsAt) errors[index].end = 'time';
    return {
      id: row.id,
      kind: row.kind,
      title: row.title.trim(),
      startsAt: startsAt ?? '',
      ...(endsAt ? { endsAt } : {}),
      ...(row.theme.trim() ? { theme: row.theme.trim() } : {}),
    };
  });
  const valid = errors.every((rowErrors) => Object.keys(rowErrors).length === 0);
  return valid ? { segments, errors } : { errors };
}

/**
 * The engine's problems (VALIDATION_FAILED `details`: `segments.N.startsAt`, or `segments.N` for the segment as a
 * whole, such as an overlap) placed on the rows; anything else is the form's.
 */
export function placeProblems(fieldProblems: Record<string, string[]>, count: number): { rows: RowErrors[]; form: string[] } {
  const rows: RowErrors[] = Array.from({ length: count }, () => ({}));
  const form: string[] = [];
  for (const [field, problems] of Object.entries(fieldProblems)) {
    const match = /^segments\.(\d+)(?:\.(\w+))?$/.exec(field);
    const index = match ? Number(match[1]) : -1;
    const target = match?.[2] ? FIELD_OF_API[match[2]] : 'row';
    if (!match || index >= count || !target) {
      form.push(`${field}: ${problems.join(' ')}`);
      continue;
    }
    rows[index][target] = [rows[index][target], ...problems].filter(Boolean).join(' ');
  }
  return { rows, form };
}
