import { absoluteUrl, docLang, focusedAmong, isHTMLElement, labelOf, queryAll, queryFirst, textOf, uniqueEditors } from '../dom';
import { detectEditorEngine, isFillable } from '../engine';
import { buildItem } from '../item';
import { parseTimeText, type ParsedTime } from '../time';
import { findLabeledCount } from '../counts';
import type { ExtractContext, PageItem, PlatformAdapter, ProfileCounts } from '../types';
import { extractChatRow, isChatRow, type ChatSelectors, type Partner } from '../meta-chat';
import { FB, RESERVED_PATHS } from './selectors';

const ARTICLE = FB.article.join(',');
const CELL = FB.messageCell.join(',');
const EDITOR = FB.editor.join(',');

/** The handle in a profile URL: the vanity name, or the numeric id of profile.php?id=…. */
export function handleFromProfileHref(href: string | null): string {
  if (!href) return '';
  let u: URL;
  try {
    u = new URL(href, 'https://www.facebook.com');
  } catch {
    return '';
  }
  if (!/(^|\.)(facebook|messenger)\.com$/.test(u.hostname)) return '';
  const parts = u.pathname.split('/').filter(Boolean);
  const first = parts[0] ?? '';
  if (first === 'profile.php') return u.searchParams.get('id') ?? '';
  if (first === 'people' && parts[2]) return parts[2];
  if (!first || RESERVED_PATHS.has(first.toLowerCase())) return '';
  return decodeURIComponent(first);
}

interface CommentRef {
  id: string;
  parentId: string | null;
}

function commentRef(href: string | null): CommentRef | null {
  if (!href) return null;
  try {
    const u = new URL(href, 'https://www.facebook.com');
    const comment = u.searchParams.get('comment_id');
    const reply = u.searchParams.get('reply_comment_id');
    if (reply && /^\d+$/.test(reply)) return { id: reply, parentId: comment && /^\d+$/.test(comment) ? comment : null };
    if (comment && /^\d+$/.test(comment)) return { id: comment, parentId: null };
  } catch {
    // fall through
  }
  return null;
}

/** The comment's own time link: a comment_id link whose text reads as a time. */
function timeLinkOf(article: Element, now: number, lang: string): { link: Element; time: ParsedTime; label: string } | null {
  for (const a of Array.from(article.querySelectorAll(FB.commentLink.join(',')))) {
    if (a.closest(ARTICLE) !== article) continue;
    const label = labelOf(a);
    if (!label || label.length > 40) continue;
    const time = parseTimeText(label, { now, lang });
    if (time) return { link: a, time, label };
  }
  return null;
}

function authorLinkOf(article: Element, exclude: Element | null): Element | null {
  for (const a of Array.from(article.querySelectorAll(FB.commentLink.join(',')))) {
    if (a === exclude || a.closest(ARTICLE) !== article || a.getAttribute('aria-hidden') === 'true') continue;
    if (labelOf(a)) return a;
  }
  return null;
}

/** Tracking parameters (__cft__, __tn__) are dropped; the comment ids stay. */
function cleanPermalink(href: string | null, base: URL): string | null {
  const abs = absoluteUrl(href, base);
  if (!abs) return null;
  const u = new URL(abs);
  for (const key of Array.from(u.searchParams.keys())) if (key.startsWith('__')) u.searchParams.delete(key);
  return u.toString();
}

function commentText(article: Element): string {
  const paras = Array.from(article.querySelectorAll(FB.paragraph[0])).filter((p) => p.closest(ARTICLE) === article && !p.closest('a, ul'));
  const blocks = paras.length ? paras : Array.from(article.querySelectorAll(FB.paragraph[1])).filter((p) => p.closest(ARTICLE) === article && !p.closest('a, ul') && !p.querySelector('div[dir="auto"]'));
  return blocks.map((p) => textOf(p)).filter(Boolean).join('\n');
}

function extractComment(el: Element, ctx: ExtractContext): PageItem | null {
  const lang = docLang(el);
  const t = timeLinkOf(el, ctx.now, lang);
  if (!t) return null;
  const ref = commentRef(t.link.getAttribute('href'));
  const authorLink = authorLinkOf(el, t.link);
  const author = labelOf(authorLink);
  if (!author) return null;
  const label = el.getAttribute('aria-label') ?? '';
  const isReply = !!ref?.parentId || /^(reply by|balasan (?:oleh|dari))/i.test(label);
  return buildItem(
    {
      id: ref?.id ?? null,
      kind: isReply ? 'reply' : 'comment',
      author,
      authorHandle: handleFromProfileHref(authorLink?.getAttribute('href') ?? null),
      text: commentText(el),
      time: t.time,
      timeText: t.label,
      permalink: cleanPermalink(t.link.getAttribute('href'), ctx.url),
      parentId: ref?.parentId ?? null,
    },
    ctx,
  );
}

const CHAT: ChatSelectors = {
  grid: FB.messageGrid,
  row: FB.messageRow,
  cell: FB.messageCell,
  sender: FB.messageSender,
  text: FB.messageText.slice(0, 1),
  dateBreak: FB.dateBreak,
  notConversation: FB.chatList,
};

function isMessageRow(el: Element): boolean {
  return isChatRow(el, CHAT);
}

function partnerOf(doc: Document | null): Partner | null {
  const heading = doc ? queryFirst(doc, FB.conversationHeader) : null;
  if (!heading) return null;
  return { name: labelOf(heading), handle: handleFromProfileHref(heading.closest('a')?.getAttribute('href') ?? null) };
}

function extractMessage(row: Element, ctx: ExtractContext): PageItem | null {
  return extractChatRow(row, CHAT, partnerOf(row.ownerDocument), ctx);
}

function findEditors(root: ParentNode): HTMLElement[] {
  return uniqueEditors(queryAll(root, FB.editor).filter(isFillable));
}

function findReplyEditor(item: Element): HTMLElement | null {
  if (isMessageRow(item)) return findComposer(item.ownerDocument);
  const author = labelOf(authorLinkOf(item, null));
  if (!author) return null;
  let scope = item.parentElement;
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    for (const ed of Array.from(scope.querySelectorAll(EDITOR))) {
      // Boxes inside a comment belong to it; the post's own article wraps every thread, so it does not count.
      const inArticle = ed.closest(ARTICLE);
      if (inArticle && hasOwnCommentLink(inArticle)) continue;
      // Reply boxes are labelled "Reply to <name>" / "Balas <name>".
      if ((ed.getAttribute('aria-label') ?? '').includes(author) && isHTMLElement(ed) && isFillable(ed)) return ed;
    }
  }
  return null;
}

function findComposer(doc: Document): HTMLElement | null {
  const all = findEditors(doc);
  const focused = focusedAmong(doc, all);
  if (focused) return focused;
  const messenger = queryFirst(doc, FB.messageComposer);
  if (isHTMLElement(messenger) && queryFirst(doc, FB.messageGrid)) return messenger;
  return all.find((e) => !/^(reply|balas)\b/i.test(e.getAttribute('aria-label') ?? '')) ?? all[0] ?? null;
}

export const facebookAdapter: PlatformAdapter = {
  id: 'facebook',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com', 'www.messenger.com', 'messenger.com'],
  findItems(root) {
    const out: Element[] = [];
    for (const el of queryAll(root, [...FB.article, ...FB.messageRow])) {
      if (el.matches(ARTICLE) ? hasOwnCommentLink(el) : isMessageRow(el)) out.push(el);
    }
    return out;
  },
  extract(el, ctx) {
    if (el.matches(ARTICLE)) return extractComment(el, ctx);
    if (isMessageRow(el)) return extractMessage(el, ctx);
    return null;
  },
  findReplyEditor,
  findComposer,
  findEditors,
  editorEngine: detectEditorEngine,
  detectOwnHandle(doc) {
    for (const s of FB.navProfile) {
      for (const a of Array.from(doc.querySelectorAll(s))) {
        const h = handleFromProfileHref(a.getAttribute('href'));
        if (h) return h.toLowerCase();
      }
    }
    return null;
  },
  readProfileCounts(doc, url) {
    const handle = handleFromProfileHref(url.toString());
    if (!handle || !/(^|\.)facebook\.com$/.test(url.hostname)) return null;
    const lang = docLang(doc);
    const scope = queryFirst(doc, FB.profileHeader) ?? doc;
    // Page and profile headers print the figures as linked text: "12K followers · 321 following".
    const followers = findLabeledCount(scope, /followers|pengikut/, { lang, selector: FB.profileCountLink.join(',') });
    const following = findLabeledCount(scope, /following|mengikuti/, { lang, selector: FB.profileCountLink.join(',') });
    const likes = findLabeledCount(scope, /likes|suka/, { lang, selector: FB.profileCountLink.join(',') });
    if (followers === null && following === null && likes === null) return null;
    const counts: ProfileCounts = { handle: handle.toLowerCase(), displayName: labelOf(queryFirst(scope, ['h1'])) || null };
    if (followers !== null) counts.followers = followers;
    if (following !== null) counts.following = following;
    if (likes !== null) counts.likes = likes;
    return counts;
  },
  badgeAnchor(item) {
    if (isMessageRow(item)) return item.querySelector(CELL) ?? item;
    return authorLinkOf(item, null)?.parentElement ?? item;
  },
};

/** A comment article has its own time link with a numeric comment id; a post article has none. */
function hasOwnCommentLink(article: Element): boolean {
  for (const a of Array.from(article.querySelectorAll(FB.commentLink.join(',')))) {
    if (a.closest(ARTICLE) === article && commentRef(a.getAttribute('href'))) return true;
  }
  return false;
}
