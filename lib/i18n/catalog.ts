export type UiLang = 'id' | 'en';
export type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else flatten(v, key, out);
  }
  return out;
}

/**
 * Catalogs flattened on first use, one language at a time: a page shows one language, and the other
 * is flattened only if a key is missing there (the fallback) or the language changes.
 */
export function flattenLazily(trees: Record<UiLang, Tree>): Record<UiLang, Record<string, string>> {
  const out = {} as Record<UiLang, Record<string, string>>;
  for (const lang of Object.keys(trees) as UiLang[]) {
    let flat: Record<string, string> | undefined;
    Object.defineProperty(out, lang, { enumerable: true, get: () => (flat ??= flatten(trees[lang])) });
  }
  return out;
}

/** A translate function over catalogs: `$1`…`$9` substitutions; a missing key shows itself, never blank. */
export function makeTranslate(catalogs: Record<UiLang, Record<string, string>>) {
  return (lang: UiLang, key: string, ...subs: Array<string | number>): string => {
    const msg = catalogs[lang][key] ?? catalogs.en[key] ?? key;
    return msg.replace(/\$(\d)/g, (m, d: string) => {
      const v = subs[Number(d) - 1];
      return v === undefined ? m : String(v);
    });
  };
}

/** The UI language for a setting (`auto` follows the browser's language). */
export function resolveLang(setting: 'auto' | 'id' | 'en', browserLang: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return /^(id|in|ms)\b/i.test(browserLang ?? '') ? 'id' : 'en';
}
