/*
 * Bounds shared by the full schemas (`common.ts`) and the light ones the content script builds with
 * `zod/mini`, so both check the same thing.
 */

/** What a page item is: a comment under a post, a reply to one, or a direct message. */
export const ITEM_KINDS = ['comment', 'reply', 'message'] as const;

/** How exact a timestamp read off a page is: a `time[datetime]` or snowflake id is exact; "5m" is to the minute. */
export const TIME_PRECISIONS = ['exact', 'minute', 'hour', 'day', 'week', 'unknown'] as const;

/** The largest time a JavaScript `Date` can hold, in milliseconds since the epoch. */
export const MAX_TIMESTAMP = 8.64e15;

export const MAX_URL_LENGTH = 2048;
export const URL_MESSAGE = 'must start with http:// or https://';
export const isWebUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** An item's reference in messages, `<platform>:<item id>`: its length bounds. */
export const ITEM_REF_LENGTH = { min: 3, max: 200 } as const;
