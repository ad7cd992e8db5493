import { dateLocale } from '../../format/languages';
import { zoneName } from '../../format/zoned-time';

/** "Monday 13 May 2013" on the wall clock of `timeZone`. */
export function dayOf(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(instant));
}

/** "10:00" on the wall clock of `timeZone`. */
export function clockOf(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

/** "10:00–13:00 EDT" (or "15:00 EDT" without an end), on the wall clock of `timeZone`. */
export function spanOf(startsAt: string, endsAt: string | undefined, timeZone: string, language: string): string {
  const start = clockOf(startsAt, timeZone, language);
  const zone = zoneName(startsAt, timeZone, language);
  return endsAt ? `${start}–${clockOf(endsAt, timeZone, language)} ${zone}` : `${start} ${zone}`;
}
