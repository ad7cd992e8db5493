/**
 * A date and time as read on a meeting's clock ("2013-05-10", "18:00" in America/New_York) turned into the
 * instant it names, for any IANA zone, with the browser's Intl only.
 */

interface WallClock {
  date: string;
  time: string;
}

/** Milliseconds the zone's clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The ISO instant of a wall-clock time in `timeZone`, or undefined when the date or time is malformed. */
export function instantOf({ date, time }: WallClock, timeZone: string): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const asUtc = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(asUtc)) return undefined;
  // The offset at the guess can differ from the offset at the answer near a change of summer time: ask twice.
  const first = asUtc - offsetAt(asUtc, timeZone);
  const second = asUtc - offsetAt(first, timeZone);
  return new Date(second).toISOString();
}

/** The wall-clock date and time of `instant` in `timeZone` ("2013-05-10", "18:00"). */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** A default deadline: `days` from now, at 18:00 on the meeting's clock. */
export function defaultDeadline(timeZone: string, days: number, now = new Date()): WallClock {
  const { date } = wallClockOf(new Date(now.getTime() + days * 86_400_000), timeZone);
  return { date, time: '18:00' };
}

/** The zone's name as a person reads it, with its offset: "America/New_York (GMT-04:00)". */
export function zoneLabel(timeZone: string, at = new Date()): string {
  const offset = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return offset ? `${timeZone} (${offset})` : timeZone;
}
