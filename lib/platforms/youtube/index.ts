import { parseCount } from '../counts';
import {
  absoluteUrl, docLang, focusedAmong, isHTMLElement, isHiddenElement, labelOf, queryAll, queryFirst, textOf, uniqueEditors,
} from '../dom';
import { detectEditorEngine, isFillable } from '../engine';
import { buildItem } from '../item';
import { parseTimeText } from '../time';
import type { ExtractContext, PageItem, PlatformAdapter, ProfileCounts } from '../types';
import { YT } from './selectors';

const COMMENT = YT.comment.join(',');
const REPLIES = YT.replies.join(',');
const THREAD = YT.thread.join(',');

function timeLink(el: Element): Element | null {
  for (const s of YT.publishedTime) {
    const a = el.querySelector(s);
    if (a && a.closest(COMMENT) === el) return a;
  }
  return null;
}

/** The comment id from the `lc=` parameter of the published-time link. */
export function commentId(el: Element): string | null {
  const href = timeLink(el)?.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, 'https://www.youtube.com').searchParams.get('lc');
  } catch {
    return null;
  }
}

function handleFromHref(href: string | null): string {
  const m = href ? /\/@([^/?#]+)/.exec(href) : null;
  return m ? decodeURIComponent(m[1]!) : '';
}

function author(el: Element): { name: string; handle: string } {
  let link: Element | null = null;
  for (const s of YT.authorLink) {
    const a = el.querySelector(s);
    if (a && a.closest(COMMENT) === el && !isHiddenElement(a)) {
      link = a;
      break;
    }
  }
  if (!link) {
    const badge = queryFirst(el, YT.creatorBadge);
    if (badge && badge.closest(COMMENT) === el) link = badge;
  }
  const name = labelOf(link);
  return { name, handle: handleFromHref(link?.getAttribute('href') ?? null) || (name.startsWith('@') ? name.slice(1) : '') };
}

function extract(el: Element, ctx: ExtractContext): PageItem | null {
  if (!el.matches(COMMENT)) return null;
  const link = timeLink(el);
  const id = commentId(el);
  const { name, handle } = author(el);
  if (!link || (!name && !handle)) return null;
  const timeText = labelOf(link);
  const isReply = !!el.closest(REPLIES);
  let parentId: string | null = null;
  if (isReply) {
    // Reply ids are "<parent id>.<reply id>"; the thread's first comment is the parent otherwise.
    const dot = id?.indexOf('.') ?? -1;
    if (id && dot > 0) parentId = id.slice(0, dot);
    else {
      const top = el.closest(THREAD)?.querySelector(COMMENT);
      parentId = top && top !== el ? commentId(top) : null;
    }
  }
  const textEl = YT.contentText.map((s) => el.querySelector(s)).find((t) => t && t.closest(COMMENT) === el) ?? null;
  return buildItem(
    {
      id,
      kind: isReply ? 'reply' : 'comment',
      author: name || handle,
      authorHandle: handle,
      text: textOf(textEl, { blockBreaks: false }),
      time: parseTimeText(timeText, { now: ctx.now, lang: docLang(el) }),
      timeText,
      permalink: absoluteUrl(link.getAttribute('href'), ctx.url),
      parentId,
    },
    ctx,
  );
}

function findEditors(root: ParentNode): HTMLElement[] {
  return uniqueEditors(queryAll(root, YT.editor).filter(isFillable));
}

function findComposer(doc: Document): HTMLElement | null {
  const all = findEditors(doc);
  const focused = focusedAmong(doc, all);
  if (focused) return focused;
  const main = queryFirst(doc, YT.mainBox);
  if (isHTMLElement(main)) return main;
  // Until clicked, the top comment box is only a placeholder (role=textbox): the inserter clicks it first.
  const placeholder = queryFirst(doc, YT.simpleboxPlaceholder);
  return isHTMLElement(placeholder) ? placeholder : null;
}

function readProfileCounts(doc: Document, url: URL): ProfileCounts | null {
  const m = /^\/@([^/]+)(?:\/(?:featured|videos|shorts|streams|community|posts|playlists|about))?\/?$/.exec(url.pathname);
  if (!m) return null;
  const meta = queryFirst(doc, YT.channelMetadata);
  if (!meta) return null;
  const lang = docLang(doc);
  const counts: ProfileCounts = { handle: decodeURIComponent(m[1]!).toLowerCase(), displayName: labelOf(queryFirst(doc, YT.channelName)) || null };
  // Rows and "•" delimiters separate the figures; the handle line has none.
  for (const part of textOf(meta).split(/[•·\n]/)) {
    const p = part.trim().toLowerCase();
    const n = parseCount(p, { lang });
    if (n === null) continue;
    if (/subscriber|pelanggan/.test(p)) counts.followers = n;
    else if (/video/.test(p)) counts.posts = n;
    else if (/view|ditonton|tayangan/.test(p)) counts.views = n;
  }
  return counts;
}

export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'],
  findItems(root) {
    return queryAll(root, YT.comment).filter((el) => timeLink(el) !== null);
  },
  extract,
  findReplyEditor(item) {
    const editor = YT.replyEditor.map((s) => item.querySelector(s)).find((e) => e && e.closest(COMMENT) === item) ?? null;
    return isHTMLElement(editor) && isFillable(editor) ? editor : null;
  },
  findComposer,
  findEditors,
  editorEngine: detectEditorEngine,
  detectOwnHandle(doc) {
    const el = queryFirst(doc, YT.ownHandle);
    const h = labelOf(el).replace(/^@/, '').toLowerCase();
    return h || null;
  },
  readProfileCounts,
  badgeAnchor(item) {
    // Beside the comment's time, in the author row: the badge takes no line of its own, so marking a
    // comment does not push the rest of the thread down.
    const time = item.querySelector(YT.publishedTimeBox.join(','));
    if (time && time.closest(COMMENT) === item) return time;
    return YT.header.map((s) => item.querySelector(s)).find((h) => h && h.closest(COMMENT) === item) ?? item;
  },
};
