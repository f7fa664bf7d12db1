/**
 * Shared `Intl` formatters. Building one costs far more than formatting with it (the locale data is
 * resolved each time), and a screen formats the same way many times: one formatter per locale and
 * options, kept for the page's life.
 */

function cache<O, F>(make: (locale: string, options: O) => F): (locale: string, options?: O) => F {
  const made = new Map<string, F>();
  return (locale, options = {} as O) => {
    const key = `${locale}\u0000${JSON.stringify(options)}`;
    let fmt = made.get(key);
    if (!fmt) made.set(key, (fmt = make(locale, options)));
    return fmt;
  };
}

export const numberFormat = cache((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
export const dateTimeFormat = cache((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
