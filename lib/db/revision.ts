import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

/**
 * The data revision: a `meta` row that every write to any other table replaces, in the same
 * transaction as the write. Anything derived from the data (the popup's snapshot) records the
 * revision it was computed at and is trusted only while the revision is unchanged, whichever
 * context wrote in between (a page, the worker, a restore).
 */
export const REVISION_KEY = 'rev';
export const META_TABLE = 'meta';

function writes(req: DBCoreMutateRequest): boolean {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.length > 0;
    case 'delete':
      return req.keys.length > 0;
    case 'deleteRange':
      return true;
  }
}

/** A new revision token (unique, so a cleared and rebuilt database never repeats an old one). */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

export const revisionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'kelola-revision',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && !stores.includes(META_TABLE) ? [...stores, META_TABLE] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === META_TABLE) return table;
        const meta = down.table(META_TABLE);
        return {
          ...table,
          mutate(req) {
            if (!writes(req)) return table.mutate(req);
            // Both requests go to the transaction in the same turn: nothing waits between them, so
            // the transaction never sits idle (and commits) while the revision is still to write.
            const done = table.mutate(req);
            const rev = meta.mutate({ type: 'put', trans: req.trans, values: [{ key: REVISION_KEY, value: newRevision() }] });
            return Promise.all([done, rev]).then(([res]) => res);
          },
        };
      },
    };
  },
};
