import { absoluteUrl, docLang, focusedAmong, isHTMLElement, labelOf, previousSiblings, queryAll, queryFirst, textOf, uniqueEditors } from '../dom';
import { detectEditorEngine, isFillable } from '../engine';
import { buildItem } from '../item';
import { linkedinIdTime, parseLinkedinCommentUrn, parseTimeText, type ParsedTime } from '../time';
import { findLabeledCount } from '../counts';
import type { ExtractContext, PageItem, PlatformAdapter } from '../types';
import { LI } from './selectors';

const CLASSIC = LI.classicComment.join(',');
const NEW = LI.newComment.join(',');
const COMMENT = `${CLASSIC},${NEW}`;
const MESSAGE = LI.message.join(',');

/** The member (/in/) or company (/company/, /school/, /showcase/) slug of a profile link. */
export function handleFromHref(href: string | null): string {
  const m = href ? /linkedin\.com\/(?:in|company|school|showcase)\/([^/?#]+)|^\/(?:in|company|school|showcase)\/([^/?#]+)/.exec(href) : null;
  const slug = m ? (m[1] ?? m[2]) : null;
  return slug ? decodeURIComponent(slug) : '';
}

/** The comment URN from data-id (classic) or componentkey="replaceableComment_<urn>" (new layout). */
export function commentUrn(el: Element): string | null {
  const dataId = el.getAttribute('data-id') ?? el.getAttribute('data-urn');
  if (dataId && dataId.startsWith('urn:li:')) return dataId;
  const key = el.getAttribute('componentkey');
  const m = key ? /(urn:li:(?:fsd_)?comment:\([^)]*\))/.exec(key) : null;
  return m ? m[1]! : null;
}

function own<E extends Element>(el: Element, selectors: readonly string[]): E | null {
  for (const s of selectors) {
    for (const m of Array.from(el.querySelectorAll<E>(s))) if (m.closest(COMMENT) === el) return m;
  }
  return null;
}

/** "Sari Dewi • 2nd", "Kelola Demo • Author" → the name alone. */
function cleanName(s: string): string {
  return s.replace(/\s*[•·]\s*(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th)|following|mengikuti|author|penulis|you|anda|premium|verified)\b.*$/i, '').trim();
}

function relativeTime(el: Element, candidates: Element[], ctx: ExtractContext): { time: ParsedTime | null; text: string } {
  const lang = docLang(el);
  for (const c of candidates) {
    const t = labelOf(c);
    if (!t || t.length > 30) continue;
    const parsed = parseTimeText(t, { now: ctx.now, lang });
    if (parsed) return { time: parsed, text: t };
  }
  return { time: null, text: '' };
}

function extractComment(el: Element, ctx: ExtractContext): PageItem | null {
  const urn = commentUrn(el);
  const parsedUrn = urn ? parseLinkedinCommentUrn(urn) : null;
  const classic = el.matches(CLASSIC);
  const parentEl = el.parentElement?.closest(COMMENT) ?? null;
  const parentUrn = parentEl ? commentUrn(parentEl) : null;

  let authorLink: Element | null;
  let author: string;
  let text: string;
  let timeCandidates: Element[];
  if (classic) {
    authorLink = own(el, LI.classicAuthorLink);
    author = cleanName(labelOf(own(el, LI.classicAuthorName)) || labelOf(authorLink));
    text = textOf(own(el, LI.classicText));
    timeCandidates = LI.classicTime.flatMap((s) => Array.from(el.querySelectorAll(s)).filter((t) => t.closest(COMMENT) === el));
  } else {
    authorLink = own(el, LI.newActor);
    const firstLine = authorLink?.querySelector('p');
    author = cleanName(labelOf(firstLine?.querySelector('span') ?? firstLine ?? authorLink));
    text = textOf(own(el, LI.newText));
    // The new layout prints the time as a plain short paragraph next to the actor.
    timeCandidates = Array.from(el.querySelectorAll('time, p, span')).filter((t) => t.closest(COMMENT) === el && !t.closest('a, button') && !t.firstElementChild);
  }
  const handle = handleFromHref(authorLink?.getAttribute('href') ?? null);
  if (!author && !handle) return null;
  const idTime = parsedUrn ? linkedinIdTime(parsedUrn.commentId) : null;
  const visible = relativeTime(el, timeCandidates, ctx);
  const activity = parsedUrn?.thread ? `urn:li:${parsedUrn.thread}` : null;
  const permalink = activity && parsedUrn
    ? absoluteUrl(`/feed/update/${activity}?commentUrn=${encodeURIComponent(urn!)}`, ctx.url)
    : null;
  return buildItem(
    {
      id: urn,
      kind: parentEl ? 'reply' : 'comment',
      author: author || handle,
      authorHandle: handle,
      text,
      // The comment id carries its creation time to the millisecond; the printed "2h" is a fallback.
      time: idTime !== null ? { at: idTime, precision: 'exact' } : visible.time,
      timeText: visible.text,
      permalink,
      parentId: parentUrn,
    },
    ctx,
  );
}

interface Sender {
  name: string;
  handle: string;
  clock: string;
  own: boolean;
  first: boolean;
}

/** The sender of a message: its own group header, or the header of the group it continues. */
function senderOf(msg: Element): Sender | null {
  const item = msg.closest(LI.messageItem.join(',')) ?? msg;
  let first = true;
  const candidates = [item, ...previousSiblings(item, 60)];
  for (const li of candidates) {
    const m = li === item ? msg : li.querySelector(MESSAGE);
    const meta = m ? queryFirst(m, LI.messageMeta) : null;
    if (m && meta) {
      return {
        name: labelOf(queryFirst(meta, LI.messageName)),
        handle: handleFromHref(queryFirst(meta, LI.messageProfileLink)?.getAttribute('href') ?? null),
        clock: labelOf(queryFirst(meta, LI.messageClock)),
        own: !m.matches(LI.messageFromOther.join(',')),
        first,
      };
    }
    first = false;
  }
  return null;
}

function dayOf(msg: Element): string {
  const item = msg.closest(LI.messageItem.join(',')) ?? msg;
  for (const li of [item, ...previousSiblings(item, 300)]) {
    const heading = queryFirst(li, LI.messageDay);
    if (heading) return labelOf(heading);
  }
  return '';
}

function extractMessage(el: Element, ctx: ExtractContext): PageItem | null {
  const sender = senderOf(el);
  const text = textOf(queryFirst(el, LI.messageBody));
  if (!sender && !text) return null;
  const day = dayOf(el);
  const lang = docLang(el);
  let time: ParsedTime | null = null;
  if (sender?.clock) {
    time = parseTimeText(day ? `${day} ${sender.clock}` : sender.clock, { now: ctx.now, lang });
    if (time && !sender.first && time.precision === 'minute') time = { at: time.at, precision: 'hour' };
  }
  const urn = el.getAttribute('data-event-urn');
  return buildItem(
    {
      id: urn,
      kind: 'message',
      author: sender?.name ?? '',
      authorHandle: sender?.handle ?? '',
      text,
      time,
      timeText: `${day} ${sender?.clock ?? ''}`,
      permalink: null,
      parentId: null,
      isOwn: sender ? sender.own : undefined,
    },
    ctx,
  );
}

function findEditors(root: ParentNode): HTMLElement[] {
  return uniqueEditors(queryAll(root, LI.editor).filter(isFillable));
}

function findComposer(doc: Document): HTMLElement | null {
  const all = findEditors(doc);
  const focused = focusedAmong(doc, all);
  if (focused) return focused;
  const msg = queryFirst(doc, LI.messageComposer);
  if (isHTMLElement(msg)) return msg;
  const post = all.find((e) => !e.closest(COMMENT));
  return post ?? all[0] ?? null;
}

function findReplyEditor(item: Element): HTMLElement | null {
  if (item.matches(MESSAGE)) return findComposer(item.ownerDocument);
  // Replies to replies are typed in the top-level comment's reply box.
  let top = item;
  for (let p = item.parentElement?.closest(COMMENT); p; p = p.parentElement?.closest(COMMENT)) top = p;
  const selectors = top.matches(CLASSIC) ? LI.classicReplyEditor : LI.newReplyEditor;
  for (const s of selectors) {
    for (const ed of Array.from(top.querySelectorAll(s))) if (isHTMLElement(ed) && isFillable(ed)) return ed;
  }
  return null;
}

export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  findItems(root) {
    return queryAll(root, [...LI.classicComment, ...LI.newComment, ...LI.message]).filter(
      (el) => !el.matches(MESSAGE) || !el.parentElement?.closest(MESSAGE),
    );
  },
  extract(el, ctx) {
    if (el.matches(MESSAGE)) return extractMessage(el, ctx);
    if (el.matches(COMMENT)) return extractComment(el, ctx);
    return null;
  },
  findReplyEditor,
  findComposer,
  findEditors,
  editorEngine: detectEditorEngine,
  detectOwnHandle(doc) {
    const h = handleFromHref(queryFirst(doc, LI.identity)?.getAttribute('href') ?? null);
    return h ? h.toLowerCase() : null;
  },
  readProfileCounts(doc, url) {
    const m = /^\/(in|company|school|showcase)\/([^/]+)/.exec(url.pathname);
    if (!m) return null;
    const lang = docLang(doc);
    const scope = queryFirst(doc, LI.profileTopCard) ?? doc;
    // Top cards print "1,024 followers" / "1.024 pengikut" as plain text in a list of facts.
    const followers = findLabeledCount(scope, /followers|pengikut/, { lang, selector: LI.profileFacts.join(',') });
    if (followers === null) return null;
    return { handle: decodeURIComponent(m[2]!).toLowerCase(), displayName: labelOf(queryFirst(scope, ['h1'])) || null, followers };
  },
  badgeAnchor(item) {
    if (item.matches(MESSAGE)) return queryFirst(item, LI.messageMeta) ?? item;
    return own(item, [...LI.classicAuthorLink, ...LI.newActor]) ?? item;
  },
};
