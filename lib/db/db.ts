import Dexie, { type EntityTable } from 'dexie';
import type {
  Account, Campaign, Influencer, Interaction, Mention, MetricSnapshot, MonthlyPlan, Post, Settings, Task,
  Template, TrackedTerm,
} from '../models';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2 } from './schema';
import { revisionMiddleware } from './revision';

/** Free-form daily aggregate rows kept by the background for fast popup reads. */
export interface AggregateRecord {
  id: string;
  date: string;
  platform: string;
  [key: string]: unknown;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export class KelolaDb extends Dexie {
  templates!: EntityTable<Template, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  posts!: EntityTable<Post, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  metrics!: EntityTable<MetricSnapshot, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  plans!: EntityTable<MonthlyPlan, 'id'>;
  terms!: EntityTable<TrackedTerm, 'id'>;
  mentions!: EntityTable<Mention, 'id'>;
  influencers!: EntityTable<Influencer, 'id'>;
  aggregates!: EntityTable<AggregateRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DB_NAME) {
    super(name, { indexedDB: refuseNewer(Dexie.dependencies.indexedDB), IDBKeyRange: Dexie.dependencies.IDBKeyRange });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.use(revisionMiddleware);
  }
}

/**
 * Dexie 4 answers a database made by a newer Kelola by reopening it without a version and even
 * patching its schema to fit this code. Its rows may not fit these schemas, so such a database is
 * never adopted: every open names a version, and a newer database fails with a VersionError
 * (reported as `db-newer`) before anything reads or writes it.
 */
function refuseNewer(real: IDBFactory): IDBFactory {
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'open') return (name: string, version?: number) => target.open(name, version ?? 1);
      const v: unknown = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

let instance: KelolaDb | null = null;

/** The one database connection of this context. */
export function getDb(): KelolaDb {
  instance ??= new KelolaDb();
  return instance;
}

/** Closes and forgets the connection (tests, restore into a fresh database). */
export function resetDbForTests(): void {
  instance?.close();
  instance = null;
}
