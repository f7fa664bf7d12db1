/**
 * Shared `Intl` formatters. Building one costs far more than formatting with it (the locale data is
 * resolved each time), and a screen formats the same way many times: one formatter per locale and
 * options, kept for the page's life.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let fmt = numberFormats.get(key);
  if (!fmt) numberFormats.set(key, (fmt = new Intl.NumberFormat(locale, options)));
  return fmt;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let fmt = dateTimeFormats.get(key);
  if (!fmt) dateTimeFormats.set(key, (fmt = new Intl.DateTimeFormat(locale, options)));
  return fmt;
}
