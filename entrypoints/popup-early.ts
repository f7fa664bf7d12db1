import { startEarlySnapshotRead } from '@/lib/services/snapshot-rows';

/**
 * Loaded by the popup page before its own code: starts reading the stored snapshot while the page's
 * chunks are still on their way, so the first render does not wait for IndexedDB afterwards.
 */
export default defineUnlistedScript(() => startEarlySnapshotRead());
