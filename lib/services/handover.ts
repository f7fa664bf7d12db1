import type { Interaction, Platform, Settings } from '../models';
import { effectiveSentiment } from '../models';
import { getDb } from '../db/db';
import { guard } from '../db/errors';
import { translate, type UiLang } from '../i18n';
import { answeredWithinSla, formatWaiting, slaState, waitingMillis } from '../timers';

export interface HandoverItem {
  platform: Platform;
  author: string;
  excerpt: string;
  url: string | null;
  open: boolean;
  waitingMs: number;
}

export interface HandoverSummary {
  from: number;
  to: number;
  timeZone: string;
  /** Items answered during the shift. */
  answered: number;
  answeredWithinSla: number;
  pending: { breached: number; warning: number; ok: number; total: number };
  /** Negative items that came in during the shift or are still waiting. */
  negatives: { total: number; open: number; items: HandoverItem[] };
}

const NEGATIVES_LISTED = 5;

/**
 * What happened during a shift, read by index: items answered since `from`, every open item by SLA
 * state now, and the negative ones among what came in or is still waiting.
 */
export async function loadHandover(from: number, now: number, settings: Settings): Promise<HandoverSummary> {
  const db = getDb();
  const [answeredRows, open, arrived] = await guard(() =>
    Promise.all([
      db.interactions.where('answeredAt').between(from, now, true, true).toArray(),
      db.interactions.where('[status+firstSeenAt]').between(['open', -Infinity], ['open', Infinity], true, true).toArray(),
      db.interactions.where('firstSeenAt').between(from, now, true, true).toArray(),
    ]),
  );
  return summarizeHandover({ answered: answeredRows, open, arrived }, from, now, settings);
}

/** The summary from already-read rows (pure). */
export function summarizeHandover(
  rows: { answered: readonly Interaction[]; open: readonly Interaction[]; arrived: readonly Interaction[] },
  from: number,
  now: number,
  settings: Pick<Settings, 'sla' | 'timeZone'>,
): HandoverSummary {
  const answered = rows.answered.filter((i) => i.status === 'answered' && i.answeredAt !== null && i.answeredAt >= from && i.answeredAt <= now);
  const pending = { breached: 0, warning: 0, ok: 0, total: 0 };
  for (const i of rows.open) {
    if (i.status !== 'open') continue;
    const s = slaState(i, now, settings.sla);
    if (s === 'answered') continue;
    pending[s]++;
    pending.total++;
  }
  const negatives = new Map<string, Interaction>();
  for (const i of [...rows.arrived, ...rows.open]) {
    if (effectiveSentiment(i) !== 'negative' || i.status === 'ignored') continue;
    if (i.status !== 'open' && !(i.firstSeenAt >= from && i.firstSeenAt <= now)) continue;
    negatives.set(i.id, i);
  }
  const negList = [...negatives.values()]
    .map((i) => ({
      platform: i.platform,
      author: i.author || i.authorHandle,
      excerpt: i.excerpt,
      url: i.permalink ?? i.pageUrl,
      open: i.status === 'open',
      waitingMs: i.status === 'open' ? waitingMillis(i, now, settings.sla.businessHours) : 0,
    }))
    .sort((a, b) => Number(b.open) - Number(a.open) || b.waitingMs - a.waitingMs);
  return {
    from,
    to: now,
    timeZone: settings.timeZone,
    answered: answered.length,
    answeredWithinSla: answered.filter((i) => answeredWithinSla(i, settings.sla)).length,
    pending,
    negatives: { total: negList.length, open: negList.filter((n) => n.open).length, items: negList.slice(0, NEGATIVES_LISTED) },
  };
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export interface HandoverOptions {
  notes: string;
  agent?: string;
}

/**
 * The handover as plain text for WhatsApp, Slack or Telegram: short lines, no markup beyond `•`,
 * every word in the user's language. Page text (authors, excerpts) is quoted as it is.
 */
export function handoverText(s: HandoverSummary, lang: UiLang, opts: HandoverOptions): string {
  const t = (key: string, ...subs: Array<string | number>) => translate(lang, `handover.${key}`, ...subs);
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { timeZone: s.timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: s.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const num = new Intl.NumberFormat(locale);
  const lines: string[] = [];
  lines.push(t('title'));
  lines.push(t('shift', day.format(s.to), time.format(s.from), time.format(s.to), s.timeZone));
  if (opts.agent?.trim()) lines.push(t('by', oneLine(opts.agent, 100)));
  lines.push('');
  lines.push(t('answered', num.format(s.answered), num.format(s.answeredWithinSla)));
  lines.push(
    s.pending.total === 0
      ? t('pendingNone')
      : t('pending', num.format(s.pending.total), num.format(s.pending.breached), num.format(s.pending.warning), num.format(s.pending.ok)),
  );
  if (s.negatives.total === 0) lines.push(t('negativesNone'));
  else {
    lines.push(t('negatives', num.format(s.negatives.total), num.format(s.negatives.open)));
    for (const n of s.negatives.items) {
      const state = n.open ? t('waiting', formatWaiting(n.waitingMs, lang)) : t('handled');
      const parts = [`• ${translate(lang, `platform.${n.platform}`)} · ${oneLine(n.author, 60) || '?'}: "${oneLine(n.excerpt, 100)}" (${state})`];
      if (n.url) parts.push(n.url);
      lines.push(parts.join(' '));
    }
    if (s.negatives.total > s.negatives.items.length) lines.push(t('more', num.format(s.negatives.total - s.negatives.items.length)));
  }
  lines.push('');
  lines.push(t('notes'));
  lines.push(opts.notes.trim() ? opts.notes.trim() : t('notesNone'));
  return lines.join('\n');
}
