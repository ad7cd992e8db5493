const PATTERN = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * The instant `duration` (ISO 8601, e.g. PT72H, P3D, P1M) before `instant`, in calendar terms for
 * years, months, weeks and days (UTC) and exact terms for hours, minutes and seconds.
 */
export function subtractDuration(instant: Date, duration: string): Date {
  const match = PATTERN.exec(duration);
  if (!match) throw new RangeError(`Not an ISO 8601 duration: ${duration}`);
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const result = new Date(instant);
  result.setUTCFullYear(result.getUTCFullYear() - years, result.getUTCMonth() - months, result.getUTCDate() - weeks * 7 - days);
  return new Date(result.getTime() - ((hours * 60 + minutes) * 60 + seconds) * 1000);
}
