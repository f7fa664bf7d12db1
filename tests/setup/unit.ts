// Every test gets its own in-memory IndexedDB, so no test sees another's data.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import Dexie from 'dexie';

beforeEach(() => {
  const factory = new IDBFactory();
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  (globalThis as { indexedDB?: IDBFactory }).indexedDB = factory;
});
