import { z } from 'zod';
import { TimePrecision, Timestamp, Url } from '../models/common';
import type { PageItem } from './types';

/** What an adapter may hand to the rest of Kelola: every extracted item passes this first. */
export const PageItemSchema = z.strictObject({
  // Printable ASCII only: ids end up in `data-kelola-item` and in message payloads.
  id: z.string().min(1).max(160).regex(/^[\x21-\x7e]+$/),
  kind: z.enum(['comment', 'reply', 'message']),
  author: z.string().max(200),
  authorHandle: z.string().max(100),
  text: z.string().max(20_000),
  postedAt: Timestamp.nullable(),
  postedAtPrecision: TimePrecision,
  permalink: Url.nullable(),
  isOwnAccount: z.boolean(),
  parentId: z.string().min(1).max(160).regex(/^[\x21-\x7e]+$/).nullable(),
});

export function validateItem(item: PageItem): PageItem | null {
  const r = PageItemSchema.safeParse(item);
  return r.success ? (r.data as PageItem) : null;
}
