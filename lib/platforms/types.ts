import type { Platform, TimePrecision } from '../models';

/** The same ids as `Platform` in lib/models. */
export type PlatformId = Platform;

export type EditorEngine = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'contenteditable' | 'textarea';

export type PageItemKind = 'comment' | 'reply' | 'message';

export interface PageItem {
  /** The platform's own id where it has one, else a hash of author + time text + text. */
  id: string;
  kind: PageItemKind;
  author: string;
  /** Lower-case, without `@`; empty when the page does not show one. */
  authorHandle: string;
  text: string;
  postedAt: number | null;
  postedAtPrecision: TimePrecision;
  permalink: string | null;
  isOwnAccount: boolean;
  parentId: string | null;
}

export interface ExtractContext {
  url: URL;
  now: number;
  /** Lower-case, without `@`. */
  ownHandles: string[];
}

export interface ProfileCounts {
  handle: string | null;
  displayName: string | null;
  followers?: number;
  following?: number;
  posts?: number;
  likes?: number;
  views?: number;
}

export interface PlatformAdapter {
  id: PlatformId;
  /** Hostnames it handles, e.g. ['x.com', 'twitter.com', 'mobile.x.com']. */
  hosts: string[];
  /** Every comment/reply/DM element under root (root included), no duplicates, document order. */
  findItems(root: ParentNode): Element[];
  /** Validated with `PageItemSchema`; null when the element is not an item. */
  extract(el: Element, ctx: ExtractContext): PageItem | null;
  /** The open reply editor belonging to this item, if any. */
  findReplyEditor(itemEl: Element): HTMLElement | null;
  /** The page's main compose box, or the focused/DM composer. */
  findComposer(doc: Document): HTMLElement | null;
  /** Every fillable editor under root (to mark `data-kelola-editor`). */
  findEditors(root: ParentNode): HTMLElement[];
  editorEngine(editor: HTMLElement): EditorEngine;
  /** The signed-in user's handle where the page shows it (lower-case, no `@`). */
  detectOwnHandle(doc: Document): string | null;
  /** On a profile page: the visible counts; null elsewhere. */
  readProfileCounts(doc: Document, url: URL): ProfileCounts | null;
  /** Where Kelola's badge goes (near the author/time line). */
  badgeAnchor(itemEl: Element): Element;
}
