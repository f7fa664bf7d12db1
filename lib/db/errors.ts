/** Errors the data layer turns browser storage failures into, so every screen can say what happened. */
export type DbErrorCode = 'storage-full' | 'db-closed' | 'db-newer' | 'not-found' | 'invalid' | 'conflict' | 'unknown';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

function names(err: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const e = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') out.push(e.name);
    cur = e.inner ?? e.cause;
  }
  return out;
}

/** Maps Dexie/IndexedDB errors (direct or wrapped, e.g. `AbortError.inner`) to a `DbError`. */
export function toDbError(err: unknown): DbError {
  if (err instanceof DbError) return err;
  const all = names(err);
  const msg = err instanceof Error ? err.message : String(err);
  if (all.includes('QuotaExceededError') || /quota/i.test(msg)) return new DbError('storage-full', 'storage full', err);
  if (all.includes('DatabaseClosedError') || all.includes('InvalidStateError')) return new DbError('db-closed', 'database closed', err);
  if (all.includes('VersionError')) return new DbError('db-newer', 'database is newer than this version of Kelola', err);
  if (all.includes('ConstraintError')) return new DbError('conflict', 'a row with this key already exists', err);
  return new DbError('unknown', msg, err);
}

/** Runs a data-layer operation and rethrows failures as `DbError`. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw toDbError(err);
  }
}
