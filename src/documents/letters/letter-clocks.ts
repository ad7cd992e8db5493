import { UnLanguage } from '../../kernel/languages';
import { cityOfZone } from './letter-cities';
import { ARABIC_CLOCK, CHINESE_CLOCK, RUSSIAN_CLOCK } from './letter-clocks.ru-zh-ar';
import { ClockWords, LocalTime, NBSP, two } from './local-time';

const names = (locale: string) => ({
  weekday: (t: LocalTime) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 2 + t.weekday)),
  month: (t: LocalTime) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, t.month - 1, 1)),
});

const english = names('en-GB');
const french = names('fr-FR');
const spanish = names('es-ES');

/** "6 p.m.", "4.30 p.m.", "12 noon", "12 midnight" (United Nations editorial style). */
function englishHour({ hour, minute }: LocalTime): string {
  if (minute === 0 && hour === 12) return `12${NBSP}noon`;
  if (minute === 0 && hour === 0) return `12${NBSP}midnight`;
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? '' : `.${two(minute)}`;
  return `${twelve}${minutes}${NBSP}${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/** "18 heures", "1 heure", "18 h 30", "midi", "minuit". */
function frenchHour({ hour, minute }: LocalTime): string {
  if (minute === 0 && hour === 12) return 'midi';
  if (minute === 0 && hour === 0) return 'minuit';
  if (minute !== 0) return `${hour}${NBSP}h${NBSP}${two(minute)}`;
  return `${hour}${NBSP}${hour === 1 ? 'heure' : 'heures'}`;
}

/** "las 18.00 horas", "la 1.30 horas" (the 24-hour clock of United Nations Spanish). */
function spanishHour({ hour, minute }: LocalTime): string {
  return `${hour === 1 ? 'la' : 'las'} ${hour}.${two(minute)}${NBSP}horas`;
}

const zoneIn = (lang: UnLanguage, timezone: string) => cityOfZone(timezone, lang) ?? timezone;

/** "heure de New York", "heure d’Addis-Abeba", "heure UTC" (a zone without a city). */
const frenchZone = (timezone: string) => {
  const city = cityOfZone(timezone, 'fr');
  if (!city) return `heure ${timezone}`;
  return /^[aeiouyàâéèêîôû]/i.test(city) ? `heure d’${city}` : `heure de ${city}`;
};

/** "hora de Nueva York", "hora UTC". */
const spanishZone = (timezone: string) => {
  const city = cityOfZone(timezone, 'es');
  return city ? `hora de ${city}` : `hora ${timezone}`;
};

const ENGLISH_CLOCK: ClockWords = {
  date: (t) => `${t.day} ${english.month(t)} ${t.year}`,
  deadline: (t, zone) => `${englishHour(t)} (${zoneIn('en', zone)} time) on ${english.weekday(t)}, ${ENGLISH_CLOCK.date(t)}`,
  moment: (t, zone) => `${ENGLISH_CLOCK.date(t)}, ${englishHour(t)} (${zoneIn('en', zone)} time)`,
};

const FRENCH_CLOCK: ClockWords = {
  date: (t) => `${t.day === 1 ? '1er' : t.day} ${french.month(t)} ${t.year}`,
  deadline: (t, zone) => `${frenchHour(t)} (${frenchZone(zone)}) le ${french.weekday(t)} ${FRENCH_CLOCK.date(t)}`,
  moment: (t, zone) => `${FRENCH_CLOCK.date(t)}, ${frenchHour(t)} (${frenchZone(zone)})`,
};

const SPANISH_CLOCK: ClockWords = {
  date: (t) => `${t.day} de ${spanish.month(t)} de ${t.year}`,
  deadline: (t, zone) => `${spanishHour(t)} (${spanishZone(zone)}) del ${spanish.weekday(t)} ${SPANISH_CLOCK.date(t)}`,
  moment: (t, zone) => `${SPANISH_CLOCK.date(t)}, a ${spanishHour(t)} (${spanishZone(zone)})`,
};

export const CLOCK_WORDS: Record<UnLanguage, ClockWords> = {
  en: ENGLISH_CLOCK,
  fr: FRENCH_CLOCK,
  es: SPANISH_CLOCK,
  ru: RUSSIAN_CLOCK,
  zh: CHINESE_CLOCK,
  ar: ARABIC_CLOCK,
};
