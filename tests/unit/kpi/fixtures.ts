import type { Interaction, SlaSettings } from '../../../lib/models';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export const SLA: SlaSettings = {
  targets: { comment: 60, reply: 60, message: 30 },
  platformTargets: { instagram: { message: 15 } },
  warningRatio: 0.5,
  businessHours: null,
};

export const JKT_WEEKDAYS = {
  timeZone: 'Asia/Jakarta',
  week: [[], ...Array.from({ length: 5 }, () => [{ start: '09:00', end: '17:00' }]), []],
  daysOff: [],
};

export function interaction(over: Partial<Interaction> = {}): Interaction {
  const t = over.firstSeenAt ?? Date.parse('2024-06-03T03:00:00Z');
  return {
    id: 'facebook:1',
    platform: 'facebook',
    itemId: '1',
    kind: 'comment',
    author: 'Budi',
    authorHandle: 'budi',
    excerpt: '',
    textHash: '',
    permalink: null,
    pageUrl: null,
    postedAt: t,
    postedAtPrecision: 'exact',
    firstSeenAt: t,
    status: 'open',
    replyStartedAt: null,
    answeredAt: null,
    answeredHow: null,
    sentiment: null,
    sentimentConfidence: null,
    sentimentOverride: null,
    intents: [],
    lang: null,
    slaState: 'ok',
    updatedAt: t,
    ...over,
  };
}
