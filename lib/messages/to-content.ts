import '../models/zod-setup';
import * as z from 'zod/mini';
import { ITEM_REF_LENGTH } from '../models/primitives';

/*
 * Messages into the page: what the background or Kelola's pages send to a content script, and what the
 * content script tells its palette frame. Kept apart from the rest of the protocol so that the content
 * script, which runs on every social page, builds only the schemas it checks (with `zod/mini`, the
 * light build of zod).
 */

/** An item's reference, `<platform>:<item id>`. */
export const ItemRef = z.string().check(z.minLength(ITEM_REF_LENGTH.min), z.maxLength(ITEM_REF_LENGTH.max));

/** Messages the background or Kelola's pages send to a content script. */
export const ToContent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('content/insert'), text: z.string().check(z.minLength(1), z.maxLength(20_000)), itemId: z.nullable(ItemRef) }),
  z.strictObject({ type: z.literal('content/focus'), id: ItemRef }),
  z.strictObject({ type: z.literal('content/next-unanswered') }),
  z.strictObject({ type: z.literal('content/palette') }),
  z.strictObject({ type: z.literal('content/items') }),
  z.strictObject({ type: z.literal('content/config') }),
  z.strictObject({ type: z.literal('content/capture') }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** What the content script tells the palette frame it put into the page: show a fresh palette, or hide it. */
export const ToPaletteFrame = z.discriminatedUnion('kelola', [
  z.strictObject({ kelola: z.literal('open'), itemId: z.nullable(ItemRef) }),
  z.strictObject({ kelola: z.literal('hide') }),
]);
export type ToPaletteFrame = z.infer<typeof ToPaletteFrame>;
