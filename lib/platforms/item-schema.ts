import '../models/zod-setup';
import * as z from 'zod/mini';
import { isWebUrl, ITEM_KINDS, MAX_TIMESTAMP, MAX_URL_LENGTH, TIME_PRECISIONS, URL_MESSAGE } from '../models/primitives';
import type { PageItem } from './types';

// Built with `zod/mini`: the content script runs on every social page, and the light build keeps its
// first evaluation short. The bounds are the ones `models/common.ts` uses.

// Printable ASCII only: ids end up in `data-kelola-item` and in message payloads.
const ItemId = z.string().check(z.minLength(1), z.maxLength(160), z.regex(/^[\x21-\x7e]+$/));
const Timestamp = z.int().check(z.minimum(0), z.maximum(MAX_TIMESTAMP));
const Url = z.string().check(z.maxLength(MAX_URL_LENGTH), z.refine(isWebUrl, { message: URL_MESSAGE }));

/** What an adapter may hand to the rest of Kelola: every extracted item passes this first. */
export const PageItemSchema = z.strictObject({
  id: ItemId,
  kind: z.enum(ITEM_KINDS),
  author: z.string().check(z.maxLength(200)),
  authorHandle: z.string().check(z.maxLength(100)),
  text: z.string().check(z.maxLength(20_000)),
  postedAt: z.nullable(Timestamp),
  postedAtPrecision: z.enum(TIME_PRECISIONS),
  permalink: z.nullable(Url),
  isOwnAccount: z.boolean(),
  parentId: z.nullable(ItemId),
});

export function validateItem(item: PageItem): PageItem | null {
  const r = PageItemSchema.safeParse(item);
  return r.success ? (r.data as PageItem) : null;
}
