/**
 * The programme is edited on the meeting's wall clock (its IANA time zone), whatever the viewer's own zone:
 * "13 May 2013, 10:00" in New York is 14:00Z. These helpers convert between that wall clock and instants.
 */

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
}

/** An instant as the wall clock of `timeZone` shows it. */
export function wallClockOf(instant: string, timeZone: string): WallClock {
  const parts = partsOf(new Date(instant), timeZone);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The instant (ISO, UTC) at which the wall clock of `timeZone` shows `date` `time`; undefined if malformed. */
export function instantOf({ date, time }: WallClock, timeZone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || !clock) return undefined;
  const asUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(clock[1]), Number(clock[2]));
  // The zone's offset at the guess, then again at the corrected instant (the two differ only across a change of offset).
  let instant = asUtc - offsetMs(asUtc, timeZone);
  instant = asUtc - offsetMs(instant, timeZone);
  return Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
}

/** The short name of the zone at an instant ("EDT", "GMT+2"). */
export function zoneName(instant: string | number, timeZone: string, language: string): string {
  const part = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** How far the wall clock of `timeZone` is ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const parts = partsOf(new Date(instant), timeZone);
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return wall - Math.floor(instant / 60_000) * 60_000;
}

function partsOf(date: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}
