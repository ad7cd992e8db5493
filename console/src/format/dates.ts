import { dateLocale } from './languages';

/**
 * Instants are always shown with their time zone: the meeting's (its `timezone`, where it takes place)
 * and, when it differs, the viewer's own.
 */

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Each language and time zone's formatter, made once: making one costs far more than formatting with it, and a
 * screen (the History's rows) formats many instants in the same few zones.
 */
const instantFormats = new Map<string, Intl.DateTimeFormat>();

function instantFormat(timeZone: string, language: string): Intl.DateTimeFormat {
  const locale = dateLocale(language);
  const key = `${locale} ${timeZone}`;
  let format = instantFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    instantFormats.set(key, format);
  }
  return format;
}

/** "10 May 2013, 18:00 EDT" (French: "10 mai 2013, 18:00 UTC−4") in `timeZone`. */
export function formatInstant(instant: string | Date, timeZone: string, language: string): string {
  return instantFormat(timeZone, language).format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** The date only, in `timeZone`. */
export function formatDate(instant: string | Date, timeZone: string, language: string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat(dateLocale(language), { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export interface TwoClocks {
  /** In the meeting's time zone, with its name. */
  meeting: string;
  /** In the viewer's time zone, when it is another one. */
  viewer?: string;
}

/** An instant on the meeting's clock and, if the viewer is elsewhere, on the viewer's. */
export function onTwoClocks(instant: string | Date, meetingTimeZone: string, language: string, viewer = viewerTimeZone()): TwoClocks {
  const meeting = formatInstant(instant, meetingTimeZone, language);
  const mine = formatInstant(instant, viewer, language);
  return sameOffset(instant, meetingTimeZone, viewer) ? { meeting } : { meeting, viewer: mine };
}

function sameOffset(instant: string | Date, a: string, b: string): boolean {
  if (a === b) return true;
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const offset = (timeZone: string) =>
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(date).find((p) => p.type === 'timeZoneName')
      ?.value;
  return offset(a) === offset(b);
}

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  passed: boolean;
}

/** What is left until `deadline` at `now`, in whole days, hours and minutes. */
export function remaining(deadline: string | Date, now: Date): Remaining {
  const ms = new Date(deadline).getTime() - now.getTime();
  const total = Math.max(0, Math.floor(ms / 60_000));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60, passed: ms <= 0 };
}

/** The IANA time zones the browser knows, for the meeting form. */
export function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['America/New_York', 'Europe/Geneva', 'Africa/Nairobi', 'Asia/Bangkok', 'UTC'];
}
