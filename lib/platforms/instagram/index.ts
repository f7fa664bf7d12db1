import { parseCount } from '../counts';
import { absoluteUrl, docLang, focusedAmong, isHTMLElement, labelOf, queryAll, queryFirst, textOf, uniqueEditors } from '../dom';
import { detectEditorEngine, isFillable } from '../engine';
import { buildItem } from '../item';
import { extractChatRow, isChatRow, type ChatSelectors, type Partner } from '../meta-chat';
import { parseIsoTime } from '../time';
import type { ExtractContext, PageItem, PlatformAdapter, ProfileCounts } from '../types';
import { IG, RESERVED_PATHS } from './selectors';

const ROW = IG.commentRow.join(',');
const TIME = IG.commentTime.join(',');

const CHAT: ChatSelectors = {
  grid: IG.dmGrid,
  row: IG.dmRow,
  cell: IG.dmCell,
  sender: IG.dmSender,
  text: IG.dmText,
  dateBreak: IG.dmDateBreak,
  notConversation: IG.dmChatList,
};

export function handleFromHref(href: string | null): string {
  const m = href ? /^(?:https?:\/\/(?:www\.)?instagram\.com)?\/([A-Za-z0-9._]{1,30})\/?(?:[?#]|$)/.exec(href) : null;
  return m && !RESERVED_PATHS.has(m[1]!.toLowerCase()) ? m[1]! : '';
}

/** Comment and reply ids from /p/<code>/c/<comment id>/ and /p/<code>/c/<comment id>/r/<reply id>/. */
export function commentRef(href: string | null): { id: string; parentId: string | null } | null {
  const m = href ? /\/c\/(\d+)(?:\/r\/(\d+))?/.exec(href) : null;
  if (!m) return null;
  return m[2] ? { id: m[2], parentId: m[1]! } : { id: m[1]!, parentId: null };
}

function ownTime(row: Element): Element | null {
  for (const t of Array.from(row.querySelectorAll(TIME))) if (t.closest(ROW) === row) return t;
  return null;
}

function rowOf(time: Element): Element | null {
  return time.closest(ROW);
}

function extractComment(row: Element, ctx: ExtractContext): PageItem | null {
  const time = ownTime(row);
  const link = time?.closest('a');
  const ref = commentRef(link?.getAttribute('href') ?? null);
  if (!time || !link || !ref) return null;
  let authorLink: Element | null = null;
  for (const s of IG.author) {
    authorLink = Array.from(row.querySelectorAll(s)).find((a) => a.closest(ROW) === row && handleFromHref(a.getAttribute('href'))) ?? null;
    if (authorLink) break;
  }
  const handle = handleFromHref(authorLink?.getAttribute('href') ?? null);
  const textEl = Array.from(row.querySelectorAll(IG.text.join(','))).find(
    (s) => s.closest(ROW) === row && !s.closest('h2, h3, a, time, button, [role="button"] > span:only-child') && !s.querySelector('span[dir="auto"]'),
  );
  return buildItem(
    {
      id: ref.id,
      kind: ref.parentId ? 'reply' : 'comment',
      author: labelOf(authorLink) || handle,
      authorHandle: handle,
      text: textOf(textEl),
      time: parseIsoTime(time.getAttribute('datetime')),
      timeText: time.getAttribute('datetime') ?? '',
      permalink: absoluteUrl(link.getAttribute('href'), ctx.url),
      parentId: ref.parentId,
    },
    ctx,
  );
}

function partnerOf(doc: Document | null): Partner | null {
  const link = doc ? queryFirst(doc, IG.dmHeader) : null;
  const handle = handleFromHref(link?.getAttribute('href') ?? null);
  if (!link || !handle) return null;
  const spans = Array.from(link.querySelectorAll('span')).map((s) => labelOf(s)).filter((t) => t && t !== handle);
  return { name: spans[0] ?? handle, handle };
}

function findEditors(root: ParentNode): HTMLElement[] {
  return uniqueEditors(queryAll(root, [...IG.commentBox, ...IG.dmComposer]).filter(isFillable));
}

function findComposer(doc: Document): HTMLElement | null {
  const all = findEditors(doc);
  const focused = focusedAmong(doc, all);
  if (focused) return focused;
  const dm = queryFirst(doc, IG.dmComposer);
  if (isHTMLElement(dm) && isFillable(dm)) return dm;
  return all[0] ?? null;
}

function readProfileCounts(doc: Document, url: URL): ProfileCounts | null {
  const parts = url.pathname.split('/').filter(Boolean);
  const handle = parts[0];
  if (!handle || parts.length > 2 || RESERVED_PATHS.has(handle.toLowerCase())) return null;
  const header = queryFirst(doc, IG.profileHeader);
  if (!header) return null;
  const lang = docLang(doc);
  const lower = handle.toLowerCase();
  const counts: ProfileCounts = { handle: lower, displayName: null };
  for (const li of Array.from(header.querySelectorAll(IG.profileStats.join(',')))) {
    const label = labelOf(li).toLowerCase();
    // The exact figure is in a title attribute ("12,345") when the label is compact ("12.3K").
    const exact = li.querySelector('[title]')?.getAttribute('title');
    const n = parseCount(exact && /\d/.test(exact) ? exact : label, { lang });
    if (n === null) continue;
    const href = (li.querySelector('a[href]')?.getAttribute('href') ?? '').toLowerCase();
    if (href.endsWith('/followers/') || /followers|pengikut/.test(label)) counts.followers = n;
    else if (href.endsWith('/following/') || /following|mengikuti/.test(label)) counts.following = n;
    else if (/post|postingan|kiriman/.test(label)) counts.posts = n;
  }
  const name = Array.from(header.querySelectorAll('span[dir="auto"]')).find((s) => !s.closest('ul, a, h1, h2, button') && labelOf(s) && labelOf(s).toLowerCase() !== lower);
  counts.displayName = labelOf(name) || null;
  return counts;
}

export const instagramAdapter: PlatformAdapter = {
  id: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com', 'm.instagram.com'],
  findItems(root) {
    const out: Element[] = [];
    const seen = new Set<Element>();
    for (const el of queryAll(root, [...IG.commentTime, ...IG.dmRow])) {
      const item = el.matches(TIME) ? rowOf(el) : isChatRow(el, CHAT) ? el : null;
      if (!item || seen.has(item)) continue;
      seen.add(item);
      out.push(item);
    }
    // A scan rooted inside a comment row finds its time but not the row: keep only rows under root.
    return out.filter((el) => el === root || (root as Node).contains(el));
  },
  extract(el, ctx) {
    if (isChatRow(el, CHAT)) return extractChatRow(el, CHAT, partnerOf(el.ownerDocument), ctx);
    if (el.matches(ROW)) return extractComment(el, ctx);
    return null;
  },
  findReplyEditor(item) {
    if (isChatRow(item, CHAT)) return findComposer(item.ownerDocument);
    const handle = handleFromHref(queryFirst(item, IG.author)?.getAttribute('href') ?? null).toLowerCase();
    if (!handle) return null;
    const scope = item.closest('article, [role="dialog"], main') ?? item.ownerDocument;
    for (const box of queryAll(scope, IG.commentBox)) {
      const value = ((box as HTMLTextAreaElement).value ?? box.textContent ?? '').trimStart().toLowerCase();
      // Instagram's Reply button prefills the post's comment box with "@handle ".
      if (value.startsWith(`@${handle} `) || value === `@${handle}`) return isHTMLElement(box) ? box : null;
    }
    return null;
  },
  findComposer,
  findEditors,
  editorEngine: detectEditorEngine,
  detectOwnHandle(doc) {
    for (const a of queryAll(doc, IG.navLink)) {
      if (!a.querySelector('img[alt]')) continue;
      if (!/^(profile|profil)$/i.test(labelOf(a))) continue;
      const h = handleFromHref(a.getAttribute('href'));
      if (h) return h.toLowerCase();
    }
    return null;
  },
  readProfileCounts,
  badgeAnchor(item) {
    return queryFirst(item, ['h3', 'h2']) ?? item;
  },
};
