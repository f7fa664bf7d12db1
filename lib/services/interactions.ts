import { Interaction as InteractionSchema, type Interaction, type Platform, type Settings } from '../models';
import { validOnly } from '../db/valid-only';
import type { ItemState, SeenItem } from '../messages';
import { getDb } from '../db/db';
import { DbError, guard } from '../db/errors';
import { classify, detectIntents, textHash } from '../sentiment';
import { slaState } from '../timers';
import { toItemState } from './item-state';
import { updateAggregates } from './aggregates';

const EXCERPT = 280;

export interface SeenBatch {
  platform: Platform;
  pageUrl: string;
  items: SeenItem[];
  answers: Array<{ itemId: string; at: number }>;
}

/**
 * Records the items a page shows: new ones are classified and stored, known ones keep their history
 * (first seen, status, the user's sentiment correction). Answers by the user's own account close the
 * items they reply to. One transaction for the whole batch.
 */
export async function recordSeen(batch: SeenBatch, settings: Settings, now: number): Promise<ItemState[]> {
  const db = getDb();
  const ids = batch.items.map((it) => `${batch.platform}:${it.itemId}`);
  const answerIds = batch.answers.map((a) => `${batch.platform}:${a.itemId}`);
  const cues = new Map<string, string[]>();

  const rows = await guard(() =>
    db.transaction('rw', db.interactions, db.aggregates, async () => {
      const existing = await db.interactions.bulkGet([...ids, ...answerIds]);
      const byId = new Map<string, Interaction>();
      // A stored row that no longer fits the schema is treated as unseen and written afresh.
      for (const row of validOnly(InteractionSchema, existing.filter((r): r is Interaction => !!r), 'interactions')) byId.set(row.id, row);
      const before = new Map(byId);

      const out: Interaction[] = [];
      batch.items.forEach((it, idx) => {
        const id = ids[idx]!;
        const prev = byId.get(id);
        const hash = textHash(it.text);
        let next: Interaction;
        if (prev) {
          next = { ...prev, permalink: it.permalink ?? prev.permalink, postedAt: prev.postedAt ?? it.postedAt };
          if (prev.textHash !== hash) {
            const c = classify(it.text);
            cues.set(id, c.cues);
            next = { ...next, textHash: hash, excerpt: it.text.slice(0, EXCERPT), sentiment: c.label, sentimentConfidence: c.confidence, intents: detectIntents(it.text), lang: c.lang === 'mixed' ? null : c.lang };
          }
        } else {
          const c = classify(it.text);
          cues.set(id, c.cues);
          next = {
            id,
            platform: batch.platform,
            itemId: it.itemId,
            kind: it.kind,
            author: it.author,
            authorHandle: it.authorHandle,
            excerpt: it.text.slice(0, EXCERPT),
            textHash: hash,
            permalink: it.permalink,
            pageUrl: batch.pageUrl,
            postedAt: it.postedAt !== null && it.postedAt > now ? now : it.postedAt,
            postedAtPrecision: it.postedAtPrecision,
            firstSeenAt: now,
            status: 'open',
            replyStartedAt: null,
            answeredAt: null,
            answeredHow: null,
            sentiment: c.label,
            sentimentConfidence: c.confidence,
            sentimentOverride: null,
            intents: detectIntents(it.text),
            lang: c.lang === 'mixed' ? null : c.lang,
            slaState: 'ok',
            updatedAt: now,
          };
        }
        byId.set(id, next);
        out.push(next);
      });

      for (const [k, a] of batch.answers.entries()) {
        const row = byId.get(answerIds[k]!);
        if (!row || row.status !== 'open') continue;
        const at = Math.max(a.at, row.postedAt ?? row.firstSeenAt);
        const answered: Interaction = { ...row, status: 'answered', answeredAt: at, answeredHow: row.replyStartedAt !== null ? 'kelola-reply' : 'own-reply' };
        byId.set(row.id, answered);
        const pos = out.findIndex((r) => r.id === row.id);
        if (pos >= 0) out[pos] = answered;
        else out.push(answered);
      }

      const changed = out.map((r) => ({ ...r, slaState: slaState(r, now, settings.sla), updatedAt: now }));
      await db.interactions.bulkPut(changed);
      await updateAggregates(changed.map((r) => [before.get(r.id) ?? null, r]), settings);
      return changed;
    }),
  );
  // The page needs the new state of what it reported and of what its own replies answered.
  const wanted = new Set([...ids, ...answerIds]);
  return rows.filter((r) => wanted.has(r.id)).map((r) => toItemState(r, settings, now, cues.get(r.id)));
}

async function updateOne(id: string, settings: Settings, now: number, change: (row: Interaction) => Interaction): Promise<ItemState> {
  const db = getDb();
  const row = await guard(() =>
    db.transaction('rw', db.interactions, db.aggregates, async () => {
      const prev = await db.interactions.get(id);
      if (!prev) throw new DbError('not-found', id);
      const next = change(prev);
      const stored = { ...next, slaState: slaState(next, now, settings.sla), updatedAt: now };
      await db.interactions.put(stored);
      await updateAggregates([[prev, stored]], settings);
      return stored;
    }),
  );
  return toItemState(row, settings, now);
}

export function markItem(id: string, status: Interaction['status'], settings: Settings, now: number) {
  return updateOne(id, settings, now, (row) => {
    if (status === 'open') return { ...row, status, answeredAt: null, answeredHow: null };
    // Ignoring stops the clock; it is not an answer, so it records no answer method.
    if (status === 'ignored') return { ...row, status, answeredAt: now, answeredHow: null };
    return { ...row, status, answeredAt: row.answeredAt ?? now, answeredHow: row.answeredHow ?? 'manual' };
  });
}

export function overrideSentiment(id: string, sentiment: NonNullable<Interaction['sentiment']>, settings: Settings, now: number) {
  return updateOne(id, settings, now, (row) => ({ ...row, sentimentOverride: sentiment }));
}

/** Notes that the user started a reply with Kelola's help (it does not change any figure). */
export async function markReplyStarted(id: string, now: number): Promise<void> {
  await guard(() =>
    getDb().interactions.where('id').equals(id).modify((row) => {
      if (row.replyStartedAt === null) row.replyStartedAt = now;
    }),
  );
}

export async function getInteractions(ids: string[]): Promise<Interaction[]> {
  const rows = await guard(() => getDb().interactions.bulkGet(ids));
  return validOnly(InteractionSchema, rows.filter((r): r is Interaction => !!r), 'interactions');
}
