import { rebuildAggregates } from './aggregates';

/**
 * Derived data to rebuild after rows were restored or an import was undone: the daily aggregates
 * are recomputed from the interactions so the popup's figures match the restored data.
 */
export async function rebuildAfterImport(): Promise<void> {
  await rebuildAggregates();
}
