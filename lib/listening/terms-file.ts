/**
 * Term lists shared between teams as a file:
 *
 *   { "kind": "kelola.terms", "version": 1,
 *     "terms": [ { "term": "Kopi Kenangan", "group": "own" | "competitor" | "industry",
 *                  "exclude": ["kenangan mantan"], "variants"?: ["kopken"] } ] }
 *
 * The whole file is checked before anything is stored; every problem is reported with the term's
 * row (1-based) so the sender can fix the file. Nothing unknown is guessed at: other kinds, newer
 * versions, unknown fields and prototype keys are refused.
 */
import type { TermGroup, TrackedTerm } from '../models';
import { translate, type UiLang } from '../i18n';
import { matchTokens } from './matcher';

export const TERMS_KIND = 'kelola.terms';
export const TERMS_VERSION = 1;
export const TERMS_MAX_CHARS = 2 * 1024 * 1024;
export const TERMS_MAX = 2000;
export const TERMS_MAX_ERRORS = 30;
const GROUPS: readonly TermGroup[] = ['own', 'competitor', 'industry'];
const FIELDS = new Set(['term', 'group', 'exclude', 'variants']);

export type TermsErrorCode =
  | 'too-large' | 'not-json' | 'forbidden-key' | 'not-object' | 'wrong-kind' | 'bad-version' | 'newer-version'
  | 'no-terms' | 'empty' | 'too-many' | 'unknown-field' | 'term-not-object' | 'term-missing' | 'term-length'
  | 'bad-group' | 'bad-list' | 'bad-list-item' | 'list-too-long' | 'unmatchable' | 'duplicate';

export interface TermsError {
  code: TermsErrorCode;
  /** 1-based position of the term in the file; absent for file-level problems. */
  row?: number;
  /** The offending field name or value, as written in the file. */
  detail?: string;
}

export interface TermsFileEntry {
  term: string;
  group: TermGroup;
  variants: string[];
  exclude: string[];
}

export type ParsedTermsFile = { ok: true; terms: TermsFileEntry[] } | { ok: false; errors: TermsError[] };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; code: 'not-json' | 'forbidden-key' } {
  let forbidden = false;
  try {
    const value = JSON.parse(text, (key, v: unknown) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') forbidden = true;
      return v;
    });
    return forbidden ? { ok: false, code: 'forbidden-key' } : { ok: true, value };
  } catch {
    return { ok: false, code: 'not-json' };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key two spellings of one term share (`Kopi Kenangan` = `#KopiKenangan` = `kopi  kenangan`). */
export function termKey(term: string): string {
  return matchTokens(term).filter((t) => t !== '\u0000').join(' ');
}

function readList(raw: unknown, row: number, field: string, minLen: number, errors: TermsError[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push({ code: 'bad-list', row, detail: field });
    return [];
  }
  if (raw.length > 20) errors.push({ code: 'list-too-long', row, detail: field });
  const out: string[] = [];
  for (const item of raw.slice(0, 20)) {
    const s = typeof item === 'string' ? item.trim() : null;
    if (s === null || s.length < minLen || s.length > 100) errors.push({ code: 'bad-list-item', row, detail: `${field}: ${String(item).slice(0, 40)}` });
    else if (!out.includes(s)) out.push(s);
  }
  return out;
}

export function parseTermsFile(text: string): ParsedTermsFile {
  if (text.length > TERMS_MAX_CHARS) return { ok: false, errors: [{ code: 'too-large' }] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [{ code: json.code }] };
  const doc = json.value;
  if (!isObject(doc)) return { ok: false, errors: [{ code: 'not-object' }] };
  if (doc.kind !== TERMS_KIND) return { ok: false, errors: [{ code: 'wrong-kind', detail: String(doc.kind ?? '').slice(0, 40) }] };
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) return { ok: false, errors: [{ code: 'bad-version' }] };
  if (doc.version > TERMS_VERSION) return { ok: false, errors: [{ code: 'newer-version', detail: String(doc.version) }] };
  const extra = Object.keys(doc).filter((k) => !['kind', 'version', 'terms', 'name'].includes(k));
  const errors: TermsError[] = extra.map((k) => ({ code: 'unknown-field' as const, detail: k.slice(0, 40) }));
  if (!Array.isArray(doc.terms)) return { ok: false, errors: [...errors, { code: 'no-terms' }] };
  if (doc.terms.length === 0) return { ok: false, errors: [...errors, { code: 'empty' }] };
  if (doc.terms.length > TERMS_MAX) return { ok: false, errors: [...errors, { code: 'too-many', detail: String(doc.terms.length) }] };

  const terms: TermsFileEntry[] = [];
  const firstRow = new Map<string, number>();
  doc.terms.forEach((raw: unknown, i: number) => {
    const row = i + 1;
    if (!isObject(raw)) {
      errors.push({ code: 'term-not-object', row });
      return;
    }
    for (const k of Object.keys(raw)) if (!FIELDS.has(k)) errors.push({ code: 'unknown-field', row, detail: k.slice(0, 40) });
    const before = errors.length;
    const term = typeof raw.term === 'string' ? raw.term.trim() : null;
    if (term === null) errors.push({ code: 'term-missing', row });
    else if (term.length < 2 || term.length > 100) errors.push({ code: 'term-length', row, detail: term.slice(0, 40) });
    const group = GROUPS.find((g) => g === raw.group);
    if (!group) errors.push({ code: 'bad-group', row, detail: String(raw.group ?? '').slice(0, 40) });
    const exclude = readList(raw.exclude, row, 'exclude', 1, errors);
    const variants = readList(raw.variants, row, 'variants', 2, errors);
    if (errors.length > before || term === null || !group) return;
    const key = termKey(term);
    if (!key) {
      errors.push({ code: 'unmatchable', row, detail: term.slice(0, 40) });
      return;
    }
    const dup = firstRow.get(`${group}|${key}`);
    if (dup !== undefined) {
      errors.push({ code: 'duplicate', row, detail: String(dup) });
      return;
    }
    firstRow.set(`${group}|${key}`, row);
    terms.push({ term, group, variants, exclude });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, TERMS_MAX_ERRORS) };
  return { ok: true, terms };
}

/** One error in the user's language, with the term's row where it has one. */
export function termsErrorMessage(err: TermsError, lang: UiLang): string {
  const base = translate(lang, `listening.termsFile.err.${err.code}`, err.detail ?? '');
  return err.row ? `${translate(lang, 'listening.termsFile.row', err.row)}: ${base}` : base;
}

export interface TermsImportPlan {
  added: TrackedTerm[];
  updated: TrackedTerm[];
  /** Stored rows the updates replace, for undo. */
  previous: TrackedTerm[];
  skipped: TrackedTerm[];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Compares a parsed file with the stored terms. A term already stored (same key and group) is
 * updated when its exclusions or variants differ, left alone when they do not; anything else is added.
 */
export function planTermsImport(entries: readonly TermsFileEntry[], existing: readonly TrackedTerm[], now: number, newId: () => string): TermsImportPlan {
  const byKey = new Map(existing.map((t) => [`${t.group}|${termKey(t.term)}`, t] as const));
  const plan: TermsImportPlan = { added: [], updated: [], previous: [], skipped: [] };
  for (const e of entries) {
    const old = byKey.get(`${e.group}|${termKey(e.term)}`);
    if (!old) {
      plan.added.push({ id: newId(), term: e.term, group: e.group, variants: e.variants, exclude: e.exclude, createdAt: now });
      continue;
    }
    const variants = e.variants.length > 0 ? e.variants : old.variants;
    if (sameList(old.exclude, e.exclude) && sameList(old.variants, variants) && old.term === e.term) {
      plan.skipped.push(old);
      continue;
    }
    plan.updated.push({ ...old, term: e.term, exclude: e.exclude, variants });
    plan.previous.push(old);
  }
  return plan;
}

/** The stored terms as a shareable file. */
export function exportTermsFile(terms: readonly TrackedTerm[]): string {
  return `${JSON.stringify(
    {
      kind: TERMS_KIND,
      version: TERMS_VERSION,
      terms: terms.map((t) => ({ term: t.term, group: t.group, exclude: t.exclude, ...(t.variants.length ? { variants: t.variants } : {}) })),
    },
    null,
    2,
  )}\n`;
}
