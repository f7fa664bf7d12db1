import type { Interaction } from '../models';
import { applyImport, type ImportPlan, type ImportProgress } from '../db/backup';
import { getDb } from '../db/db';
import { settingsOrDefault } from '../db/repos/settings';
import { recomputeAggregates } from '../kpi';
import { aggregateContext, rebuildAggregates } from './aggregates';

/**
 * Derived data to rebuild after rows were restored or an import was undone: the daily aggregates
 * are recomputed from the interactions so the popup's figures match the restored data.
 */
export async function rebuildAfterImport(): Promise<void> {
  await rebuildAggregates();
}

/**
 * Writes a confirmed import and, in the same transaction, the daily aggregates it changes (they
 * derive from interactions and settings only). Restoring into an empty interactions table computes
 * them from the rows being written instead of reading them back.
 */
export async function commitImport(plan: ImportPlan, onProgress?: ImportProgress, now = Date.now()): Promise<void> {
  const db = getDb();
  const changes = (t: 'interactions' | 'settings') => (plan.rows[t]?.put.length ?? 0) > 0;
  if (!changes('interactions') && !changes('settings')) {
    await applyImport(plan, now, db, { onProgress });
    return;
  }
  await applyImport(plan, now, db, {
    onProgress,
    derive: {
      tables: ['interactions', 'settings', 'aggregates'],
      run: async (emptyBefore) => {
        // Read directly in the transaction's own promise chain (no wrapper awaits in between).
        const settings = settingsOrDefault(await db.settings.get('settings'));
        const all = emptyBefore.has('interactions') ? (plan.rows.interactions!.put as Interaction[]) : await db.interactions.toArray();
        const rows = recomputeAggregates(all, aggregateContext(settings));
        await db.aggregates.clear();
        await db.aggregates.bulkPut(rows as never);
      },
    },
  });
}
