import { META_TABLE, REVISION_KEY } from '../db/revision';
import { CURRENT_VERSION, DB_NAME } from '../db/schema';

/**
 * The two `meta` rows the popup's first render needs (the data revision and the stored snapshot),
 * read through plain IndexedDB. This module stays free of everything else so the popup's early
 * script (`entrypoints/popup-early.ts`) can start the read while the page's code is still loading.
 */

export const SNAPSHOT_KEY = 'popup-snapshot';

/** Dexie keeps schema version n as IndexedDB version n × 10. */
export const NATIVE_VERSION = CURRENT_VERSION * 10;

export interface SnapshotRows {
  rev: unknown;
  snapshot: unknown;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

/** Opens Kelola's database as it is, or answers null when there is none (nothing is created). */
function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: opening without a version would create an empty one; abandon that instead.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
  });
}

/**
 * The revision and snapshot rows, or null when there is no database, it has another version (an
 * upgrade is due: the database layer does it), or it cannot be read.
 */
export async function readSnapshotRows(factory: IDBFactory = indexedDB): Promise<SnapshotRows | null> {
  const db = await openExisting(factory);
  if (!db) return null;
  try {
    if (db.version !== NATIVE_VERSION || !db.objectStoreNames.contains(META_TABLE)) return null;
    const meta = db.transaction(META_TABLE, 'readonly').objectStore(META_TABLE);
    const [rev, snapshot] = await Promise.all([request(meta.get(REVISION_KEY)), request(meta.get(SNAPSHOT_KEY))]);
    return { rev, snapshot };
  } catch {
    return null;
  } finally {
    db.close();
  }
}

const EARLY = '__kelolaSnapshotRows';
type EarlyScope = typeof globalThis & { [EARLY]?: Promise<SnapshotRows | null> };

/** Starts the read and leaves it for the page's code to take (the early script calls this). */
export function startEarlySnapshotRead(scope: EarlyScope = globalThis): void {
  scope[EARLY] ??= readSnapshotRows();
}

/**
 * The read the early script started, at most once: a later reader (after a change of period, say)
 * reads afresh. Undefined when the early script did not run (yet).
 */
export function takeEarlySnapshotRows(scope: EarlyScope = globalThis): Promise<SnapshotRows | null> | undefined {
  const early = scope[EARLY];
  delete scope[EARLY];
  return early;
}
