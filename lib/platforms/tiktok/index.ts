import { parseCount } from '../counts';
import { docLang, focusedAmong, isHTMLElement, labelOf, queryAll, queryFirst, textOf, uniqueEditors } from '../dom';
import { detectEditorEngine, isFillable } from '../engine';
import { buildItem } from '../item';
import { parseTimeText, tiktokIdTime, type ParsedTime } from '../time';
import type { ExtractContext, PageItem, PlatformAdapter, ProfileCounts } from '../types';
import { TT } from './selectors';

const ITEM = TT.item.join(',');
const THREAD = TT.thread.join(',');

function handleFromHref(href: string | null): string {
  const m = href ? /\/@([A-Za-z0-9._]{1,40})/.exec(href) : null;
  return m ? m[1]! : '';
}

function own(el: Element, selectors: readonly string[]): Element | null {
  for (const s of selectors) for (const m of Array.from(el.querySelectorAll(s))) if (m.closest(ITEM) === el) return m;
  return null;
}

/** TikTok's own comment id, where the markup carries one (id attribute or data-cid). */
export function commentId(el: Element): string | null {
  for (const node of [el, el.firstElementChild]) {
    const v = node?.getAttribute('data-cid') ?? node?.getAttribute('id') ?? null;
    if (v && /^\d{15,20}$/.test(v)) return v;
  }
  return null;
}

/** The wrapper of a comment and its replies (not a reply's own wrapper in the 2023 markup). */
function threadOf(item: Element): Element | null {
  return item.closest(TT.replies.join(','))?.parentElement?.closest(THREAD) ?? item.closest(THREAD);
}

function itemOfText(text: Element): Element | null {
  return text.closest(ITEM);
}

function timeOf(el: Element, id: string | null, ctx: ExtractContext): { time: ParsedTime | null; text: string } {
  const lang = docLang(el);
  let label = '';
  for (const s of TT.time) {
    const t = Array.from(el.querySelectorAll(s)).find((x) => x.closest(ITEM) === el);
    const l = labelOf(t);
    if (l && parseTimeText(l, { now: ctx.now, lang })) {
      label = l;
      break;
    }
  }
  // Comment ids carry the creation second; the printed "2h ago" is a fallback.
  const fromId = id ? tiktokIdTime(id) : null;
  if (fromId !== null) return { time: { at: fromId, precision: 'exact' }, text: label };
  return { time: label ? parseTimeText(label, { now: ctx.now, lang }) : null, text: label };
}

function extract(el: Element, ctx: ExtractContext): PageItem | null {
  if (!el.matches(ITEM)) return null;
  const textEl = own(el, TT.text);
  if (!textEl) return null;
  const userEl = own(el, TT.username);
  const link = userEl?.closest('a[href]') ?? userEl?.querySelector('a[href]') ?? own(el, ['a[href^="/@"]']);
  const handle = handleFromHref(link?.getAttribute('href') ?? null);
  const id = commentId(el);
  const isReply = textEl.getAttribute('data-e2e') === 'comment-level-2' || !!el.closest(TT.replies.join(','));
  let parentId: string | null = null;
  if (isReply) {
    const thread = threadOf(el);
    const firstText = thread?.querySelector(TT.text[0]);
    const top = firstText ? itemOfText(firstText) : null;
    if (top && top !== el) parentId = commentId(top) ?? extract(top, ctx)?.id ?? null;
  }
  const { time, text: timeText } = timeOf(el, id, ctx);
  return buildItem(
    {
      id,
      kind: isReply ? 'reply' : 'comment',
      // The name sits in the profile link; a "Creator" badge may follow it in the same box.
      author: labelOf(userEl?.querySelector('a[href]') ?? userEl) || handle,
      authorHandle: handle,
      text: textOf(textEl),
      time,
      timeText,
      permalink: null,
      parentId,
    },
    ctx,
  );
}

function findEditors(root: ParentNode): HTMLElement[] {
  return uniqueEditors(queryAll(root, TT.editor).filter(isFillable));
}

function readProfileCounts(doc: Document, url: URL): ProfileCounts | null {
  const m = /^\/@([A-Za-z0-9._]+)\/?$/.exec(url.pathname);
  const followersEl = queryFirst(doc, TT.followers);
  if (!m || !followersEl) return null;
  const lang = docLang(doc);
  const counts: ProfileCounts = {
    handle: (labelOf(queryFirst(doc, TT.profileTitle)) || m[1]!).replace(/^@/, '').toLowerCase(),
    displayName: labelOf(queryFirst(doc, TT.profileSubtitle)) || null,
  };
  const set = (key: 'followers' | 'following' | 'likes', sel: readonly string[]) => {
    const n = parseCount(labelOf(queryFirst(doc, sel)), { lang });
    if (n !== null) counts[key] = n;
  };
  set('followers', TT.followers);
  set('following', TT.following);
  set('likes', TT.likes);
  return counts;
}

export const tiktokAdapter: PlatformAdapter = {
  id: 'tiktok',
  hosts: ['www.tiktok.com', 'tiktok.com', 'm.tiktok.com'],
  findItems(root) {
    const out: Element[] = [];
    const seen = new Set<Element>();
    for (const t of queryAll(root, TT.text)) {
      const item = itemOfText(t);
      if (!item || seen.has(item) || !(item === root || (root as Node).contains(item))) continue;
      seen.add(item);
      out.push(item);
    }
    return out;
  },
  extract,
  findReplyEditor(item) {
    const thread = threadOf(item);
    if (!thread) return null;
    const editor = queryFirst(thread, TT.editor);
    return isHTMLElement(editor) && isFillable(editor) ? editor : null;
  },
  findComposer(doc) {
    const all = findEditors(doc);
    const focused = focusedAmong(doc, all);
    if (focused) return focused;
    const main = queryFirst(doc, TT.mainInput);
    return isHTMLElement(main) ? main : (all[0] ?? null);
  },
  findEditors,
  editorEngine: detectEditorEngine,
  detectOwnHandle(doc) {
    const h = handleFromHref(queryFirst(doc, TT.navProfile)?.getAttribute('href') ?? null);
    return h ? h.toLowerCase() : null;
  },
  readProfileCounts,
  badgeAnchor(item) {
    return own(item, TT.username)?.parentElement ?? item;
  },
};
