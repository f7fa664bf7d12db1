import type { z } from 'zod';
import {
  Account, Campaign, Influencer, Interaction, Mention, MetricSnapshot, MonthlyPlan, Post, Settings, Task, Template, TrackedTerm,
} from '../models';
import { getDb, type KelolaDb } from './db';
import { guard } from './errors';
import { ROW_FORMAT_VERSION, type TableName } from './schema';

/*
 * The backup file: one versioned JSON document. Public format:
 * { "kind": "kelola.backup", "version": 1, "schemaVersion": 1, "exportedAt": "<ISO>",
 *   "tables": { "<table>": [rows…] } }
 * Rows are the stored rows as they are (timestamps in ms since the epoch). Derived tables
 * (daily aggregates) are not exported; they are rebuilt after a restore.
 */
export const BACKUP_KIND = 'kelola.backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export const BACKUP_TABLES = {
  settings: Settings,
  accounts: Account,
  templates: Template,
  interactions: Interaction,
  posts: Post,
  plans: MonthlyPlan,
  campaigns: Campaign,
  tasks: Task,
  metrics: MetricSnapshot,
  terms: TrackedTerm,
  mentions: Mention,
  influencers: Influencer,
} satisfies Record<string, z.ZodType>;

export type BackupTable = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTable[];

export interface BackupFile {
  kind: typeof BACKUP_KIND;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  tables: Partial<Record<BackupTable, unknown[]>>;
}

export type BackupErrorCode =
  | 'too-large' | 'not-json' | 'not-backup' | 'newer-version' | 'bad-structure' | 'forbidden-key'
  | 'unknown-table' | 'bad-row' | 'duplicate-id' | 'empty';

export interface BackupError {
  code: BackupErrorCode;
  table?: string;
  /** 1-based row number within the table. */
  row?: number;
  field?: string;
  detail?: string;
}

export type ParsedBackup = { ok: true; backup: { exportedAt: string; tables: Partial<Record<BackupTable, Array<{ id: string }>>> } } | { ok: false; errors: BackupError[] };

export type SafeJson = { ok: true; value: unknown } | { ok: false; code: 'not-json' | 'forbidden-key'; detail?: string };

/** Reads a file's text into JSON, refusing prototype keys anywhere in it. */
export function safeJsonParse(text: string): SafeJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, code: 'not-json', detail: err instanceof Error ? err.message.slice(0, 120) : undefined };
  }
  return hasForbiddenKey(value) ? { ok: false, code: 'forbidden-key' } : { ok: true, value };
}

/**
 * Whether an object anywhere in a parsed JSON value has a key named `__proto__`, `constructor` or
 * `prototype` (JSON.parse makes every key an own, enumerable property, escaped spellings included).
 */
function hasForbiddenKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') return true;
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') stack.push(x);
      }
    }
  }
  return false;
}

/**
 * Validates a whole backup before anything is written; every problem found is reported.
 * `parsedJson` is the same text already read with `safeJsonParse`, when the caller has it.
 */
export function parseBackup(text: string, parsedJson?: SafeJson): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, errors: [{ code: 'too-large' }] };
  const json = parsedJson ?? safeJsonParse(text);
  if (!json.ok) return { ok: false, errors: [{ code: json.code, detail: json.ok === false && 'detail' in json ? json.detail : undefined }] };
  const doc = json.value as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || doc.kind !== BACKUP_KIND) return { ok: false, errors: [{ code: 'not-backup' }] };
  if (typeof doc.version !== 'number' || typeof doc.schemaVersion !== 'number') return { ok: false, errors: [{ code: 'bad-structure', field: 'version' }] };
  if (doc.version > BACKUP_VERSION || doc.schemaVersion > ROW_FORMAT_VERSION) return { ok: false, errors: [{ code: 'newer-version' }] };
  const tables = doc.tables as Record<string, unknown> | null;
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) return { ok: false, errors: [{ code: 'bad-structure', field: 'tables' }] };

  const errors: BackupError[] = [];
  const out: Partial<Record<BackupTable, Array<{ id: string }>>> = {};
  let total = 0;
  for (const [name, rows] of Object.entries(tables)) {
    if (!(name in BACKUP_TABLES)) {
      errors.push({ code: 'unknown-table', table: name });
      continue;
    }
    if (!Array.isArray(rows)) {
      errors.push({ code: 'bad-structure', table: name });
      continue;
    }
    const schema = BACKUP_TABLES[name as BackupTable] as z.ZodType<{ id: string }>;
    const seen = new Set<string>();
    const valid: Array<{ id: string }> = [];
    for (let i = 0; i < rows.length && errors.length < 50; i++) {
      const r = schema.safeParse(rows[i]);
      if (!r.success) {
        const issue = r.error.issues[0];
        errors.push({ code: 'bad-row', table: name, row: i + 1, field: issue?.path.join('.') || undefined, detail: issue?.message });
        continue;
      }
      if (seen.has(r.data.id)) {
        errors.push({ code: 'duplicate-id', table: name, row: i + 1, detail: r.data.id.slice(0, 60) });
        continue;
      }
      seen.add(r.data.id);
      valid.push(r.data);
    }
    out[name as BackupTable] = valid;
    total += valid.length;
  }
  if (errors.length > 0) return { ok: false, errors };
  if (total === 0) return { ok: false, errors: [{ code: 'empty' }] };
  return { ok: true, backup: { exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : '', tables: out } };
}

/** Stable JSON (sorted keys) for comparing rows and backups. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

export async function exportBackup(tables: readonly BackupTable[] = BACKUP_TABLE_NAMES, now = Date.now(), db: KelolaDb = getDb()): Promise<BackupFile> {
  const out: BackupFile = { kind: BACKUP_KIND, version: BACKUP_VERSION, schemaVersion: ROW_FORMAT_VERSION, exportedAt: new Date(now).toISOString(), tables: {} };
  await guard(() =>
    db.transaction('r', tables.map((t) => db.table(t)), async () => {
      for (const t of tables) out.tables[t] = await db.table(t).orderBy(':id').toArray();
    }),
  );
  return out;
}

export interface ImportPlan {
  perTable: Partial<Record<BackupTable, { added: number; updated: number; skipped: number }>>;
  rows: Partial<Record<BackupTable, { put: Array<{ id: string }>; previous: Array<{ id: string }>; addedIds: string[]; remove?: string[] }>>;
}

/**
 * Unique indexes besides the id: a stored row holding an incoming row's key under another id (a
 * checklist task made again today on a fresh install) gives way to the incoming row; undo puts it back.
 */
const UNIQUE_KEYS: Partial<Record<BackupTable, readonly string[]>> = { tasks: ['derivedKey'] };

/** Compares a parsed backup with what is stored: what would be added, updated or left as is. */
export async function planImport(tables: Partial<Record<BackupTable, Array<{ id: string }>>>, db: KelolaDb = getDb()): Promise<ImportPlan> {
  const plan: ImportPlan = { perTable: {}, rows: {} };
  const names = Object.keys(tables) as BackupTable[];
  await guard(() =>
    db.transaction('r', names.map((t) => db.table(t)), async () => {
      for (const t of names) {
        const incoming = tables[t] ?? [];
        // Only rows whose id is already stored need comparing: the stored keys are read first (no
        // values), then just those rows. Restoring into an empty table reads nothing more.
        const stored = new Set(incoming.length > 0 ? ((await db.table(t).toCollection().primaryKeys()) as string[]) : []);
        const overlap = stored.size > 0 ? incoming.filter((r) => stored.has(r.id)) : [];
        const existing = overlap.length > 0 ? ((await db.table(t).bulkGet(overlap.map((r) => r.id))) as Array<{ id: string } | undefined>) : [];
        const oldById = new Map<string, { id: string }>();
        for (const old of existing) if (old) oldById.set(old.id, old);
        const put: Array<{ id: string }> = [];
        const previous: Array<{ id: string }> = [];
        const addedIds: string[] = [];
        let skipped = 0;
        for (const row of incoming) {
          const old = oldById.get(row.id);
          if (!old) {
            put.push(row);
            addedIds.push(row.id);
          } else if (canonicalJson(old) !== canonicalJson(row)) {
            put.push(row);
            previous.push(old);
          } else skipped += 1;
        }
        const remove: string[] = [];
        const removing = new Set<string>();
        const kept = new Set(previous.map((p) => p.id));
        for (const index of UNIQUE_KEYS[t] ?? []) {
          const owner = new Map<string, string>();
          for (const row of put) {
            const key = (row as Record<string, unknown>)[index];
            if (typeof key === 'string') owner.set(key, row.id);
          }
          if (owner.size === 0) continue;
          const holders = (await db.table(t).where(index).anyOf([...owner.keys()]).toArray()) as Array<{ id: string } & Record<string, unknown>>;
          for (const held of holders) {
            if (owner.get(held[index] as string) === held.id || removing.has(held.id)) continue;
            removing.add(held.id);
            remove.push(held.id);
            if (!kept.has(held.id)) previous.push(held);
          }
        }
        plan.perTable[t] = { added: addedIds.length, updated: previous.length, skipped };
        plan.rows[t] = { put, previous, addedIds, remove };
      }
    }),
  );
  return plan;
}

const UNDO_KEY = 'last-import';

interface UndoRecord {
  at: number;
  tables: Partial<Record<BackupTable, { addedIds: string[]; previous: Array<{ id: string }> }>>;
}

/** Rows written so far and in all, reported while an import is written. */
export type ImportProgress = (written: number, total: number) => void;

export interface ApplyOptions {
  onProgress?: ImportProgress;
  /**
   * Work that must commit or roll back with the import (derived data), run in the same
   * transaction after the rows are written. `tables` are the further tables it uses; `emptyBefore`
   * names the written tables that held no rows before the import.
   */
  derive?: { tables: readonly TableName[]; run: (emptyBefore: ReadonlySet<BackupTable>) => Promise<void> };
}

/** Rows per write request batch; progress is reported as each batch is stored. */
const WRITE_BATCH = 5000;

/**
 * Writes a planned import in one transaction (all or nothing: a failure or a closed page rolls it
 * back), keeping what it replaced so the import can be undone.
 */
export async function applyImport(plan: ImportPlan, now = Date.now(), db: KelolaDb = getDb(), options: ApplyOptions = {}): Promise<void> {
  const names = Object.keys(plan.rows) as BackupTable[];
  const undo: UndoRecord = { at: now, tables: {} };
  const scope = new Set<string>([...names, 'meta', ...(options.derive?.tables ?? [])]);
  const total = names.reduce((n, t) => n + plan.rows[t]!.put.length, 0);
  await guard(() =>
    db.transaction('rw', [...scope].map((t) => db.table(t)), async () => {
      const emptyBefore = new Set<BackupTable>();
      if (options.derive) {
        for (const t of names) if (plan.rows[t]!.put.length > 0 && (await db.table(t).count()) === 0) emptyBefore.add(t);
      }
      // Every batch is requested at once (the transaction keeps them in order); progress follows
      // the batches as they are stored.
      let written = 0;
      const writes: Array<Promise<unknown>> = [];
      for (const t of names) {
        const r = plan.rows[t]!;
        // Rows giving way to an incoming row's unique key go first (requests run in order).
        if (r.remove?.length) writes.push(db.table(t).bulkDelete(r.remove));
        for (let i = 0; i < r.put.length; i += WRITE_BATCH) {
          const batch = r.put.length <= WRITE_BATCH ? r.put : r.put.slice(i, i + WRITE_BATCH);
          writes.push(db.table(t).bulkPut(batch).then(() => {
            written += batch.length;
            options.onProgress?.(written, total);
          }));
        }
        undo.tables[t] = { addedIds: r.addedIds, previous: r.previous };
      }
      writes.push(db.meta.put({ key: UNDO_KEY, value: undo }));
      await Promise.all(writes);
      if (options.derive) await options.derive.run(emptyBefore);
    }),
  );
}

export async function lastImport(db: KelolaDb = getDb()): Promise<{ at: number } | null> {
  const row = await guard(() => db.meta.get(UNDO_KEY));
  const v = row?.value as UndoRecord | undefined;
  return v ? { at: v.at } : null;
}

/** Restores what the last import changed, in one transaction. */
export async function undoLastImport(db: KelolaDb = getDb()): Promise<boolean> {
  return guard(() =>
    db.transaction('rw', [...BACKUP_TABLE_NAMES.map((t) => db.table(t)), db.meta], async () => {
      const row = await db.meta.get(UNDO_KEY);
      const undo = row?.value as UndoRecord | undefined;
      if (!undo) return false;
      for (const [t, r] of Object.entries(undo.tables) as Array<[BackupTable, UndoRecord['tables'][BackupTable]]>) {
        if (!r) continue;
        if (r.addedIds.length > 0) await db.table(t).bulkDelete(r.addedIds);
        if (r.previous.length > 0) await db.table(t).bulkPut(r.previous);
      }
      await db.meta.delete(UNDO_KEY);
      return true;
    }),
  );
}

/** Deletes every row of the backed-up tables (used by tests and a "start over" action). */
export async function wipeAll(db: KelolaDb = getDb()): Promise<void> {
  await guard(() =>
    db.transaction('rw', [...BACKUP_TABLE_NAMES.map((t) => db.table(t)), db.aggregates, db.meta], async () => {
      for (const t of [...BACKUP_TABLE_NAMES, 'aggregates', 'meta'] as const) await db.table(t).clear();
    }),
  );
}

