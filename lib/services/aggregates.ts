import type { Interaction, Settings } from '../models';
import { getDb } from '../db/db';
import { guard } from '../db/errors';
import { getSettings } from '../db/repos/settings';
import { aggregateRowIds, applyInteractionChange, recomputeAggregates, type AggregateContext, type AggregateRow } from '../kpi';

export function aggregateContext(settings: Settings): AggregateContext {
  return { timeZone: settings.timeZone, sla: settings.sla };
}

/**
 * Brings the daily aggregates in step with interaction writes. Must be called inside the writing
 * transaction (which includes `aggregates`), so the figures and the rows never disagree. If the
 * aggregates were out of step, they are rebuilt from all interactions.
 */
export async function updateAggregates(changes: Array<[Interaction | null, Interaction | null]>, settings: Settings): Promise<void> {
  const db = getDb();
  const ctx = aggregateContext(settings);
  const ids = new Set<string>();
  for (const [before, after] of changes) for (const id of aggregateRowIds(before, after, ctx)) ids.add(id);
  const rows = new Map<string, AggregateRow>();
  for (const r of await db.aggregates.bulkGet([...ids])) if (r) rows.set(r.id, r as unknown as AggregateRow);
  try {
    for (const [before, after] of changes) {
      const change = applyInteractionChange(rows, before, after, ctx);
      for (const r of change.put) rows.set(r.id, r);
      for (const id of change.remove) rows.delete(id);
    }
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    const all = await db.interactions.toArray();
    const byId = new Map(all.map((i) => [i.id, i]));
    for (const [before, after] of changes) {
      if (after) byId.set(after.id, after);
      else if (before) byId.delete(before.id);
    }
    await db.aggregates.clear();
    await db.aggregates.bulkPut(recomputeAggregates(byId.values(), ctx) as never);
    return;
  }
  const removed = [...ids].filter((id) => !rows.has(id));
  if (removed.length > 0) await db.aggregates.bulkDelete(removed);
  const put = [...ids].map((id) => rows.get(id)).filter((r): r is AggregateRow => !!r);
  if (put.length > 0) await db.aggregates.bulkPut(put as never);
}

/** Recomputes every aggregate row from the interactions (after a restore or a settings change). */
export async function rebuildAggregates(): Promise<void> {
  const settings = await getSettings();
  const db = getDb();
  await guard(() =>
    db.transaction('rw', db.interactions, db.aggregates, async () => {
      const rows = recomputeAggregates(await db.interactions.toArray(), aggregateContext(settings));
      await db.aggregates.clear();
      await db.aggregates.bulkPut(rows as never);
    }),
  );
}
