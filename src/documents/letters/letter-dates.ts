import { LetterLanguage } from './letter-language';

/** The cities of common zones, in English and French; other zones give the city their id names. */
const CITIES: Record<string, { en: string; fr: string }> = {
  'America/New_York': { en: 'New York', fr: 'New York' },
  // Geneva has no zone of its own: Europe/Zurich is its zone, and the United Nations meets in Geneva, not Zurich.
  'Europe/Zurich': { en: 'Geneva', fr: 'Genève' },
  'Europe/Vienna': { en: 'Vienna', fr: 'Vienne' },
  'Africa/Nairobi': { en: 'Nairobi', fr: 'Nairobi' },
  'Asia/Bangkok': { en: 'Bangkok', fr: 'Bangkok' },
  'Asia/Beirut': { en: 'Beirut', fr: 'Beyrouth' },
  'America/Santiago': { en: 'Santiago', fr: 'Santiago' },
  'Africa/Addis_Ababa': { en: 'Addis Ababa', fr: 'Addis-Abeba' },
  'Europe/Paris': { en: 'Paris', fr: 'Paris' },
  'Europe/London': { en: 'London', fr: 'Londres' },
  'Europe/Rome': { en: 'Rome', fr: 'Rome' },
  'Europe/Copenhagen': { en: 'Copenhagen', fr: 'Copenhague' },
  'America/Mexico_City': { en: 'Mexico City', fr: 'Mexico' },
  'Asia/Tokyo': { en: 'Tokyo', fr: 'Tokyo' },
};

/** The city of an Area/City zone (`America/Los_Angeles`: Los Angeles); undefined for zones such as UTC or Etc/GMT+5. */
export function cityOfZone(timezone: string, lang: LetterLanguage): string | undefined {
  const known = CITIES[timezone];
  if (known) return known[lang];
  const match = /^(?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic|Indian|Antarctica)\/(?:[A-Za-z_]+\/)?([A-Za-z_-]+)$/.exec(
    timezone,
  );
  return match ? match[1].replace(/_/g, ' ') : undefined;
}

/** Keeps an hour with its unit on one line ("6 p.m.", "18 heures"). */
const NBSP = '\u00a0';

interface LocalTime {
  weekday: string;
  day: number;
  month: string;
  year: number;
  hour: number;
  minute: number;
}

function localTime(instant: string, timezone: string, lang: LetterLanguage): LocalTime {
  const format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    weekday: parts.weekday,
    day: Number(parts.day),
    month: parts.month,
    year: Number(parts.year),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** The date of a letter on the meeting's clock: "26 April 2013", "1er mai 2013". */
export function letterDate(instant: string, timezone: string, lang: LetterLanguage): string {
  const { day, month, year } = localTime(instant, timezone, lang);
  return lang === 'fr' ? `${day === 1 ? '1er' : day} ${month} ${year}` : `${day} ${month} ${year}`;
}

/**
 * A deadline as the PGA's letters give it, with its hour on the meeting's clock and the city whose time it is:
 * "6 p.m. (New York time) on Friday, 26 April 2013"; "18 heures (heure de New York) le vendredi 26 avril 2013".
 */
export function deadlineWording(instant: string, timezone: string, lang: LetterLanguage): string {
  const local = localTime(instant, timezone, lang);
  const city = cityOfZone(timezone, lang);
  if (lang === 'fr') {
    const zone = city ? `heure ${elided('de', city)}` : `heure ${timezone}`;
    return `${frenchHour(local)} (${zone}) le ${local.weekday} ${letterDate(instant, timezone, 'fr')}`;
  }
  const zone = city ? `${city} time` : `${timezone} time`;
  return `${englishHour(local)} (${zone}) on ${local.weekday}, ${local.day} ${local.month} ${local.year}`;
}

/** A moment on the meeting's clock, with the city whose time it is: "26 April 2013, 10.05 a.m. (New York time)". */
export function momentWording(instant: string, timezone: string, lang: LetterLanguage): string {
  const local = localTime(instant, timezone, lang);
  const city = cityOfZone(timezone, lang);
  if (lang === 'fr') {
    const zone = city ? `heure ${elided('de', city)}` : `heure ${timezone}`;
    return `${letterDate(instant, timezone, 'fr')}, ${frenchHour(local)} (${zone})`;
  }
  return `${letterDate(instant, timezone, 'en')}, ${englishHour(local)} (${city ? `${city} time` : `${timezone} time`})`;
}

/** "6 p.m.", "4.30 p.m.", "12 noon", "12 midnight" (United Nations editorial style). */
function englishHour({ hour, minute }: LocalTime): string {
  if (minute === 0 && hour === 12) return `12${NBSP}noon`;
  if (minute === 0 && hour === 0) return `12${NBSP}midnight`;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? '' : `.${String(minute).padStart(2, '0')}`;
  return `${twelve}${minutes}${NBSP}${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** "18 heures", "1 heure", "18 h 30", "midi", "minuit". */
function frenchHour({ hour, minute }: LocalTime): string {
  if (minute === 0 && hour === 12) return 'midi';
  if (minute === 0 && hour === 0) return 'minuit';
  if (minute !== 0) return `${hour}${NBSP}h${NBSP}${String(minute).padStart(2, '0')}`;
  return `${hour}${NBSP}${hour === 1 ? 'heure' : 'heures'}`;
}

function elided(word: 'de', next: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(next) ? `d’${next}` : `${word} ${next}`;
}
