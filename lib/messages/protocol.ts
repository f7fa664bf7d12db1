import { z } from 'zod';
import { Intent, ItemKind, Lang, Platform, Sentiment, SlaState, TimePrecision, Timestamp } from '../models/common';
import { TermGroup } from '../models/listening';
import { ITEM_REF_LENGTH } from '../models/primitives';
import type { Settings, Template } from '../models';

/*
 * The message protocol. Names say direction and domain. Every request is a strict object, so extra
 * keys are refused; strings and arrays have size limits, since a content script runs beside a page
 * that may be hostile.
 */

const ItemRef = z.string().min(ITEM_REF_LENGTH.min).max(ITEM_REF_LENGTH.max);
const PageUrl = z.string().max(2048).refine((s) => /^https:\/\//.test(s));

export const SeenItem = z.strictObject({
  itemId: z.string().min(1).max(160),
  kind: ItemKind,
  author: z.string().max(200),
  authorHandle: z.string().max(100),
  text: z.string().max(10_000),
  postedAt: Timestamp.nullable(),
  postedAtPrecision: TimePrecision,
  permalink: PageUrl.nullable(),
});
export type SeenItem = z.infer<typeof SeenItem>;

/** A post on a feed, search, hashtag or notification page, offered to the listening matcher. */
export const SeenPost = z.strictObject({
  itemId: z.string().min(1).max(160),
  author: z.string().max(200),
  authorHandle: z.string().max(100),
  text: z.string().min(1).max(4000),
  postedAt: Timestamp.nullable(),
  permalink: PageUrl.nullable(),
});
export type SeenPost = z.infer<typeof SeenPost>;

/** Requests a content script may send: item-scoped work only. */
export const ContentRequest = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('items/seen'),
    platform: Platform,
    pageUrl: PageUrl,
    items: z.array(SeenItem).max(200),
    /** Items answered by the user's own account seen on the page: item id and when. */
    answers: z.array(z.strictObject({ itemId: z.string().min(1).max(160), at: Timestamp })).max(200),
  }),
  z.strictObject({ type: z.literal('page/hello'), platform: Platform }),
  z.strictObject({ type: z.literal('item/mark'), id: ItemRef, status: z.enum(['open', 'answered', 'ignored']) }),
  z.strictObject({ type: z.literal('item/sentiment'), id: ItemRef, sentiment: Sentiment }),
  z.strictObject({ type: z.literal('item/reply-started'), id: ItemRef, templateId: z.string().max(200).nullable() }),
  z.strictObject({
    type: z.literal('template/expand'),
    abbreviation: z.string().min(1).max(32),
    itemId: ItemRef.nullable(),
    platform: Platform,
  }),
  z.strictObject({ type: z.literal('palette/open'), itemId: ItemRef.nullable() }),
  z.strictObject({ type: z.literal('mentions/seen'), platform: Platform, pageUrl: PageUrl, posts: z.array(SeenPost).min(1).max(50) }),
  z.strictObject({
    type: z.literal('idea/save'),
    url: PageUrl,
    author: z.string().max(200),
    excerpt: z.string().max(1000),
  }),
]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** Requests from Kelola's own pages (popup, side panel, dashboard, palette frame). */
export const PageRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tab/items'), tabId: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('alarms/reconcile') }),
  z.strictObject({ type: z.literal('sla/tick') }),
  z.strictObject({ type: z.literal('ping') }),
  z.strictObject({ type: z.literal('palette/insert'), tabId: z.number().int().min(0).nullable(), text: z.string().min(1).max(20_000), itemId: ItemRef.nullable(), templateId: z.string().max(200).nullable() }),
  z.strictObject({ type: z.literal('item/focus'), tabId: z.number().int().min(0), id: ItemRef }),
  // `known`: the library version the palette already holds; the answer leaves the templates out when it is current.
  z.strictObject({ type: z.literal('palette/data'), itemId: ItemRef.nullable(), known: z.string().max(64).nullable() }),
]);
export type PageRequest = z.infer<typeof PageRequest>;

export type Request = ContentRequest | PageRequest;
export type RequestType = Request['type'];

/** What a content script gets back for each item it reported: just enough to draw its badge. */
export const ItemState = z.strictObject({
  id: ItemRef,
  status: z.enum(['open', 'answered', 'ignored']),
  sentiment: Sentiment.nullable(),
  sentimentCues: z.array(z.string().max(40)).max(8),
  overridden: z.boolean(),
  intents: z.array(Intent).max(5),
  lang: Lang.nullable(),
  clockStart: Timestamp,
  answeredAt: Timestamp.nullable(),
  targetMs: z.number().int().min(0),
  warnMs: z.number().int().min(0),
  slaState: SlaState,
});
export type ItemState = z.infer<typeof ItemState>;

export const PageConfig = z.strictObject({
  ownHandles: z.array(z.string().max(100)).max(50),
  abbreviationPrefix: z.string().max(3),
  abbreviations: z.array(z.string().max(32)).max(5000),
  language: Lang,
});
export type PageConfig = z.infer<typeof PageConfig>;

export type Ok<T> = { ok: true } & T;
export type Fail = { ok: false; code: FailCode; message?: string };
export type FailCode = 'bad-request' | 'forbidden' | 'not-found' | 'storage-full' | 'unavailable' | 'internal';
export type Reply<T = object> = Ok<T> | Fail;

/** Responses per request type; the router's handler table is typed against this. */
export interface ResponseMap {
  'items/seen': { items: ItemState[] };
  'page/hello': { config: PageConfig };
  'item/mark': { item: ItemState };
  'item/sentiment': { item: ItemState };
  'item/reply-started': object;
  'template/expand': { text: string; templateId: string } | { text: null; reason: 'unknown' | 'needs-input' };
  'palette/open': object;
  'idea/save': { id: string };
  /** The posts that match a tracked term (the others are not mentions), and the term list's version. */
  'mentions/seen': { matches: Array<{ itemId: string; group: TermGroup }>; version: string };
  'tab/items': { ids: string[]; url: string | null };
  'alarms/reconcile': { alarms: string[] };
  'sla/tick': { breached: number };
  ping: { at: number };
  'palette/insert': { inserted: boolean };
  'item/focus': { found: boolean };
  /** `templates` is null when the palette's copy (`known`) is still the current `version`. */
  'palette/data': { templates: Template[] | null; version: string; item: PaletteItem | null; settings: Settings };
}

/** What the palette needs to know about the item a reply answers. */
export interface PaletteItem {
  author: string;
  authorHandle: string;
  lang: 'id' | 'en' | null;
  kind: 'comment' | 'reply' | 'message';
  platform: Platform;
}

export { ToContent, ToPaletteFrame } from './to-content';

export const CONTENT_TYPES = ContentRequest.options.map((o) => o.shape.type.value);
export const PAGE_TYPES = PageRequest.options.map((o) => o.shape.type.value);
