import { z } from 'zod';
import { Id, Intent, ItemKind, Lang, Platform, Sentiment, SlaState, TimePrecision, Timestamp, Url } from './common';

export const InteractionStatus = z.enum(['open', 'answered', 'ignored']);
export type InteractionStatus = z.infer<typeof InteractionStatus>;

export const AnsweredHow = z.enum(['own-reply', 'kelola-reply', 'manual']);
export type AnsweredHow = z.infer<typeof AnsweredHow>;

/** A comment, reply or direct message Kelola has seen on a social page. */
export const Interaction = z.strictObject({
  /** `<platform>:<item id>`, the page contract's `data-kelola-item`. */
  id: Id,
  platform: Platform,
  itemId: z.string().min(1).max(160),
  kind: ItemKind,
  author: z.string().max(200),
  authorHandle: z.string().max(100),
  /** The first characters of the text, for lists; the full text stays on the page. */
  excerpt: z.string().max(500),
  textHash: z.string().max(32),
  permalink: Url.nullable(),
  pageUrl: Url.nullable(),
  postedAt: Timestamp.nullable(),
  postedAtPrecision: TimePrecision,
  firstSeenAt: Timestamp,
  status: InteractionStatus,
  /** When the user started a reply with Kelola's help (template, palette or badge). */
  replyStartedAt: Timestamp.nullable(),
  answeredAt: Timestamp.nullable(),
  answeredHow: AnsweredHow.nullable(),
  sentiment: Sentiment.nullable(),
  sentimentConfidence: z.number().min(0).max(1).nullable(),
  /** The user's correction: always wins over the classifier. */
  sentimentOverride: Sentiment.nullable(),
  intents: z.array(Intent).max(5),
  lang: Lang.nullable(),
  /** Last computed SLA state (recomputed from timestamps whenever shown). */
  slaState: SlaState,
  updatedAt: Timestamp,
});
export type Interaction = z.infer<typeof Interaction>;

export { effectiveSentiment } from './sentiment';
