import type { Lang } from '../models';
import { getDb } from '../db/db';
import { MAX_BACKUP_BYTES, parseBackup, planImport, safeJsonParse, type BackupError, type BackupTable, type ImportPlan } from '../db/backup';
import { packErrorMessage, parsePack, planPackImport } from '../templates';
import { translate } from '../i18n';
import { newId } from '../db/ids';
import { parseTermsFile, planTermsImport, termsErrorMessage, TERMS_KIND } from '../listening/terms-file';

export type ImportKind = 'backup' | 'templates' | 'terms';

export type ImportPreview =
  | { ok: true; kind: ImportKind; plan: ImportPlan; skippedNotes: string[] }
  | { ok: false; errors: string[] };

export function backupErrorMessage(err: BackupError, lang: Lang): string {
  // An unknown table keeps its own name; known ones are named in the user's language.
  const entity = err.table ? (err.code === 'unknown-table' ? err.table : translate(lang, `entity.${err.table}`)) : '';
  const where = entity && err.row ? translate(lang, 'import.where', entity, err.row) : entity;
  const base = translate(lang, `import.err.${err.code}`);
  const field = err.field ? ` (${err.field}${err.detail ? `: ${err.detail}` : ''})` : err.detail ? ` (${err.detail})` : '';
  return where ? `${where}: ${base}${field}` : `${base}${field}`;
}

/**
 * Reads a file from the dashboard's import control: a full backup, a template pack or a term list. The whole
 * file is parsed and validated and compared with what is stored; nothing is written here.
 */
export async function previewImportFile(text: string, lang: Lang, now = Date.now()): Promise<ImportPreview> {
  const json = safeJsonParse(text.length > MAX_BACKUP_BYTES ? '' : text);
  const kind = json.ok && json.value && typeof json.value === 'object' ? (json.value as { kind?: unknown }).kind : undefined;

  if (kind === 'kelola.templates') {
    const pack = parsePack(text);
    if (!pack.ok) return { ok: false, errors: pack.errors.map((e) => packErrorMessage(e, lang)) };
    const existing = await getDb().templates.toArray();
    const p = planPackImport(pack.pack, existing, now);
    const byId = new Map(existing.map((t) => [t.id, t]));
    const plan: ImportPlan = {
      perTable: { templates: { added: p.added.length, updated: p.updated.length, skipped: p.skipped.length } },
      rows: {
        templates: {
          put: [...p.added, ...p.updated],
          previous: p.updated.map((t) => byId.get(t.id)!).filter(Boolean),
          addedIds: p.added.map((t) => t.id),
        },
      },
    };
    return { ok: true, kind: 'templates', plan, skippedNotes: p.skipped.map((s) => `${s.title} (${translate(lang, `import.skip.${s.reason}`)})`) };
  }

  if (kind === TERMS_KIND) {
    const file = parseTermsFile(text);
    if (!file.ok) return { ok: false, errors: file.errors.map((e) => termsErrorMessage(e, lang)) };
    const p = planTermsImport(file.terms, await getDb().terms.toArray(), now, newId);
    const plan: ImportPlan = {
      perTable: { terms: { added: p.added.length, updated: p.updated.length, skipped: p.skipped.length } },
      rows: { terms: { put: [...p.added, ...p.updated], previous: p.previous, addedIds: p.added.map((t) => t.id) } },
    };
    return { ok: true, kind: 'terms', plan, skippedNotes: p.skipped.map((t) => `${t.term} (${translate(lang, 'import.skip.identical')})`) };
  }

  const parsed = parseBackup(text, json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => backupErrorMessage(e, lang)) };
  const plan = await planImport(parsed.backup.tables as Partial<Record<BackupTable, Array<{ id: string }>>>);
  return { ok: true, kind: 'backup', plan, skippedNotes: [] };
}
