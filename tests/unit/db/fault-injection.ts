import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { KelolaDb } from '../../../lib/db/db';

/**
 * Makes every table write (one bulk operation each) after the first `okWrites` fail with a DOMException of `name` (for example
 * QuotaExceededError), through Dexie's DBCore: the failure happens where IndexedDB would fail.
 * Returns a function that removes the fault.
 */
export async function failWritesAfter(db: KelolaDb, okWrites: number, name: string): Promise<() => void> {
  let writes = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'fault-injection',
    create(down) {
      return {
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          return {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (tableName !== 'meta') writes += 1;
              if (writes > okWrites) return Promise.reject(new DOMException(`injected ${name}`, name));
              return table.mutate(req);
            },
          };
        },
      };
    },
  };
  // Middleware applies to connections opened after it is added.
  db.close();
  db.use(middleware);
  await db.open();
  return () => {
    db.close();
    db.unuse({ stack: 'dbcore', name: 'fault-injection' });
  };
}
