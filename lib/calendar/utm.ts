import type { Utm } from '../models';

export type UtmErrorCode = 'invalid-url' | 'unsupported-scheme' | 'missing-field';

export class UtmError extends Error {
  constructor(
    readonly code: UtmErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'UtmError';
  }
}

const UTM_ORDER = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
  ['term', 'utm_term'],
  ['content', 'utm_content'],
] as const;

/** Parses an absolute http(s) URL, or throws `UtmError`. */
function parseHttpUrl(input: string): URL {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new UtmError('invalid-url', trimmed);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UtmError('unsupported-scheme', url.protocol);
  return url;
}

export function isHttpUrl(input: string): boolean {
  try {
    parseHttpUrl(input);
    return true;
  } catch {
    return false;
  }
}

// encodeURIComponent throws on a lone surrogate (a half-deleted emoji); send U+FFFD instead.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeValue(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

function decodeQueryPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

/** Query segments as written, minus every `utm_*` key (any case). */
function keepNonUtm(search: string): string[] {
  if (search.length <= 1) return [];
  return search
    .slice(1)
    .split('&')
    .filter((seg) => {
      if (seg === '') return false;
      const eq = seg.indexOf('=');
      const key = decodeQueryPart(eq === -1 ? seg : seg.slice(0, eq));
      return !key.trim().toLowerCase().startsWith('utm_');
    });
}

/**
 * Adds UTM parameters to an http(s) link. The rest of the query and the `#fragment` stay exactly as
 * written; any `utm_*` already present is dropped so parameters from an older campaign never mix with
 * the new ones. Values are trimmed and percent-encoded as UTF-8 (a space becomes `%20`).
 * Throws `UtmError` for non-http(s) or unparsable links and when source, medium or campaign is blank.
 */
export function buildUtmUrl(url: string, utm: Utm): string {
  const parsed = parseHttpUrl(url);
  const segments = keepNonUtm(parsed.search);
  for (const [field, key] of UTM_ORDER) {
    const value = (utm[field] ?? '').trim();
    if (value === '') {
      if (field === 'source' || field === 'medium' || field === 'campaign') throw new UtmError('missing-field', field);
      continue;
    }
    segments.push(`${key}=${encodeValue(value)}`);
  }
  parsed.search = `?${segments.join('&')}`;
  return parsed.toString();
}

/** The link without any `utm_*` parameter (rest of the query and the fragment untouched). */
export function stripUtm(url: string): string {
  const parsed = parseHttpUrl(url);
  const segments = keepNonUtm(parsed.search);
  parsed.search = segments.length > 0 ? `?${segments.join('&')}` : '';
  return parsed.toString();
}

/**
 * UTM parameters found in a link (the first value of each), or null when the link is not http(s) or
 * has none. Missing source/medium/campaign come back as ''.
 */
export function parseUtm(url: string): Utm | null {
  let parsed: URL;
  try {
    parsed = parseHttpUrl(url);
  } catch {
    return null;
  }
  const found: Partial<Record<(typeof UTM_ORDER)[number][0], string>> = {};
  for (const [key, value] of parsed.searchParams) {
    const k = key.trim().toLowerCase();
    const entry = UTM_ORDER.find(([, name]) => name === k);
    if (entry && found[entry[0]] === undefined) found[entry[0]] = value;
  }
  if (Object.keys(found).length === 0) return null;
  const utm: Utm = { source: found.source ?? '', medium: found.medium ?? '', campaign: found.campaign ?? '' };
  if (found.term !== undefined) utm.term = found.term;
  if (found.content !== undefined) utm.content = found.content;
  return utm;
}

/** True when source, medium and campaign are all non-blank. */
export function isCompleteUtm(utm: Utm | null | undefined): utm is Utm {
  return !!utm && utm.source.trim() !== '' && utm.medium.trim() !== '' && utm.campaign.trim() !== '';
}

/**
 * A URL-safe campaign slug: lower-case ASCII letters and digits joined by `separator`. Accents are
 * folded ("Promo Lebaran — Édisi Spesial" → "promo-lebaran-edisi-spesial"); emoji and punctuation drop.
 */
export function slugify(name: string, separator: '-' | '_' = '-', maxLength = 100): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator);
  const trimmed = folded.split(separator).filter(Boolean).join(separator);
  if (trimmed.length <= maxLength) return trimmed;
  const cut = trimmed.slice(0, maxLength);
  const lastSep = cut.lastIndexOf(separator);
  const kept = lastSep > maxLength / 2 ? cut.slice(0, lastSep) : cut;
  return kept.split(separator).filter(Boolean).join(separator);
}
