/** A moment on the meeting's clock, in numbers (weekday: 0 for Sunday; month: 1 for January). */
export interface LocalTime {
  weekday: number;
  day: number;
  month: number;
  year: number;
  hour: number;
  minute: number;
}

/** How one language writes a letter's date, a deadline and a moment, the city's time included. */
export interface ClockWords {
  date(t: LocalTime): string;
  deadline(t: LocalTime, timezone: string): string;
  moment(t: LocalTime, timezone: string): string;
}

/** Keeps an hour with its unit on one line ("6 p.m.", "18 heures"). */
export const NBSP = '\u00a0';

export const two = (n: number) => String(n).padStart(2, '0');
