import type { ItemKind, Platform } from '../models';

/**
 * Character limits for what an agent writes back. `comment` and `reply` share the public limit;
 * `message` is the direct-message limit, null where the platform has no DMs on the web (YouTube,
 * Threads) or publishes no limit (TikTok): null means "no known limit", never "zero".
 */
export const PUBLIC_REPLY_LIMITS: Readonly<Record<Platform, number>> = {
  x: 280,
  instagram: 2200,
  facebook: 8000,
  linkedin: 1250,
  youtube: 10000,
  tiktok: 150,
  threads: 500,
};

export const MESSAGE_LIMITS: Readonly<Record<Platform, number | null>> = {
  x: 10000,
  instagram: 1000,
  facebook: 20000,
  linkedin: 8000,
  youtube: null,
  tiktok: null,
  threads: null,
};

export interface LimitCheck {
  /** Characters as the platform counts them (X public replies: weighted, see `xWeightedLength`). */
  count: number;
  limit: number | null;
  ok: boolean;
  /** limit − count; null without a limit. Negative when over. */
  remaining: number | null;
}

let segmenter: Intl.Segmenter | null = null;

const SEGMENT_CHUNK = 256;

/**
 * Grapheme clusters of `text`, segmented a few hundred characters at a time: V8's segment iterator
 * slows down quadratically on long strings (50,000 characters take seconds in one piece). A chunk's
 * last cluster may continue past the cut, so it is dropped and segmenting resumes at its start;
 * every earlier boundary depends only on what precedes it and the next character, so the result
 * is the same as segmenting the whole string.
 */
function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const n = text.length;
  let start = 0;
  let size = SEGMENT_CHUNK;
  while (start < n) {
    let end = Math.min(n, start + size);
    // Never cut between the halves of a surrogate pair (a lone high surrogate is no pair).
    const last = text.charCodeAt(end - 1);
    const next = end < n ? text.charCodeAt(end) : 0;
    if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end++;
    const pieces: Array<{ segment: string; index: number }> = [];
    for (const s of segmenter.segment(text.slice(start, end))) pieces.push({ segment: s.segment, index: s.index });
    if (end === n) {
      for (const p of pieces) yield p.segment;
      return;
    }
    if (pieces.length < 2) {
      // One cluster longer than the chunk (a pile of combining marks): look further.
      size *= 2;
      continue;
    }
    for (let i = 0; i < pieces.length - 1; i++) yield pieces[i]!.segment;
    start += pieces[pieces.length - 1]!.index;
    size = SEGMENT_CHUNK;
  }
}

/** User-perceived characters: an emoji with skin tone or a ZWJ family counts once. */
export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of graphemes(text)) n++;
  return n;
}

/** X's URL length after t.co wrapping. */
export const X_URL_LENGTH = 23;

/*
 * Approximation of twitter-text 3 weighting (config v3): code points in U+0000–U+10FF,
 * U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1, every other code point weighs 2
 * (CJK, Thai, …); an emoji sequence weighs 2 however many code points it has; each URL weighs 23.
 * Text is NFC-normalised first, as X does. URL detection is simpler than twitter-text's: tokens
 * starting with http(s):// or www., and bare domains with a common TLD (example.com/path,
 * toko.co.id). Unusual TLDs count as plain text, which can only over-count.
 */
const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

const EMOJI = /\p{Emoji_Presentation}|\ufe0f|\p{Regional_Indicator}|\u20e3/u;
const URL_PREFIX = /^(?:https?:\/\/|www\.)[^\s]/i;
const BARE_DOMAIN =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|id|co|io|me|ly|app|dev|shop|store|info|biz|xyz|link|site|online|tv|gg|ai|my|sg|uk|us|to)(?:[/?#:][^\s]*)?$/i;
const LEADING_PUNCT = '("\'[';
const TRAILING_PUNCT = '.,!?;:\'")]';

function codePointWeight(cp: number): number {
  for (const [a, b] of LIGHT_RANGES) if (cp >= a && cp <= b) return 1;
  return 2;
}

function graphemeWeight(g: string): number {
  if (EMOJI.test(g)) return 2;
  let w = 0;
  for (const ch of g) w += codePointWeight(ch.codePointAt(0)!);
  return w;
}

/** Weight of a whitespace-free run if it is a URL (with its wrapping punctuation), else -1. */
function urlWeight(token: string): number {
  if (token.length > 4096) return -1;
  // A URL may be wrapped in punctuation: "(toko.id/promo)." — strip it before deciding. The
  // wrapping characters are all ASCII, so each weighs 1.
  let lead = 0;
  while (lead < token.length && LEADING_PUNCT.includes(token[lead]!)) lead++;
  let end = token.length;
  while (end > lead && TRAILING_PUNCT.includes(token[end - 1]!)) end--;
  const trail = token.length - end;
  const candidate = token.slice(lead, end);
  if (candidate.length === 0) return -1;
  return URL_PREFIX.test(candidate) || BARE_DOMAIN.test(candidate) ? lead + X_URL_LENGTH + trail : -1;
}

const WHITESPACE = /^\s/u;

/** Weighted length of a post or reply on X (see the note above for what is approximated). */
export function xWeightedLength(text: string): number {
  let total = 0;
  // Whitespace-free runs are candidate URLs (a URL never contains whitespace); each run is tested
  // against anchored patterns once, which keeps the count linear.
  let run: string[] = [];
  let runWeight = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const u = urlWeight(run.join(''));
    total += u >= 0 ? u : runWeight;
    run = [];
    runWeight = 0;
  };
  for (const g of graphemes(text.normalize('NFC'))) {
    if (WHITESPACE.test(g)) {
      flush();
      total += graphemeWeight(g);
    } else {
      run.push(g);
      runWeight += graphemeWeight(g);
    }
  }
  flush();
  return total;
}

export function limitFor(platform: Platform, kind: ItemKind): number | null {
  if (kind === 'message') return MESSAGE_LIMITS[platform] ?? null;
  return PUBLIC_REPLY_LIMITS[platform] ?? null;
}

export function checkLimit(text: string, platform: Platform, kind: ItemKind): LimitCheck {
  const limit = limitFor(platform, kind);
  const count = platform === 'x' && kind !== 'message' ? xWeightedLength(text) : countGraphemes(text);
  return {
    count,
    limit,
    ok: limit === null || count <= limit,
    remaining: limit === null ? null : limit - count,
  };
}
