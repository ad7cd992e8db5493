import { useMemo, useState } from 'react';
import { useMeetings } from '../../api/queries';
import { formatInstant } from '../../format/dates';
import { dateLocale } from '../../format/languages';

export const TIME_MODES = ['meeting', 'utc', 'relative'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

const STORAGE_KEY = 'nihil-obstat.history.time';

/** How the auditor reads times: on the meeting's clock, in UTC, or relative to now; kept between visits. */
export function useTimeMode(): [TimeMode, (mode: TimeMode) => void] {
  const [mode, setMode] = useState<TimeMode>(() => {
    try {
      const stored = window.localStorage.getItem(STORAGE_KEY);
      return TIME_MODES.includes(stored as TimeMode) ? (stored as TimeMode) : 'meeting';
    } catch {
      return 'meeting';
    }
  });
  const choose = (next: TimeMode) => {
    setMode(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Unavailable storage: the choice lasts for this visit.
    }
  };
  return [mode, choose];
}

/** The engine's streams of a meeting are `<kind>-<meetingId>` or `<kind>-<meetingId>.<more>` (src/*\/domain/*.events.ts). */
const MEETING_STREAM = /^(?:meeting|list|arrangements|speakers)-([^.]+)/;

export function meetingOfStream(streamId: string): string | undefined {
  return MEETING_STREAM.exec(streamId)?.[1];
}

/** The time zone of each meeting, to show an event's time on its meeting's clock (UTC for a stream of no meeting). */
export function useMeetingZones(): (streamId: string) => string {
  const meetings = useMeetings();
  const zones = useMemo(() => new Map((meetings.data ?? []).map((m) => [m.id, m.timezone])), [meetings.data]);
  return useMemo(() => (streamId: string) => zones.get(meetingOfStream(streamId) ?? '') ?? 'UTC', [zones]);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 days ago" in the reader's language. */
export function relativeTime(instant: string, now: Date, language: string): string {
  const ms = new Date(instant).getTime() - now.getTime();
  const [unit, size] = UNITS.find(([, size]) => Math.abs(ms) >= size) ?? UNITS[UNITS.length - 1];
  return new Intl.RelativeTimeFormat(dateLocale(language), { numeric: 'auto' }).format(Math.round(ms / size), unit);
}

/** Formatted instants, each made once: a scrolling list shows the same rows again and again. */
const formatted = new Map<string, string>();
const MAX_FORMATTED = 20_000;

/** An event's time as the auditor chose to read it. */
export function shownTime(instant: string, mode: TimeMode, zone: string, now: Date, language: string): string {
  if (mode === 'relative') return relativeTime(instant, now, language);
  const timeZone = mode === 'utc' ? 'UTC' : zone;
  const key = `${instant} ${timeZone} ${language}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, (text = formatInstant(instant, timeZone, language)));
  }
  return text;
}
