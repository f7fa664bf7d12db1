import { clip, cleanHandle } from './dom';
import { hashKey } from './hash';
import { validateItem } from './item-schema';
import type { ParsedTime } from './time';
import type { ExtractContext, PageItem, PageItemKind } from './types';

export interface ItemDraft {
  /** The platform's id; null to fall back to a hash of author + time text + text. */
  id: string | null;
  kind: PageItemKind;
  author: string;
  authorHandle: string;
  text: string;
  time: ParsedTime | null;
  /** The time as printed, part of the fallback hash (stable across re-renders, unlike "now"). */
  timeText: string;
  permalink: string | null;
  parentId: string | null;
  /** Set when the page itself marks the author as the signed-in user (e.g. "You sent"). */
  isOwn?: boolean;
  /** Extra input for the fallback hash, e.g. the index among identical messages. */
  salt?: string;
}

const ID_OK = /^[\x21-\x7e]{1,160}$/;

/** Platform ids are used as they are when printable and short, hashed otherwise. */
export function safeId(id: string): string {
  return ID_OK.test(id) ? id : hashKey(id);
}

export function isOwnHandle(handle: string, ctx: ExtractContext): boolean {
  if (!handle) return false;
  return ctx.ownHandles.some((h) => cleanHandle(h) === handle);
}

/** Normalises a draft into a validated PageItem (or null when it does not pass the schema). */
export function buildItem(d: ItemDraft, ctx: ExtractContext): PageItem | null {
  const authorHandle = clip(cleanHandle(d.authorHandle), 100);
  const author = clip(d.author.replace(/\s+/g, ' ').trim(), 200);
  const text = clip(d.text, 20_000);
  const id = d.id ? safeId(d.id) : hashKey(authorHandle || author, d.timeText.trim(), text, d.salt ?? '');
  return validateItem({
    id,
    kind: d.kind,
    author,
    authorHandle,
    text,
    postedAt: d.time ? Math.round(d.time.at) : null,
    postedAtPrecision: d.time ? d.time.precision : 'unknown',
    permalink: d.permalink,
    isOwnAccount: d.isOwn ?? isOwnHandle(authorHandle, ctx),
    parentId: d.parentId ? safeId(d.parentId) : null,
  });
}
