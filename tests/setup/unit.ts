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

// Property tests run the same cases on every run, so a red build always reproduces; change the seed
// (or run with FC_SEED=random) to explore new cases locally.
import fc from 'fast-check';
fc.configureGlobal(process.env.FC_SEED === 'random' ? {} : { seed: Number(process.env.FC_SEED ?? 20261123) });
