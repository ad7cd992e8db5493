const formats = new Map<string, Intl.NumberFormat>();

/** A count as the console's language writes it ("1,004", "1 004", "1.004"). */
export function formatNumber(value: number, language: string): string {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}
