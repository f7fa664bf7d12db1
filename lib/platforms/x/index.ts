import { detectEditorEngine, isFillable } from '../engine';
import {
  absoluteUrl, docLang, duplicateIndex, focusedAmong, isHTMLElement, labelOf, nextSibling, pageUrlOf, previousSibling, queryAll, queryFirst, textOf,
  uniqueEditors,
} from '../dom';
import { parseCount } from '../counts';
import { buildItem } from '../item';
import { parseIsoTime, parseTimeText, xSnowflakeTime, type ParsedTime } from '../time';
import type { ExtractContext, PageItem, PlatformAdapter, ProfileCounts } from '../types';
import { RESERVED_PATHS, X } from './selectors';

const TWEET = X.tweet.join(',');
const CELL = X.cell.join(',');
const DIALOG = X.dialog.join(',');
const DM_ENTRY = X.dmEntry.join(',');
const HANDLE_RE = /^[A-Za-z0-9_]{1,15}$/;

type XPage = { kind: 'status'; statusId: string } | { kind: 'notifications' } | { kind: 'other' };

export function xPageOf(url: URL | null): XPage {
  if (!url) return { kind: 'other' };
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length >= 3 && (parts[1] === 'status' || parts[1] === 'statuses') && /^\d+$/.test(parts[2] ?? '')) {
    return { kind: 'status', statusId: parts[2]! };
  }
  if (parts[0] === 'notifications') return { kind: 'notifications' };
  return { kind: 'other' };
}

function statusIdFromHref(href: string | null): string | null {
  const m = href ? /\/status(?:es)?\/(\d+)/.exec(href) : null;
  return m ? m[1]! : null;
}

function handleFromHref(href: string | null): string {
  const m = href ? /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/.exec(href) : null;
  return m && !RESERVED_PATHS.has(m[1]!.toLowerCase()) ? m[1]! : '';
}

/** The status link of the tweet itself (not of a quoted tweet). */
function ownTimeLink(tweet: Element): HTMLAnchorElement | null {
  const time = queryFirst(tweet, X.statusTime);
  const link = time?.closest('a');
  return link && link.closest(TWEET) === tweet ? (link as HTMLAnchorElement) : null;
}

export function tweetId(tweet: Element): string | null {
  return statusIdFromHref(ownTimeLink(tweet)?.getAttribute('href') ?? null);
}

const QUOTE = X.quoteCard.join(',');

const inQuote = (m: Element, tweet: Element) => {
  const quote = m.closest(QUOTE);
  return !!quote && tweet.contains(quote);
};

/** The post's own element for `selectors`, skipping any quoted post inside it. */
function ownPart(tweet: Element, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const first = tweet.querySelector(s);
    if (!first) continue;
    if (!inQuote(first, tweet)) return first;
    for (const m of Array.from(tweet.querySelectorAll(s))) if (!inQuote(m, tweet)) return m;
  }
  return null;
}

const PROMOTED = X.promoted.join(',');

/** Posts in dialogs (the post being answered) and ads are never items. */
function isCandidateTweet(el: Element): boolean {
  return !el.closest(DIALOG) && !el.closest(PROMOTED);
}

interface ConversationState {
  count: number;
  focal: Element | null;
  root: Element | null;
  rootId: string | null;
  /** Row index of every row, the focal post's row and the first row of "Discover more". */
  rowIndex: Map<Element, number>;
  focalRow: number;
  boundaryRow: number;
}

const conversationCache = new WeakMap<Element, ConversationState & { focalId: string }>();

/**
 * Focal post, root post and end of a conversation list, computed once per list size so that
 * extracting 2,000 replies stays linear.
 */
function conversationState(list: Element, focalId: string): ConversationState {
  const cached = conversationCache.get(list);
  if (cached && cached.focalId === focalId && cached.count === list.childElementCount && (!cached.focal || cached.focal.isConnected)) {
    return cached;
  }
  let focal: Element | null = null;
  let root: Element | null = null;
  let focalRow = -1;
  let boundaryRow = Infinity;
  const rowIndex = new Map<Element, number>();
  const rows = Array.from(list.children);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    rowIndex.set(row, i);
    if (boundaryRow !== Infinity) continue;
    const tweet = row.querySelector(TWEET);
    if (!tweet) {
      // The "Discover more" block after a conversation lists unrelated posts.
      if (queryFirst(row, X.sectionHeading)) boundaryRow = i;
      continue;
    }
    if (!isCandidateTweet(tweet)) continue;
    if (!root) root = tweet;
    if (!focal && tweetId(tweet) === focalId) {
      focal = tweet;
      focalRow = i;
    }
  }
  const state = { count: list.childElementCount, focal, root, rootId: root ? tweetId(root) : null, rowIndex, focalRow, boundaryRow, focalId };
  conversationCache.set(list, state);
  return state;
}

interface Placement {
  isItem: boolean;
  parentId: string | null;
  rootId: string | null;
}

/** Where a tweet sits in a status page's conversation: items are every post but the root. */
function placeInConversation(tweet: Element, focalId: string): Placement {
  const cell = tweet.closest(CELL);
  const list = cell?.parentElement;
  if (!cell || !list) {
    const isFocal = tweetId(tweet) === focalId;
    return { isItem: !isFocal, parentId: isFocal ? null : focalId, rootId: focalId };
  }
  const state = conversationState(list, focalId);
  const row = state.rowIndex.get(cell) ?? -1;
  if (row >= state.boundaryRow) return { isItem: false, parentId: null, rootId: null };
  const rootId = state.root ? state.rootId : focalId;
  if (tweet === state.root) return { isItem: false, parentId: null, rootId };
  const prevTweet = previousSibling(cell)?.querySelector(TWEET) ?? null;
  const prevId = prevTweet && isCandidateTweet(prevTweet) ? tweetId(prevTweet) : null;
  if (prevId) return { isItem: true, parentId: prevId, rootId };
  // A separator or the reply box came before: the thread hangs off the focal post.
  const afterFocal = state.focalRow < 0 || row > state.focalRow;
  return { isItem: true, parentId: afterFocal ? focalId : rootId, rootId };
}

function tweetTime(timeEl: Element | null, id: string): { time: ParsedTime | null; text: string } {
  const iso = parseIsoTime(timeEl?.getAttribute('datetime'));
  if (iso) return { time: iso, text: timeEl?.getAttribute('datetime') ?? '' };
  const snowflake = xSnowflakeTime(id);
  return { time: snowflake ? { at: snowflake, precision: 'exact' } : null, text: '' };
}

function extractTweet(el: Element, ctx: ExtractContext): PageItem | null {
  if (!isCandidateTweet(el)) return null;
  const page = xPageOf(ctx.url);
  if (page.kind === 'other') return null;
  const link = ownTimeLink(el);
  const timeEl = link?.querySelector('time') ?? null;
  const id = statusIdFromHref(link?.getAttribute('href') ?? null);
  const userName = ownPart(el, X.userName);
  if (!id || !userName) return null;

  let kind: PageItem['kind'] = 'comment';
  let parentId: string | null = null;
  if (page.kind === 'status') {
    const place = placeInConversation(el, page.statusId);
    if (!place.isItem) return null;
    parentId = place.parentId;
    kind = parentId !== null && parentId !== place.rootId ? 'reply' : 'comment';
  }

  const links = Array.from(userName.querySelectorAll('a[href]'));
  const nameLink = links[0] ?? null;
  const handle = handleFromHref(nameLink?.getAttribute('href') ?? null) || handleFromHref(link?.getAttribute('href') ?? null);
  const { time, text: timeText } = tweetTime(timeEl, id);
  return buildItem(
    {
      id,
      kind,
      author: labelOf(nameLink) || handle,
      authorHandle: handle,
      text: textOf(ownPart(el, X.tweetText), { blockBreaks: false }),
      time,
      timeText,
      permalink: absoluteUrl(link?.getAttribute('href'), ctx.url),
      parentId,
    },
    ctx,
  );
}

function partnerName(entry: Element, handle: string): string {
  const container = entry.closest(X.dmPanel.join(','));
  const heading = container ? queryFirst(container, X.dmHeading) : null;
  if (!heading) return handle;
  const label = labelOf(heading);
  const at = label.toLowerCase().indexOf(`@${handle.toLowerCase()}`);
  if (at > 0) return label.slice(0, at).trim();
  return label && !label.includes('@') ? label : handle;
}

function dmTime(entry: Element, ctx: ExtractContext, lang: string): { time: ParsedTime | null; text: string } {
  const timeEl = entry.querySelector('time[datetime]');
  const iso = parseIsoTime(timeEl?.getAttribute('datetime'));
  if (iso) return { time: iso, text: timeEl?.getAttribute('datetime') ?? '' };
  const textEl = queryFirst(entry, X.dmText);
  for (const span of Array.from(entry.querySelectorAll('span'))) {
    if (textEl?.contains(span) || span.firstElementChild) continue;
    const t = labelOf(span);
    if (!t || t.length > 40 || !/\d/.test(t)) continue;
    const parsed = parseTimeText(t, { now: ctx.now, lang });
    if (parsed) return { time: parsed, text: t };
  }
  return { time: null, text: '' };
}

function ownHandleFor(doc: Document | null, ctx: ExtractContext): string {
  return ctx.ownHandles[0] ?? (doc ? detectOwnHandle(doc) : null) ?? '';
}

function extractMessage(el: Element, ctx: ExtractContext): PageItem | null {
  const textEl = queryFirst(el, X.dmText);
  const text = textOf(textEl, { blockBreaks: false });
  const avatar = queryFirst(el, X.avatar);
  const lang = docLang(el);
  const { time, text: timeText } = dmTime(el, ctx, lang);
  const row = el.closest(CELL) ?? el;
  // The other person's messages carry their avatar; the signed-in user's own do not.
  const partner = avatar?.getAttribute('data-testid')?.slice('UserAvatar-Container-'.length) ?? '';
  const own = !partner;
  const handle = own ? ownHandleFor(el.ownerDocument, ctx) : partner;
  if (!text && !time) return null;
  return buildItem(
    {
      id: null,
      kind: 'message',
      author: own ? handle : partnerName(el, partner),
      authorHandle: handle,
      text,
      time,
      timeText,
      permalink: null,
      parentId: null,
      isOwn: own,
      salt: String(duplicateIndex(row)),
    },
    ctx,
  );
}

export function detectOwnHandle(doc: Document): string | null {
  const link = queryFirst(doc, X.ownProfileLink);
  const fromLink = handleFromHref(link?.getAttribute('href') ?? null);
  if (fromLink) return fromLink.toLowerCase();
  const switcher = queryFirst(doc, X.accountSwitcher);
  const m = switcher ? /@([A-Za-z0-9_]{1,15})/.exec(switcher.textContent ?? '') : null;
  return m ? m[1]!.toLowerCase() : null;
}

function profileHandle(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  const first = parts[0];
  if (!first || !HANDLE_RE.test(first) || RESERVED_PATHS.has(first.toLowerCase())) return null;
  const tab = parts[1];
  if (tab && !['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows', 'affiliates'].includes(tab)) return null;
  return first;
}

function readProfileCounts(doc: Document, url: URL): ProfileCounts | null {
  const handle = profileHandle(url);
  const header = queryFirst(doc, X.profileName);
  if (!handle || !header) return null;
  const lang = docLang(doc);
  const lower = handle.toLowerCase();
  // Only this profile's own links count (the sidebar can link to other accounts' lists).
  const linkTo = (selectors: readonly string[]) =>
    Array.from(doc.querySelectorAll(selectors.join(','))).find((a) => {
      const path = (a.getAttribute('href') ?? '').toLowerCase().replace(/^https?:\/\/[^/]+/, '');
      return path.startsWith(`/${lower}/`);
    }) ?? null;
  const counts: ProfileCounts = { handle: lower, displayName: null };
  const nameSpan = header.querySelector('span');
  counts.displayName = labelOf(nameSpan) || null;
  const followers = parseCount(labelOf(linkTo(X.followersLink)), { lang });
  const following = parseCount(labelOf(linkTo(X.followingLink)), { lang });
  const posts = parseCount(labelOf(queryFirst(doc, X.postsCount)), { lang });
  if (followers !== null) counts.followers = followers;
  if (following !== null) counts.following = following;
  if (posts !== null) counts.posts = posts;
  return counts;
}

function findEditors(root: ParentNode): HTMLElement[] {
  return uniqueEditors(queryAll(root, [...X.postEditor, ...X.dmComposer]).filter(isFillable));
}

function findReplyEditor(item: Element): HTMLElement | null {
  const doc = item.ownerDocument;
  if (item.matches(DM_ENTRY)) return findComposer(doc);
  const id = tweetId(item);
  if (!id) return null;
  for (const dialog of Array.from(doc.querySelectorAll(DIALOG))) {
    if (!dialog.querySelector(`a[href*="/status/${id}"]`)) continue;
    const editor = queryFirst(dialog, X.postEditor);
    if (isHTMLElement(editor) && isFillable(editor)) return editor;
  }
  // On a status page the inline reply box sits right after the focal post.
  const page = xPageOf(pageUrlOf(doc));
  const cell = item.closest(CELL);
  if (page.kind === 'status' && page.statusId === id && cell) {
    let next = nextSibling(cell);
    for (let i = 0; next && i < 2; i++, next = nextSibling(next)) {
      const editor = queryFirst(next, X.postEditor);
      if (isHTMLElement(editor) && isFillable(editor)) return editor;
    }
  }
  return null;
}

function findComposer(doc: Document): HTMLElement | null {
  const all = findEditors(doc);
  const focused = focusedAmong(doc, all);
  if (focused) return focused;
  const dm = all.find((e) => X.dmComposer.some((s) => e.matches(s)));
  if (dm) return dm;
  const inDialog = all.find((e) => e.closest(DIALOG));
  return inDialog ?? all[0] ?? null;
}

export const xAdapter: PlatformAdapter = {
  id: 'x',
  hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
  findItems(root) {
    const url = pageUrlOf(root as Node);
    const page = xPageOf(url);
    const found = queryAll(root, [...X.tweet, ...X.dmEntry]);
    const items: Element[] = [];
    for (const el of found) {
      if (el.matches(DM_ENTRY)) {
        items.push(el);
        continue;
      }
      if (page.kind === 'other' || !isCandidateTweet(el) || !tweetId(el)) continue;
      if (page.kind === 'status' && !placeInConversation(el, page.statusId).isItem) continue;
      items.push(el);
    }
    return items;
  },
  extract(el, ctx) {
    if (el.matches(DM_ENTRY)) return extractMessage(el, ctx);
    if (el.matches(TWEET)) return extractTweet(el, ctx);
    return null;
  },
  findReplyEditor,
  findComposer,
  findEditors,
  editorEngine: detectEditorEngine,
  detectOwnHandle,
  readProfileCounts,
  badgeAnchor(item) {
    return ownPart(item, X.userName) ?? item;
  },
};
