import { z } from 'zod';
import { Id, Lang, Platform, ShortText, Timestamp } from './common';

export const TEMPLATE_BODY_MAX = 5000;

export const Template = z.strictObject({
  id: Id,
  title: z.string().trim().min(1).max(120),
  body: z.string().min(1).max(TEMPLATE_BODY_MAX),
  /** Typed after the abbreviation prefix (`;` by default) to expand the template. */
  abbreviation: z
    .string()
    .regex(/^[\p{L}\p{N}_-]{1,32}$/u)
    .nullable(),
  language: Lang,
  /** Templates sharing a group are language variants of one reply. */
  variantGroup: Id.nullable(),
  folder: ShortText,
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
  /** Empty means every platform. */
  platforms: z.array(Platform).max(7),
  favorite: z.boolean(),
  usageCount: z.number().int().min(0),
  lastUsedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Template = z.infer<typeof Template>;
