import { parseCount } from '../counts';
import { absoluteUrl, docLang, focusedAmong, isHTMLElement, labelOf, pageUrlOf, queryAll, queryFirst, textOf, uniqueEditors } from '../dom';
import { detectEditorEngine, isFillable } from '../engine';
import { buildItem } from '../item';
import { parseIsoTime } from '../time';
import type { ExtractContext, PageItem, PlatformAdapter, ProfileCounts } from '../types';
import { TH, THREAD_GROUP_DEPTH } from './selectors';

const POST = TH.post.join(',');
const DIALOG = TH.dialog.join(',');

function postCode(href: string | null): string | null {
  const m = href ? /\/post\/([A-Za-z0-9_-]+)/.exec(href) : null;
  return m ? m[1]! : null;
}

function handleFromHref(href: string | null): string {
  const m = href ? /^(?:https?:\/\/(?:www\.)?threads\.(?:net|com))?\/@([A-Za-z0-9._]{1,30})/.exec(href) : null;
  return m ? m[1]! : '';
}

function ownTime(post: Element): Element | null {
  for (const t of Array.from(post.querySelectorAll(TH.time.join(',')))) if (t.closest(POST) === post) return t;
  return null;
}

export function codeOf(post: Element): string | null {
  return postCode(ownTime(post)?.closest('a')?.getAttribute('href') ?? null);
}

function pageCode(url: URL | null): string | null {
  return url ? (/^\/@[^/]+\/post\/([A-Za-z0-9_-]+)/.exec(url.pathname)?.[1] ?? null) : null;
}

function ancestor(el: Element, depth: number): Element | null {
  let a: Element | null = el;
  for (let i = 0; a && i < depth; i++) a = a.parentElement;
  return a;
}

interface Placement {
  isItem: boolean;
  kind: 'comment' | 'reply';
  parentId: string | null;
}

const focalCache = new WeakMap<Document, { code: string; el: Element | null }>();

/** The focal post, looked up once per page rather than once per reply. */
function focalPost(doc: Document, code: string): Element | null {
  const cached = focalCache.get(doc);
  if (cached && cached.code === code && cached.el?.isConnected) return cached.el;
  const time = Array.from(doc.querySelectorAll(`a[href*="/post/${code}"] time`)).find((t) => !t.closest(DIALOG));
  const el = time?.closest(POST) ?? null;
  focalCache.set(doc, { code, el });
  return el;
}

/** Items on a post page are the replies: every post but the focal one (and what it answers). */
function place(post: Element, focalCode: string, doc: Document): Placement {
  const no: Placement = { isItem: false, kind: 'comment', parentId: null };
  if (post.closest(DIALOG)) return no;
  const code = codeOf(post);
  if (!code || code === focalCode) return no;
  const focal = focalPost(doc, focalCode);
  // Posts above the focal one are the conversation it answers, not replies to it.
  if (focal && (focal.compareDocumentPosition(post) & 2) !== 0) return no;
  const group = ancestor(post, THREAD_GROUP_DEPTH);
  // A reply chain is a small group; the whole reply list (many children) is not one.
  if (group && group.childElementCount <= 12 && (!focal || !group.contains(focal))) {
    const members = Array.from(group.querySelectorAll(POST));
    const i = members.indexOf(post);
    if (members.length >= 2 && members.length <= 12 && i > 0) {
      const prev = codeOf(members[i - 1]!);
      if (prev) return { isItem: true, kind: 'reply', parentId: prev };
    }
  }
  return { isItem: true, kind: 'comment', parentId: focalCode };
}

function extract(el: Element, ctx: ExtractContext): PageItem | null {
  if (!el.matches(POST) || !el.ownerDocument) return null;
  const focalCode = pageCode(ctx.url);
  if (!focalCode) return null;
  const p = place(el, focalCode, el.ownerDocument);
  if (!p.isItem) return null;
  const time = ownTime(el);
  const link = time?.closest('a');
  const authorLink = Array.from(el.querySelectorAll(TH.authorLink.join(','))).find((a) => a.closest(POST) === el && handleFromHref(a.getAttribute('href')) && !postCode(a.getAttribute('href')));
  const handle = handleFromHref(authorLink?.getAttribute('href') ?? null);
  const textEl = Array.from(el.querySelectorAll(TH.text.join(','))).find(
    (s) => s.closest(POST) === el && !s.closest('a, [role="button"], time') && !s.querySelector('time') && labelOf(s) !== '',
  );
  return buildItem(
    {
      id: codeOf(el),
      kind: p.kind,
      author: handle,
      authorHandle: handle,
      text: textOf(textEl, { blockBreaks: false }),
      time: parseIsoTime(time?.getAttribute('datetime')),
      timeText: time?.getAttribute('datetime') ?? '',
      permalink: absoluteUrl(link?.getAttribute('href'), ctx.url),
      parentId: p.parentId,
    },
    ctx,
  );
}

function findEditors(root: ParentNode): HTMLElement[] {
  return uniqueEditors(queryAll(root, TH.editor).filter(isFillable));
}

function readProfileCounts(doc: Document, url: URL): ProfileCounts | null {
  const m = /^\/@([A-Za-z0-9._]+)\/?$/.exec(url.pathname);
  if (!m) return null;
  const lang = docLang(doc);
  for (const el of queryAll(doc, TH.followers)) {
    const host = el.closest('a, [role="button"], div') ?? el;
    const label = labelOf(host);
    if (!/followers|pengikut/i.test(label) || label.length > 60) continue;
    const exact = (el.matches('[title]') ? el : host.querySelector('[title]'))?.getAttribute('title');
    const n = parseCount(exact && /\d/.test(exact) ? exact : label, { lang });
    if (n === null) continue;
    return { handle: m[1]!.toLowerCase(), displayName: labelOf(doc.querySelector('h1')) || null, followers: n };
  }
  return null;
}

export const threadsAdapter: PlatformAdapter = {
  id: 'threads',
  hosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  findItems(root) {
    const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
    const focalCode = pageCode(pageUrlOf(root as Node));
    if (!doc || !focalCode) return [];
    return queryAll(root, TH.post).filter((p) => place(p, focalCode, doc).isItem);
  },
  extract,
  findReplyEditor(item) {
    const code = codeOf(item);
    if (!code) return null;
    for (const dialog of Array.from(item.ownerDocument.querySelectorAll(DIALOG))) {
      if (!dialog.querySelector(`a[href*="/post/${code}"]`)) continue;
      const editor = queryFirst(dialog, TH.editor);
      if (isHTMLElement(editor) && isFillable(editor)) return editor;
    }
    return null;
  },
  findComposer(doc) {
    const all = findEditors(doc);
    return focusedAmong(doc, all) ?? all.find((e) => e.closest(DIALOG)) ?? all[0] ?? null;
  },
  findEditors,
  editorEngine: detectEditorEngine,
  detectOwnHandle(doc) {
    const icon = queryFirst(doc, TH.navProfileIcon);
    const h = handleFromHref(icon?.closest('a')?.getAttribute('href') ?? null);
    return h ? h.toLowerCase() : null;
  },
  readProfileCounts,
  badgeAnchor(item) {
    return ownTime(item)?.closest('a')?.parentElement ?? item;
  },
};
