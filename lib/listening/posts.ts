import type { PlatformId } from '../platforms/types';
import { absoluteUrl, cleanHandle, docLang, labelOf, queryAll, queryFirst, textOf } from '../platforms/dom';
import { hashKey } from '../platforms/hash';
import { safeId } from '../platforms/item';
import { parseIsoTime, parseTimeText, xSnowflakeTime } from '../platforms/time';
import { X } from '../platforms/x/selectors';
import { tweetId } from '../platforms/x';
import { LFB, LIG, LLI, LTH, LTT, LX, LYT } from './selectors';

/** A post on a feed, search, hashtag or notification page, as the mention scanner reports it. */
export interface ListeningPost {
  /** The platform's id for the post where it has one, else a hash of author + text. */
  id: string;
  author: string;
  /** Lower-case, without `@`; empty when the page does not show one. */
  authorHandle: string;
  text: string;
  postedAt: number | null;
  permalink: string | null;
}

export interface PostContext {
  url: URL;
  now: number;
}

export const MAX_POST_TEXT = 4000;

function firstSegment(url: URL): string {
  return url.pathname.split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
}

/**
 * Pages where other people's posts about anything appear: feeds, search results, hashtag and
 * notification pages. A status or video page is the comment controller's, not the scanner's.
 */
export function isListeningPage(platform: PlatformId, url: URL): boolean {
  const seg = firstSegment(url);
  const path = url.pathname.toLowerCase();
  switch (platform) {
    case 'x':
      return ['search', 'hashtag', 'home', 'notifications', 'explore'].includes(seg) || path.startsWith('/i/lists/');
    case 'youtube':
      return seg === '' || seg === 'results' || seg === 'hashtag' || seg === 'feed';
    case 'facebook':
      return seg === '' || seg === 'home.php' || seg === 'search' || seg === 'hashtag' || seg === 'notifications';
    case 'instagram':
      return seg === '' || seg === 'explore';
    case 'linkedin':
      return path.startsWith('/feed') || path.startsWith('/search/results/content') || path.startsWith('/search/results/all');
    case 'tiktok':
      return seg === '' || seg === 'search' || seg === 'tag' || seg === 'foryou' || seg === 'explore';
    case 'threads':
      return seg === '' || seg === 'search' || seg === 'activity';
  }
}

/** Drops elements nested inside another found element (a feed row and its inner article). */
function outermost(found: Element[]): Element[] {
  if (found.length < 2) return found;
  const set = new Set(found);
  return found.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// X

const TWEET = X.tweet.join(',');
const QUOTE = X.quoteCard.join(',');
const DIALOG = X.dialog.join(',');
const TIMELINE = LX.timeline.join(',');

/** The tweet's own element for `selectors`, not one inside a quoted post. */
function ownOutsideQuote(tweet: Element, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    for (const m of Array.from(tweet.querySelectorAll(s))) {
      const q = m.closest(QUOTE);
      if (!q || !tweet.contains(q)) return m;
    }
  }
  return null;
}

function xHandle(href: string | null): string {
  const m = href ? /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/.exec(href) : null;
  return m ? m[1]!.toLowerCase() : '';
}

function findXPosts(root: ParentNode): Element[] {
  const found = queryAll(root, X.tweet);
  if (found.length === 0) return found;
  // Posts outside the timeline region (a preview in the sidebar) are not results, when the page has one.
  const scoped = found[0]!.ownerDocument.querySelector(TIMELINE) !== null;
  return found.filter((el) => !el.closest(DIALOG) && !queryFirst(el, X.promoted) && !el.parentElement?.closest(TWEET) && (!scoped || el.closest(TIMELINE) !== null));
}

function extractX(el: Element, ctx: PostContext): ListeningPost | null {
  const id = tweetId(el);
  if (!id) return null;
  const userName = ownOutsideQuote(el, X.userName);
  const nameLink = userName?.querySelector('a[href]') ?? null;
  const handle = xHandle(nameLink?.getAttribute('href') ?? null);
  const timeEl = ownOutsideQuote(el, X.statusTime);
  const link = timeEl?.closest('a') ?? null;
  const iso = parseIsoTime(timeEl?.getAttribute('datetime'));
  return {
    id,
    author: labelOf(nameLink) || handle,
    authorHandle: handle,
    text: textOf(ownOutsideQuote(el, X.tweetText), { blockBreaks: false }),
    postedAt: iso ? Math.round(iso.at) : xSnowflakeTime(id),
    permalink: absoluteUrl(link?.getAttribute('href'), ctx.url),
  };
}

// ---------------------------------------------------------------------------------------------
// YouTube

const VIDEO = LYT.video.join(',');

function youtubeVideoId(href: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, 'https://www.youtube.com');
    const v = u.searchParams.get('v');
    if (v && /^[\w-]{6,20}$/.test(v)) return v;
    const shorts = /^\/shorts\/([\w-]{6,20})/.exec(u.pathname);
    return shorts ? shorts[1]! : null;
  } catch {
    return null;
  }
}

function findYoutubePosts(root: ParentNode): Element[] {
  return queryAll(root, LYT.video).filter((el) => !el.parentElement?.closest(VIDEO));
}

function extractYoutube(el: Element, ctx: PostContext): ListeningPost | null {
  const href = queryFirst(el, LYT.titleLink)?.getAttribute('href') ?? null;
  const id = youtubeVideoId(href);
  if (!id) return null;
  const title = labelOf(queryFirst(el, LYT.title));
  const snippet = textOf(queryFirst(el, LYT.snippet), { blockBreaks: false });
  const m = /\/@([^/?#]+)/.exec(queryFirst(el, LYT.channelLink)?.getAttribute('href') ?? '');
  const handle = m ? cleanHandle(safeDecode(m[1]!)) : '';
  let postedAt: number | null = null;
  const lang = docLang(el);
  for (const item of queryAll(el, LYT.metadataItem)) {
    const parsed = parseTimeText(labelOf(item), { now: ctx.now, lang });
    if (parsed) {
      postedAt = Math.round(parsed.at);
      break;
    }
  }
  return {
    id,
    author: labelOf(queryFirst(el, LYT.channelName)) || handle,
    authorHandle: handle,
    text: snippet ? `${title}\n${snippet}` : title,
    postedAt,
    permalink: /^\/shorts\//.test(href ?? '') ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// The other sites: one table each (post, text, author, link), read the same way.

interface Spec {
  post: readonly string[];
  text: readonly string[];
  author: readonly string[];
  link: readonly string[];
  time?: readonly string[];
  idOf(el: Element, href: string | null): string | null;
  handleOf(el: Element, href: string | null): string;
  skip?(el: Element): boolean;
}

function pathId(re: RegExp): (el: Element, href: string | null) => string | null {
  return (_el, href) => {
    const m = href ? re.exec(href) : null;
    return m ? m[1]! : null;
  };
}

function hrefHandle(selector: string, re: RegExp): (el: Element) => string {
  return (el) => {
    const m = re.exec(el.querySelector(selector)?.getAttribute('href') ?? '');
    return m ? cleanHandle(safeDecode(m[1] ?? m[2] ?? '')) : '';
  };
}

const SPECS: Record<Exclude<PlatformId, 'x' | 'youtube'>, Spec> = {
  facebook: {
    ...LFB,
    idOf: pathId(/(?:\/posts\/|story_fbid=|\/videos\/|\/reel\/|fbid=)([\w.-]+)/),
    handleOf: hrefHandle(LFB.author.join(','), /facebook\.com\/([\w.]+)(?:[/?]|$)|^\/([\w.]+)/),
  },
  instagram: {
    ...LIG,
    idOf: (_el, href) => pathId(/\/(?:p|reel)\/([\w-]+)/)(_el, href),
    handleOf: hrefHandle(LIG.author.join(','), /^\/([\w.]+)\/?$/),
    skip: (el) => el.tagName === 'A' && el.closest('article') !== null,
  },
  linkedin: {
    ...LLI,
    link: [],
    idOf: (el) => {
      const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-id') ?? '';
      const m = /^urn:li:(?:activity|share|ugcPost):(\d+)$/.exec(urn);
      return m ? m[1]! : null;
    },
    handleOf: hrefHandle(LLI.authorLink.join(','), /\/(?:in|company)\/([^/?#]+)/),
  },
  tiktok: {
    ...LTT,
    idOf: pathId(/\/(?:video|photo)\/(\d+)/),
    handleOf: (el, href) => {
      const m = href ? /\/@([\w.]+)\//.exec(href) : null;
      return m ? cleanHandle(m[1]) : cleanHandle(labelOf(queryFirst(el, LTT.author)));
    },
  },
  threads: {
    ...LTH,
    idOf: pathId(/\/post\/([\w-]+)/),
    handleOf: hrefHandle(LTH.author.join(','), /^\/@([\w.]+)/),
  },
};

function specText(el: Element, spec: Spec): string {
  for (const s of spec.text) {
    const parts: string[] = [];
    for (const m of Array.from(el.querySelectorAll(s))) {
      if (m.closest('a') && m.tagName !== 'IMG') continue;
      const t = m.tagName === 'IMG' ? (m.getAttribute('alt') ?? '').trim() : textOf(m);
      if (t && !parts.some((p) => p.includes(t))) parts.push(t);
    }
    if (el.tagName === 'IMG') parts.push((el.getAttribute('alt') ?? '').trim());
    if (parts.length > 0) return parts.join('\n');
  }
  return el.tagName === 'A' ? (el.querySelector('img[alt]')?.getAttribute('alt') ?? '').trim() : '';
}

function extractGeneric(el: Element, spec: Spec, ctx: PostContext): ListeningPost | null {
  const linkEl = el.matches(spec.link.join(',') || ':not(*)') ? el : spec.link.length ? queryFirst(el, spec.link) : null;
  const href = linkEl?.getAttribute('href') ?? null;
  const text = specText(el, spec);
  if (!text) return null;
  const handle = spec.handleOf(el, href);
  const author = labelOf(queryFirst(el, spec.author)) || handle;
  const platformId = spec.idOf(el, href);
  let postedAt: number | null = null;
  if (spec.time) {
    const iso = parseIsoTime(queryFirst(el, spec.time)?.getAttribute('datetime'));
    if (iso) postedAt = Math.round(iso.at);
  }
  const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-id');
  const permalink = href ? absoluteUrl(href, ctx.url) : urn && /^urn:li:/.test(urn) ? `https://www.linkedin.com/feed/update/${urn}/` : null;
  return { id: platformId ? safeId(platformId) : hashKey(handle || author, text), author, authorHandle: handle, text, postedAt, permalink };
}

// ---------------------------------------------------------------------------------------------

/** Every post element under root, outermost only, in document order. */
export function findPosts(root: ParentNode, platform: PlatformId): Element[] {
  if (platform === 'x') return findXPosts(root);
  if (platform === 'youtube') return findYoutubePosts(root);
  const spec = SPECS[platform];
  return outermost(queryAll(root, spec.post)).filter((el) => !spec.skip?.(el));
}

/** The post an element shows, or null when it is not one (no id and no text, or an ad). */
export function extractPost(el: Element, platform: PlatformId, ctx: PostContext): ListeningPost | null {
  let post: ListeningPost | null;
  try {
    post = platform === 'x' ? extractX(el, ctx) : platform === 'youtube' ? extractYoutube(el, ctx) : extractGeneric(el, SPECS[platform], ctx);
  } catch {
    return null;
  }
  if (!post || !post.text.trim()) return null;
  return {
    id: post.id.slice(0, 160),
    author: post.author.replace(/\s+/g, ' ').trim().slice(0, 200),
    authorHandle: post.authorHandle.slice(0, 100),
    text: post.text.slice(0, MAX_POST_TEXT),
    postedAt: post.postedAt !== null && Number.isFinite(post.postedAt) && post.postedAt >= 0 ? post.postedAt : null,
    permalink: post.permalink && /^https:\/\//.test(post.permalink) ? post.permalink.slice(0, 2048) : null,
  };
}
