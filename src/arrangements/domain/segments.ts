import { textFieldProblems } from '../../kernel/safe-text';

/**
 * Paragraph 1 of the founding resolution: a meeting is an opening plenary, plenary meetings, interactive
 * panels and a closing plenary "after the list of speakers has been exhausted". Pure rules, no I/O.
 */

export const SEGMENT_KINDS = ['opening-plenary', 'plenary', 'panel', 'closing-plenary'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** One segment as stored: instants in UTC. Only the closing plenary may have no end. */
export interface Segment {
  id: string;
  kind: SegmentKind;
  title: string;
  startsAt: string;
  endsAt?: string;
  theme?: string;
  /** Paragraph 12: where the segment is webcast (https). */
  webcastUrl?: string;
}

/** One segment as the PGA gives it. */
export interface SegmentInput {
  id: string;
  kind: SegmentKind;
  title: string;
  startsAt: Date;
  endsAt?: Date;
  theme?: string;
  webcastUrl?: string;
}

/** One offending field of the programme, shaped like the edge's VALIDATION_FAILED details. */
export interface ProgrammeProblem {
  field: string;
  problems: string[];
}

/** The list of speakers of paragraph 5 runs on the plenary meetings (the opening and closing plenaries have set speakers). */
export const takesSpeakers = (kind: SegmentKind) => kind === 'plenary';

export function toSegment(input: SegmentInput): Segment {
  const { id, kind, title, startsAt, endsAt, theme, webcastUrl } = input;
  return {
    id,
    kind,
    title: title.trim(),
    startsAt: validIso(startsAt),
    ...(endsAt ? { endsAt: validIso(endsAt) } : {}),
    ...(theme?.trim() ? { theme: theme.trim() } : {}),
    ...(webcastUrl !== undefined ? { webcastUrl: webcastUrl.trim() } : {}),
  };
}

/** Takes an ISO string too: a stored command has its Dates as strings when an audit replays the decision. */
function validIso(instant: Date | string): string {
  const time = new Date(instant).getTime();
  return Number.isNaN(time) ? 'invalid' : new Date(time).toISOString();
}

/**
 * Every problem of a programme, segment by segment:
 * - ids unique, titles not blank, every instant valid; a panel has a theme;
 * - every segment but the closing plenary has an end, later than its start;
 * - at most one opening and one closing plenary;
 * - no segment starts before the opening plenary (it opens the meeting);
 * - the closing plenary starts at or after the end of every other segment (it follows the exhausted list of
 *   speakers, so it has no fixed end and cannot overlap anything);
 * - no two other segments overlap; one may start at the moment another ends (the two consecutive panels).
 */
export function programmeProblems(segments: Segment[]): ProgrammeProblem[] {
  const problems = new Map<string, string[]>();
  const add = (index: number, field: string, problem: string) => {
    const key = `segments.${index}${field ? `.${field}` : ''}`;
    problems.set(key, [...(problems.get(key) ?? []), problem]);
  };
  segments.forEach((segment, index) => segmentProblems(segments, segment, index, add));
  kindProblems(segments, add);
  overlapProblems(segments, add);
  return [...problems].map(([field, list]) => ({ field, problems: list }));
}

type Add = (index: number, field: string, problem: string) => void;

function segmentProblems(segments: Segment[], segment: Segment, index: number, add: Add): void {
  const first = segments.findIndex((other) => other.id === segment.id);
  if (first !== index) add(index, 'id', `repeats the id "${segment.id}" of segment ${first}`);
  if (!segment.title) add(index, 'title', 'is blank');
  for (const { field, problems } of textFieldProblems({ title: segment.title, theme: segment.theme })) {
    for (const problem of problems) add(index, field, problem);
  }
  if (segment.kind === 'panel' && !segment.theme) add(index, 'theme', 'a panel needs its theme');
  if (segment.webcastUrl !== undefined && !isHttpsUrl(segment.webcastUrl)) add(index, 'webcastUrl', 'must be an https URL');
  if (segment.startsAt === 'invalid') add(index, 'startsAt', 'is not a valid instant');
  if (segment.endsAt === 'invalid') add(index, 'endsAt', 'is not a valid instant');
  if (!segment.endsAt && segment.kind !== 'closing-plenary') {
    add(index, 'endsAt', 'is required: only the closing plenary may have no fixed end');
  } else if (segment.endsAt && Date.parse(segment.endsAt) <= Date.parse(segment.startsAt)) {
    add(index, 'endsAt', `must be later than startsAt (${segment.startsAt})`);
  }
}

function isHttpsUrl(text: string): boolean {
  if (text.length > 2000 || !URL.canParse(text)) return false;
  const url = new URL(text);
  return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
}

function kindProblems(segments: Segment[], add: Add): void {
  for (const kind of ['opening-plenary', 'closing-plenary'] as const) {
    const indexes = indexesOf(segments, kind);
    indexes.slice(1).forEach((index) => add(index, 'kind', `a meeting has one ${kind}; segment ${indexes[0]} is already one`));
  }
  const [opening] = indexesOf(segments, 'opening-plenary');
  if (opening !== undefined) {
    const openingStart = Date.parse(segments[opening].startsAt);
    segments.forEach((segment, index) => {
      if (Date.parse(segment.startsAt) < openingStart)
        add(index, 'startsAt', `is before the opening plenary (${segments[opening].startsAt})`);
    });
  }
  const [closing] = indexesOf(segments, 'closing-plenary');
  if (closing !== undefined) {
    const closingStart = Date.parse(segments[closing].startsAt);
    const lastEnd = segments
      .filter((s) => s.kind !== 'closing-plenary' && s.endsAt)
      .sort(byEnd)
      .pop();
    if (lastEnd?.endsAt && closingStart < Date.parse(lastEnd.endsAt)) {
      add(
        closing,
        'startsAt',
        `the closing plenary follows every other segment: it may not start before "${lastEnd.id}" ends (${lastEnd.endsAt})`,
      );
    }
  }
}

function overlapProblems(segments: Segment[], add: Add): void {
  const timed = segments.map((segment, index) => ({ segment, index })).filter(({ segment }) => segment.kind !== 'closing-plenary');
  for (const [i, a] of timed.entries()) {
    for (const b of timed.slice(i + 1)) {
      if (overlap(a.segment, b.segment)) {
        add(b.index, '', `overlaps segment ${a.index} ("${a.segment.id}", ${a.segment.startsAt} to ${a.segment.endsAt})`);
      }
    }
  }
}

function overlap(a: Segment, b: Segment): boolean {
  if (!a.endsAt || !b.endsAt) return false;
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

function indexesOf(segments: Segment[], kind: SegmentKind): number[] {
  return segments.flatMap((segment, index) => (segment.kind === kind ? [index] : []));
}

function byEnd(a: Segment, b: Segment): number {
  return Date.parse(a.endsAt!) - Date.parse(b.endsAt!);
}

/** The same programme, field for field (a PUT that changes nothing is a no-op). */
export function sameProgramme(a: readonly Segment[] | undefined, b: readonly Segment[]): boolean {
  return a !== undefined && JSON.stringify(a.map(canonical)) === JSON.stringify(b.map(canonical));
}

function canonical(segment: Segment): unknown[] {
  const { id, kind, title, startsAt, endsAt, theme, webcastUrl } = segment;
  return [id, kind, title, startsAt, endsAt ?? null, theme ?? null, webcastUrl ?? null];
}
