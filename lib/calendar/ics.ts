import { createEvents, type EventAttributes, type EventStatus } from 'ics';
import type { Platform, Post, PostStatus } from '../models';
import { buildUtmUrl, isCompleteUtm, isHttpUrl } from './utm';

export type IcsPost = Pick<
  Post,
  'id' | 'platforms' | 'scheduledAt' | 'caption' | 'link' | 'utm' | 'status' | 'pillar' | 'createdAt' | 'updatedAt'
>;

export interface IcsOptions {
  /** DTSTAMP: when this file is produced. Default `Date.now()`. */
  now?: number;
  /** X-WR-CALNAME shown by calendar apps. */
  calendarName?: string;
  /** Length of each event. Default 15 minutes. */
  durationMinutes?: number;
}

const PLATFORM_SHORT: Record<Platform, string> = {
  x: 'X',
  facebook: 'FB',
  instagram: 'IG',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
};

/**
 * idea/draft are not final (TENTATIVE); scheduled and published happen (CONFIRMED); a missed post
 * did not go out at that time (CANCELLED).
 */
export const ICS_STATUS: Readonly<Record<PostStatus, EventStatus>> = {
  idea: 'TENTATIVE',
  draft: 'TENTATIVE',
  scheduled: 'CONFIRMED',
  published: 'CONFIRMED',
  missed: 'CANCELLED',
};

// 2020-01-01T00:00:00Z: SEQUENCE must fit a signed 32-bit integer, so seconds are counted from here
// (good until 2088) instead of from 1970 (which would overflow in 2038).
const SEQUENCE_EPOCH = 1_577_836_800_000;
const MAX_SEQUENCE = 2_147_483_647;

/** Seconds since 2020 of the last edit: grows with every save, so calendar apps replace the old copy. */
export function icsSequence(updatedAt: number): number {
  return Math.min(MAX_SEQUENCE, Math.max(0, Math.floor((updatedAt - SEQUENCE_EPOCH) / 1000)));
}

/** TEXT values may not carry control characters other than tab; line breaks become `\n` via the library. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function summaryOf(post: IcsPost): string {
  const platforms = post.platforms.map((p) => PLATFORM_SHORT[p]).join(', ');
  const firstLine =
    cleanText(post.caption)
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  const chars = Array.from(firstLine);
  const title = chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : firstLine;
  if (platforms && title) return `[${platforms}] ${title}`;
  return platforms ? `[${platforms}]` : title || 'Post';
}

function finalLink(post: IcsPost): string | null {
  if (!post.link) return null;
  if (!isCompleteUtm(post.utm)) return post.link;
  try {
    return buildUtmUrl(post.link, post.utm);
  } catch {
    return post.link;
  }
}

// The library only escapes line breaks in CATEGORIES (a comma-separated list) and X-WR-CALNAME.
function escapeListItem(value: string): string {
  return cleanText(value).replace(/\n/g, ' ').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/** RFC 5545 §3.1: unfold, then fold again so no line exceeds 75 octets, never inside a UTF-8 sequence. */
export function foldIcsLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const encoder = new TextEncoder();
  const out: string[] = [];
  for (const line of lines) {
    if (encoder.encode(line).length <= 75) {
      out.push(line);
      continue;
    }
    let chunk = '';
    let octets = 0;
    let limit = 75;
    for (const ch of line) {
      const size = encoder.encode(ch).length;
      if (octets + size > limit) {
        out.push(chunk);
        chunk = ' ';
        octets = 1;
        limit = 75;
      }
      chunk += ch;
      octets += size;
    }
    out.push(chunk);
  }
  return out.join('\r\n');
}

/**
 * The calendar as iCalendar text: one VEVENT per post that has `scheduledAt`, UID `<post id>@kelola`,
 * DTSTART in UTC, SUMMARY "[IG, TikTok] first caption line", DESCRIPTION caption + link,
 * LAST-MODIFIED and SEQUENCE from `updatedAt` so re-importing updates events in place.
 *
 * Built with the `ics` package; its output is re-folded because the package folds at 75 characters,
 * while RFC 5545 limits lines to 75 octets (Indonesian text with emoji would exceed it).
 */
export function postsToIcs(posts: readonly IcsPost[], options: IcsOptions = {}): string {
  const now = options.now ?? Date.now();
  const duration = options.durationMinutes ?? 15;
  if (!Number.isFinite(duration) || duration <= 0) throw new RangeError('durationMinutes must be > 0');
  const events: EventAttributes[] = [];
  for (const post of posts) {
    if (post.scheduledAt === null) continue;
    const link = finalLink(post);
    const caption = cleanText(post.caption);
    const description = [caption, link].filter((s): s is string => !!s && s.trim() !== '').join('\n\n');
    const event: EventAttributes & { timestamp: number } = {
      uid: `${post.id}@kelola`,
      start: post.scheduledAt,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: duration },
      title: summaryOf(post),
      status: ICS_STATUS[post.status],
      created: post.createdAt,
      lastModified: post.updatedAt,
      sequence: icsSequence(post.updatedAt),
      timestamp: now,
    };
    if (description) event.description = description;
    if (link && isHttpUrl(link) && !/\s/.test(link)) event.url = link;
    if (post.pillar && post.pillar.trim() !== '') event.categories = [escapeListItem(post.pillar.trim())];
    events.push(event);
  }
  const { error, value } = createEvents(events, {
    productId: '-//Kelola//Content Calendar//EN',
    method: 'PUBLISH',
    ...(options.calendarName ? { calName: escapeListItem(options.calendarName) } : {}),
  });
  if (error || value === null) throw error ?? new Error('ICS generation failed');
  return foldIcsLines(value);
}
