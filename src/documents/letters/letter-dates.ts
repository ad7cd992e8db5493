import { UnLanguage } from '../../kernel/languages';
import { CLOCK_WORDS } from './letter-clocks';
import { LocalTime } from './local-time';

export { cityOfZone } from './letter-cities';

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

const numericParts = (timezone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });

/** The instant on the meeting's clock, in numbers: each language names the weekday and the month itself. */
function localTime(instant: string, timezone: string): LocalTime {
  const parts = Object.fromEntries(
    numericParts(timezone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    weekday: WEEKDAYS[parts.weekday],
    day: Number(parts.day),
    month: Number(parts.month),
    year: Number(parts.year),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The date of a letter on the meeting's clock: "26 April 2013", "1er mai 2013", "2013年4月26日". */
export function letterDate(instant: string, timezone: string, lang: UnLanguage): string {
  return CLOCK_WORDS[lang].date(localTime(instant, timezone));
}

/**
 * A deadline as the PGA's letters give it, with its hour on the meeting's clock and the city whose time it is:
 * "6 p.m. (New York time) on Friday, 26 April 2013"; "18 heures (heure de New York) le vendredi 26 avril 2013".
 */
export function deadlineWording(instant: string, timezone: string, lang: UnLanguage): string {
  return CLOCK_WORDS[lang].deadline(localTime(instant, timezone), timezone);
}

/** A moment on the meeting's clock, with the city whose time it is: "26 April 2013, 10.05 a.m. (New York time)". */
export function momentWording(instant: string, timezone: string, lang: UnLanguage): string {
  return CLOCK_WORDS[lang].moment(localTime(instant, timezone), timezone);
}
