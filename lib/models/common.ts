import './zod-setup';
import { z } from 'zod';

import { PLATFORMS } from './platforms';
import { isWebUrl, ITEM_KINDS, MAX_TIMESTAMP, MAX_URL_LENGTH, TIME_PRECISIONS, URL_MESSAGE } from './primitives';

export { PLATFORMS };
export const Platform = z.enum(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

export const Lang = z.enum(['id', 'en']);
export type Lang = z.infer<typeof Lang>;

export const Sentiment = z.enum(['positive', 'neutral', 'negative']);
export type Sentiment = z.infer<typeof Sentiment>;

export const SlaState = z.enum(['ok', 'warning', 'breached', 'answered']);
export type SlaState = z.infer<typeof SlaState>;

export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKind>;

export const Intent = z.enum(['question', 'complaint', 'purchase', 'praise', 'spam']);
export type Intent = z.infer<typeof Intent>;

/** How exact a timestamp read off a page is: a `time[datetime]` or snowflake id is exact; "5m" is to the minute. */
export const TimePrecision = z.enum(TIME_PRECISIONS);
export type TimePrecision = z.infer<typeof TimePrecision>;

/** Milliseconds since the epoch, UTC. */
export const Timestamp = z.number().int().min(0).max(MAX_TIMESTAMP);
/** A calendar day, `YYYY-MM-DD`. */
export const DateKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
/** A time of day, `HH:MM` (24 h). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const Id = z.string().min(1).max(200);
export const ShortText = z.string().max(500);
export const LongText = z.string().max(20_000);
export const Url = z.string().max(MAX_URL_LENGTH).refine(isWebUrl, { message: URL_MESSAGE });
/** A count or amount: never negative. */
export const Amount = z.number().finite().min(0);
export const Currency = z.string().regex(/^[A-Z]{3}$/);
