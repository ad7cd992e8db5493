import { zoneNameLocale } from './languages';

/**
 * Deadlines and the programme are typed on the meeting's clock (its IANA time zone), whatever the viewer's own:
 * "13 May 2013, 10:00" in New York is 14:00Z. These helpers convert between that wall clock and instants with the
 * browser's Intl only.
 */

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
}

const DAY_MS = 86_400_000;

/** The wall clock of `timeZone` at `instant`, to the second, read as if it were UTC. */
function wallAsUtc(instant: number, timeZone: string): number {
  const parts = partsOf(new Date(instant), timeZone, true);
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  utc.setUTCFullYear(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  return utc.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** Milliseconds the zone's clock is ahead of UTC at `instant` (to the second: old local mean times had seconds). */
function offsetAt(instant: number, timeZone: string): number {
  return wallAsUtc(instant, timeZone) - Math.floor(instant / 1000) * 1000;
}

/** The wall clock's fields read as UTC, or undefined when the date or time is malformed or does not exist ("2013-02-30"). */
function parseWallClock({ date, time }: WallClock): number | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  const asUtc = utc.setUTCHours(hour, minute);
  const sameFields = utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
  return sameFields && hour < 24 && minute < 60 ? asUtc : undefined;
}

/**
 * The ISO instant at which the wall clock of `timeZone` shows `date` `time`, or undefined when malformed. Near a
 * change of offset, as Temporal's "compatible" disambiguation: a time the clocks show twice (autumn) is the earlier
 * instant; a time they skip (spring) is read with the offset before the change, so it lands after the gap
 * (02:30 in New York on 10 March 2013 is 03:30 EDT). Assumes no two changes of offset within two days.
 */
export function instantOf(clock: WallClock, timeZone: string): string | undefined {
  const asUtc = parseWallClock(clock);
  if (asUtc === undefined) return undefined;
  const before = asUtc - offsetAt(asUtc - DAY_MS, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY_MS, timeZone);
  const shows = (instant: number) => wallAsUtc(instant, timeZone) === asUtc;
  const candidates = [before, after].filter(shows).sort((a, b) => a - b);
  return new Date(candidates[0] ?? before).toISOString();
}

/** The wall-clock date and time of `instant` in `timeZone` ("2013-05-10", "18:00"). */
export function wallClockOf(instant: string | number | Date, timeZone: string): WallClock {
  const parts = partsOf(new Date(instant), timeZone, false);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A default deadline: `days` from now, at 18:00 on the meeting's clock. */
export function defaultDeadline(timeZone: string, days: number, now = new Date()): WallClock {
  const { date } = wallClockOf(now.getTime() + days * DAY_MS, timeZone);
  return { date, time: '18:00' };
}

/** The zone's name as a person reads it, with its offset: "America/New_York (GMT-04:00)". */
export function zoneLabel(timeZone: string, at = new Date()): string {
  const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return offset ? `${timeZone} (${offset})` : timeZone;
}

/** The short name of the zone at an instant ("EDT", "UTC−4"). */
export function zoneName(instant: string | number, timeZone: string, language: string): string {
  const part = new Intl.DateTimeFormat(zoneNameLocale(language), { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function partsOf(date: Date, timeZone: string, withSeconds: boolean): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}
