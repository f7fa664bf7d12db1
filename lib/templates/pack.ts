/**
 * Template packs: the public JSON format for sharing reply templates between Kelola users.
 *
 *   {
 *     "kind": "kelola.templates",
 *     "version": 1,
 *     "name": "optional pack name",
 *     "templates": [
 *       { "title": "…", "body": "…", "language": "id" | "en",
 *         "abbreviation"?: "thx" | null, "tags"?: ["…"], "platforms"?: ["x", …],
 *         "folder"?: "…", "favorite"?: true, "variantGroup"?: "any-key-shared-by-variants" }
 *     ]
 *   }
 *
 * Parsing refuses anything it does not understand rather than guessing: other kinds, newer
 * versions, unknown fields, prototype-polluting keys, more than 5,000 templates, files over 5 MB,
 * two templates with the same abbreviation in the same language. The bookkeeping fields of a stored
 * template (id, usageCount, lastUsedAt, createdAt, updatedAt) are the one tolerance: they are
 * ignored, so a list of stored templates wrapped in the envelope imports cleanly.
 *
 * Errors are data (code + path + params); `packErrorMessage` words them in Indonesian or English.
 */
import { z } from 'zod';
import { TEMPLATE_BODY_MAX, Template, type Lang } from '../models';

export const PACK_KIND = 'kelola.templates';
export const PACK_VERSION = 1;
/** Longest pack text accepted, in UTF-16 code units (about 5 MB of mostly-ASCII JSON). */
export const PACK_MAX_CHARS = 5 * 1024 * 1024;
export const PACK_MAX_TEMPLATES = 5000;
/** Reporting stops after this many errors: a broken file does not need 5,000 lines of them. */
export const PACK_MAX_ERRORS = 50;

const TITLE_MAX = 120;
const TAG_MAX = 40;
const TAGS_MAX = 30;
const FOLDER_MAX = 500;
const BODY_MAX = TEMPLATE_BODY_MAX;

export const PackTemplate = z.strictObject({
  title: Template.shape.title,
  body: Template.shape.body.refine((s) => s.trim().length > 0, { message: 'body is blank' }),
  abbreviation: Template.shape.abbreviation.optional(),
  language: Template.shape.language,
  tags: Template.shape.tags.optional(),
  platforms: Template.shape.platforms.optional(),
  folder: Template.shape.folder.optional(),
  favorite: z.boolean().optional(),
  variantGroup: Template.shape.variantGroup.optional(),
});
export type PackTemplate = z.infer<typeof PackTemplate>;

export const TemplatePack = z.strictObject({
  kind: z.literal(PACK_KIND),
  version: z.literal(PACK_VERSION),
  name: z.string().trim().max(TITLE_MAX).optional(),
  templates: z.array(PackTemplate).min(1).max(PACK_MAX_TEMPLATES),
});
export type TemplatePack = z.infer<typeof TemplatePack>;

export const PACK_ERROR_CODES = [
  'too-large',
  'empty-file',
  'not-json',
  'not-object',
  'forbidden-key',
  'missing-kind',
  'wrong-kind',
  'bad-version',
  'newer-version',
  'no-templates',
  'empty-pack',
  'too-many-templates',
  'unknown-field',
  'missing-field',
  'bad-type',
  'bad-name',
  'template-not-object',
  'title-empty',
  'title-too-long',
  'body-empty',
  'body-too-long',
  'bad-abbreviation',
  'duplicate-abbreviation',
  'bad-language',
  'too-many-tags',
  'bad-tag',
  'too-many-platforms',
  'bad-platform',
  'folder-too-long',
  'bad-variant-group',
  'invalid',
  'more-errors',
] as const;
export type PackErrorCode = (typeof PACK_ERROR_CODES)[number];

export type PackErrorPath = Array<string | number>;

export interface PackError {
  code: PackErrorCode;
  /** Where in the JSON: e.g. ["templates", 2, "title"] (indices are 0-based here). */
  path: PackErrorPath;
  params: Record<string, string | number>;
}

export type ParsePackResult = { ok: true; pack: TemplatePack } | { ok: false; errors: PackError[] };

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(['kind', 'version', 'name', 'templates']);
const TEMPLATE_KEYS: ReadonlySet<string> = new Set(Object.keys(PackTemplate.shape));
const IGNORED_TEMPLATE_KEYS: ReadonlySet<string> = new Set(['id', 'usageCount', 'lastUsedAt', 'createdAt', 'updatedAt']);
const REQUIRED_TEMPLATE_KEYS = ['title', 'body', 'language'] as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function has(o: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

function describe(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'object' : typeof v;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Walks the parsed JSON without recursion and reports keys that could reach a prototype. */
function findForbiddenKeys(root: unknown): PackError[] {
  const errors: PackError[] = [];
  const stack: Array<{ value: unknown; path: PackErrorPath }> = [{ value: root, path: [] }];
  while (stack.length > 0 && errors.length < 10) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const v: unknown = value[i];
        if (typeof v === 'object' && v !== null) stack.push({ value: v, path: [...path, i] });
      }
    } else if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          errors.push({ code: 'forbidden-key', path: [...path, key], params: { key } });
          continue;
        }
        const v = value[key];
        if (typeof v === 'object' && v !== null) stack.push({ value: v, path: [...path, key] });
      }
    }
  }
  return errors;
}

function templateParams(item: Record<string, unknown>, extra: Record<string, string | number> = {}): Record<string, string | number> {
  const title = item.title;
  return typeof title === 'string' && title.trim().length > 0 ? { title: describe(title.trim()), ...extra } : extra;
}

function mapIssue(issue: z.core.$ZodIssue, item: Record<string, unknown>, index: number): PackError[] {
  const base: PackErrorPath = ['templates', index];
  const field = issue.path[0];
  const path: PackErrorPath = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const err = (code: PackErrorCode, params: Record<string, string | number> = {}): PackError[] => [
    { code, path, params: templateParams(item, params) },
  ];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ code: 'unknown-field' as const, path: [...base, key], params: templateParams(item, { field: key }) }));
  }
  const value = typeof field === 'string' ? item[field] : undefined;
  const badType = (expected: string): PackError[] =>
    err('bad-type', { field: String(field), expected, got: jsonType(issue.path.length > 1 ? undefined : value) });
  switch (field) {
    case 'title':
      if (issue.code === 'invalid_type') return badType('string');
      return issue.code === 'too_big' ? err('title-too-long', { max: TITLE_MAX }) : err('title-empty');
    case 'body':
      if (issue.code === 'invalid_type') return badType('string');
      return issue.code === 'too_big'
        ? err('body-too-long', { max: BODY_MAX, length: typeof value === 'string' ? value.length : 0 })
        : err('body-empty');
    case 'abbreviation':
      if (issue.code === 'invalid_type') return badType('string');
      return err('bad-abbreviation', { value: describe(value) });
    case 'language':
      return err('bad-language', { value: describe(value) });
    case 'tags': {
      if (issue.path.length > 1 && typeof issue.path[1] === 'number') {
        return err('bad-tag', { n: issue.path[1] + 1, value: describe(Array.isArray(value) ? value[issue.path[1]] : undefined), max: TAG_MAX });
      }
      if (issue.code === 'invalid_type') return badType('array');
      return err('too-many-tags', { max: TAGS_MAX });
    }
    case 'platforms': {
      if (issue.path.length > 1 && typeof issue.path[1] === 'number') {
        return err('bad-platform', { value: describe(Array.isArray(value) ? value[issue.path[1]] : undefined) });
      }
      if (issue.code === 'invalid_type') return badType('array');
      return err('too-many-platforms', { max: 7 });
    }
    case 'folder':
      if (issue.code === 'invalid_type') return badType('string');
      return err('folder-too-long', { max: FOLDER_MAX });
    case 'favorite':
      return badType('boolean');
    case 'variantGroup':
      return err('bad-variant-group', { value: describe(value) });
    default:
      return err('invalid');
  }
}

function dedupe<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/** Tolerated spellings that mean the same thing: "" for "no abbreviation", padding around it. */
function tidyTemplate(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (IGNORED_TEMPLATE_KEYS.has(key)) continue;
    out[key] = raw[key];
  }
  if (typeof out.abbreviation === 'string') {
    const a = out.abbreviation.trim();
    out.abbreviation = a.length === 0 ? null : a;
  }
  if (typeof out.language === 'string') out.language = out.language.trim().toLowerCase();
  if (Array.isArray(out.platforms)) {
    out.platforms = dedupe(
      out.platforms.map((p: unknown) => (typeof p === 'string' ? p.trim().toLowerCase() : p)),
      (p) => String(p),
    );
  }
  return out;
}

export function parsePack(jsonText: string): ParsePackResult {
  if (typeof jsonText !== 'string') return fail({ code: 'not-json', path: [], params: {} });
  if (jsonText.length > PACK_MAX_CHARS) {
    return fail({ code: 'too-large', path: [], params: { size: jsonText.length, max: PACK_MAX_CHARS } });
  }
  const text = jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText;
  if (text.trim().length === 0) return fail({ code: 'empty-file', path: [], params: {} });

  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json', path: [], params: {} });
  }
  if (!isPlainObject(root)) return fail({ code: 'not-object', path: [], params: { got: jsonType(root) } });

  const forbidden = findForbiddenKeys(root);
  if (forbidden.length > 0) return { ok: false, errors: forbidden };

  if (!has(root, 'kind')) return fail({ code: 'missing-kind', path: ['kind'], params: {} });
  if (root.kind !== PACK_KIND) return fail({ code: 'wrong-kind', path: ['kind'], params: { kind: describe(root.kind) } });

  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'bad-version', path: ['version'], params: { version: describe(version) } });
  }
  if (version > PACK_VERSION) {
    return fail({ code: 'newer-version', path: ['version'], params: { version, supported: PACK_VERSION } });
  }

  const errors: PackError[] = [];
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.has(key)) errors.push({ code: 'unknown-field', path: [key], params: { field: key } });
  }
  if (has(root, 'name') && (typeof root.name !== 'string' || root.name.trim().length > TITLE_MAX)) {
    errors.push({ code: 'bad-name', path: ['name'], params: { max: TITLE_MAX } });
  }
  const list = root.templates;
  if (!Array.isArray(list)) {
    errors.push({ code: 'no-templates', path: ['templates'], params: {} });
    return { ok: false, errors };
  }
  if (list.length === 0) {
    errors.push({ code: 'empty-pack', path: ['templates'], params: {} });
    return { ok: false, errors };
  }
  if (list.length > PACK_MAX_TEMPLATES) {
    errors.push({ code: 'too-many-templates', path: ['templates'], params: { count: list.length, max: PACK_MAX_TEMPLATES } });
    return { ok: false, errors };
  }

  let dropped = 0;
  const push = (e: PackError): void => {
    if (errors.length < PACK_MAX_ERRORS) errors.push(e);
    else dropped++;
  };
  const templates: PackTemplate[] = [];
  const abbreviations = new Map<string, number>();
  list.forEach((raw: unknown, index) => {
    if (!isPlainObject(raw)) {
      push({ code: 'template-not-object', path: ['templates', index], params: { got: jsonType(raw) } });
      return;
    }
    const item = tidyTemplate(raw);
    let complete = true;
    for (const key of REQUIRED_TEMPLATE_KEYS) {
      if (!has(item, key) || item[key] === undefined) {
        push({ code: 'missing-field', path: ['templates', index, key], params: templateParams(item, { field: key }) });
        complete = false;
      }
    }
    if (!complete) {
      for (const key of Object.keys(item)) {
        if (!TEMPLATE_KEYS.has(key)) {
          push({ code: 'unknown-field', path: ['templates', index, key], params: templateParams(item, { field: key }) });
        }
      }
      return;
    }
    const parsed = PackTemplate.safeParse(item);
    if (!parsed.success) {
      // One problem can raise several issues (an empty body is both too short and blank).
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        for (const e of mapIssue(issue, item, index)) {
          const key = `${e.code}|${e.path.join('/')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          push(e);
        }
      }
      return;
    }
    const t = parsed.data;
    if (t.abbreviation) {
      const key = `${t.language}:${t.abbreviation.toLowerCase()}`;
      const first = abbreviations.get(key);
      if (first !== undefined) {
        push({
          code: 'duplicate-abbreviation',
          path: ['templates', index, 'abbreviation'],
          params: templateParams(item, { abbreviation: t.abbreviation, language: t.language, firstIndex: first + 1 }),
        });
        return;
      }
      abbreviations.set(key, index);
    }
    if (t.tags) t.tags = dedupe(t.tags, (s) => s.toLowerCase());
    templates.push(t);
  });
  if (dropped > 0) errors.push({ code: 'more-errors', path: [], params: { count: dropped } });
  if (errors.length > 0) return { ok: false, errors };

  const pack: TemplatePack = { kind: PACK_KIND, version: PACK_VERSION, templates };
  if (typeof root.name === 'string' && root.name.trim().length > 0) pack.name = root.name.trim();
  return { ok: true, pack };
}

function fail(error: PackError): ParsePackResult {
  return { ok: false, errors: [error] };
}

// ---------------------------------------------------------------------------------------------
// Import planning

export type PackSkipReason = 'identical' | 'duplicate-in-pack';

export interface PackImportPlan {
  added: Template[];
  updated: Template[];
  skipped: Array<{ title: string; language: Lang; reason: PackSkipReason }>;
}

export interface PlanOptions {
  /** Id for the n-th added template; by default `tpl-<now in base 36>-<n>`, skipping taken ids. */
  newId?: (n: number) => string;
}

function titleKey(lang: Lang, title: string): string {
  return `${lang}:${title.trim().normalize('NFC').toLowerCase()}`;
}

function abbrKey(lang: Lang, abbreviation: string): string {
  return `${lang}:${abbreviation.toLowerCase()}`;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameContent(a: Template, b: Template): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.abbreviation === b.abbreviation &&
    a.folder === b.folder &&
    a.favorite === b.favorite &&
    a.variantGroup === b.variantGroup &&
    sameList(a.tags, b.tags) &&
    sameList(a.platforms, b.platforms)
  );
}

/**
 * What importing `pack` into `existing` would do, without doing it. A pack template matches a
 * stored one with the same abbreviation and language, else the same title (case-insensitive) and
 * language. A match with identical content is skipped; otherwise it is updated in place (id,
 * usage count, last use and creation time kept). Fields the pack leaves out keep their stored
 * value. A second pack template matching what an earlier one already matched or added is skipped.
 * Variant groups from the pack are mapped onto the group of an already-stored variant when there is
 * one, so importing the English half of a reply joins it to the stored Indonesian half.
 */
export function planPackImport(
  pack: TemplatePack,
  existing: readonly Template[],
  now: number,
  opts: PlanOptions = {},
): PackImportPlan {
  const byAbbr = new Map<string, Template>();
  const byTitle = new Map<string, Template>();
  const takenIds = new Set<string>();
  const takenGroups = new Set<string>();
  for (const t of existing) {
    takenIds.add(t.id);
    if (t.variantGroup !== null) takenGroups.add(t.variantGroup);
    if (t.abbreviation !== null) {
      const k = abbrKey(t.language, t.abbreviation);
      if (!byAbbr.has(k)) byAbbr.set(k, t);
    }
    const tk = titleKey(t.language, t.title);
    if (!byTitle.has(tk)) byTitle.set(tk, t);
  }

  type Match = { kind: 'existing'; ex: Template } | { kind: 'new' } | { kind: 'duplicate' };
  const matches: Match[] = [];
  const usedExisting = new Set<string>();
  const claimed = new Set<string>();
  for (const p of pack.templates) {
    const aKey = p.abbreviation ? `a:${abbrKey(p.language, p.abbreviation)}` : null;
    const tKey = `t:${titleKey(p.language, p.title)}`;
    const ex = (p.abbreviation ? byAbbr.get(abbrKey(p.language, p.abbreviation)) : undefined) ?? byTitle.get(tKey.slice(2));
    if (ex) {
      if (usedExisting.has(ex.id)) matches.push({ kind: 'duplicate' });
      else {
        usedExisting.add(ex.id);
        matches.push({ kind: 'existing', ex });
      }
    } else if (claimed.has(tKey) || (aKey !== null && claimed.has(aKey))) {
      matches.push({ kind: 'duplicate' });
    } else {
      matches.push({ kind: 'new' });
    }
    claimed.add(tKey);
    if (aKey !== null) claimed.add(aKey);
  }

  // Pack group key → stored group id: reuse a matched variant's group, else the pack's own key
  // when no stored template uses it, else a fresh one.
  const groupIds = new Map<string, string>();
  pack.templates.forEach((p, i) => {
    const m = matches[i];
    if (!p.variantGroup || m?.kind !== 'existing' || m.ex.variantGroup === null) return;
    if (!groupIds.has(p.variantGroup)) groupIds.set(p.variantGroup, m.ex.variantGroup);
  });
  const groupFor = (key: string): string => {
    let id = groupIds.get(key);
    if (id === undefined) {
      id = key;
      for (let n = 1; takenGroups.has(id); n++) id = `${key}-${now.toString(36)}${n > 1 ? `-${n}` : ''}`;
      takenGroups.add(id);
      groupIds.set(key, id);
    }
    return id;
  };

  let counter = 0;
  const nextId = (): string => {
    for (;;) {
      counter++;
      const id = opts.newId ? opts.newId(counter) : `tpl-${now.toString(36)}-${counter.toString(36)}`;
      if (!takenIds.has(id)) {
        takenIds.add(id);
        return id;
      }
      if (opts.newId && counter > pack.templates.length + existing.length + 1000) {
        throw new Error('planPackImport: newId keeps returning ids that are already taken');
      }
    }
  };

  const plan: PackImportPlan = { added: [], updated: [], skipped: [] };
  pack.templates.forEach((p, i) => {
    const m = matches[i]!;
    if (m.kind === 'duplicate') {
      plan.skipped.push({ title: p.title, language: p.language, reason: 'duplicate-in-pack' });
      return;
    }
    const group = p.variantGroup === undefined ? undefined : p.variantGroup === null ? null : groupFor(p.variantGroup);
    if (m.kind === 'existing') {
      const ex = m.ex;
      const merged: Template = {
        ...ex,
        title: p.title,
        body: p.body,
        abbreviation: p.abbreviation !== undefined ? p.abbreviation : ex.abbreviation,
        tags: p.tags ? [...p.tags] : ex.tags,
        platforms: p.platforms ? [...p.platforms] : ex.platforms,
        folder: p.folder ?? ex.folder,
        favorite: p.favorite ?? ex.favorite,
        variantGroup: group !== undefined ? group : ex.variantGroup,
      };
      if (sameContent(merged, ex)) plan.skipped.push({ title: p.title, language: p.language, reason: 'identical' });
      else plan.updated.push({ ...merged, updatedAt: now });
      return;
    }
    plan.added.push({
      id: nextId(),
      title: p.title,
      body: p.body,
      abbreviation: p.abbreviation ?? null,
      language: p.language,
      variantGroup: group ?? null,
      folder: p.folder ?? '',
      tags: p.tags ? [...p.tags] : [],
      platforms: p.platforms ? [...p.platforms] : [],
      favorite: p.favorite ?? false,
      usageCount: 0,
      lastUsedAt: null,
      createdAt: now,
      updatedAt: now,
    });
  });
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Export

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A pack of the given templates as pretty JSON. The order is fixed (language, folder, title, id)
 * and empty optional fields are left out, so exporting the same library twice gives the same file.
 */
export function exportPack(templates: readonly Template[], opts: { name?: string } = {}): string {
  const sorted = [...templates].sort(
    (a, b) =>
      compareText(a.language, b.language) ||
      compareText(a.folder.toLowerCase(), b.folder.toLowerCase()) ||
      compareText(a.title.toLowerCase(), b.title.toLowerCase()) ||
      compareText(a.id, b.id),
  );
  const out: Record<string, unknown> = { kind: PACK_KIND, version: PACK_VERSION };
  const name = opts.name?.trim();
  if (name) out.name = name.slice(0, TITLE_MAX);
  out.templates = sorted.map((t) => {
    const o: Record<string, unknown> = { title: t.title, body: t.body };
    if (t.abbreviation !== null) o.abbreviation = t.abbreviation;
    o.language = t.language;
    if (t.tags.length > 0) o.tags = [...t.tags];
    if (t.platforms.length > 0) o.platforms = [...t.platforms];
    if (t.folder.length > 0) o.folder = t.folder;
    if (t.favorite) o.favorite = true;
    if (t.variantGroup !== null) o.variantGroup = t.variantGroup;
    return o;
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Messages

type Params = Record<string, string | number>;

const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  id: { string: 'teks', boolean: 'true/false', array: 'daftar', object: 'objek', number: 'angka', null: 'null' },
  en: { string: 'text', boolean: 'true/false', array: 'a list', object: 'an object', number: 'a number', null: 'null' },
};

function mb(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1);
}

const MESSAGES: Record<PackErrorCode, Record<Lang, (p: Params) => string>> = {
  'too-large': {
    id: (p) => `Berkas terlalu besar (${mb(Number(p.size))} MB; maksimum ${mb(Number(p.max))} MB).`,
    en: (p) => `The file is too large (${mb(Number(p.size))} MB; the maximum is ${mb(Number(p.max))} MB).`,
  },
  'empty-file': { id: () => 'Berkasnya kosong.', en: () => 'The file is empty.' },
  'not-json': {
    id: () => 'Berkas ini bukan JSON yang valid.',
    en: () => 'This file is not valid JSON.',
  },
  'not-object': {
    id: () => 'Berkas ini bukan paket template Kelola (isinya harus berupa objek JSON).',
    en: () => 'This file is not a Kelola template pack (it must contain a JSON object).',
  },
  'forbidden-key': {
    id: (p) => `berkas berisi kunci terlarang "${p.key}"; demi keamanan berkas ini ditolak.`,
    en: (p) => `the file contains the forbidden key "${p.key}"; it was refused for safety.`,
  },
  'missing-kind': {
    id: () => 'Ini bukan paket template Kelola (tidak ada kolom "kind").',
    en: () => 'This is not a Kelola template pack (there is no "kind" field).',
  },
  'wrong-kind': {
    id: (p) => `Ini bukan paket template Kelola (jenisnya "${p.kind}", seharusnya "${PACK_KIND}").`,
    en: (p) => `This is not a Kelola template pack (its kind is "${p.kind}", expected "${PACK_KIND}").`,
  },
  'bad-version': {
    id: (p) => `Versi paket tidak valid (${p.version}).`,
    en: (p) => `The pack version is not valid (${p.version}).`,
  },
  'newer-version': {
    id: (p) =>
      `Paket ini dibuat oleh Kelola versi yang lebih baru (format versi ${p.version}, yang didukung versi ${p.supported}). Perbarui Kelola lalu coba lagi.`,
    en: (p) =>
      `This pack was made by a newer Kelola (format version ${p.version}; this version reads ${p.supported}). Update Kelola and try again.`,
  },
  'no-templates': {
    id: () => 'Paket tidak berisi daftar "templates".',
    en: () => 'The pack has no "templates" list.',
  },
  'empty-pack': {
    id: () => 'Paket tidak berisi template apa pun, jadi tidak ada yang diimpor.',
    en: () => 'The pack contains no templates, so there is nothing to import.',
  },
  'too-many-templates': {
    id: (p) => `Paket berisi ${p.count} template; maksimum ${p.max}.`,
    en: (p) => `The pack contains ${p.count} templates; the maximum is ${p.max}.`,
  },
  'unknown-field': {
    id: (p) => `kolom "${p.field}" tidak dikenal`,
    en: (p) => `unknown field "${p.field}"`,
  },
  'missing-field': {
    id: (p) => `kolom "${p.field}" wajib diisi`,
    en: (p) => `the "${p.field}" field is required`,
  },
  'bad-type': {
    id: (p) => `kolom "${p.field}" harus berupa ${TYPE_WORDS.id[String(p.expected)] ?? p.expected}`,
    en: (p) => `"${p.field}" must be ${TYPE_WORDS.en[String(p.expected)] ?? p.expected}`,
  },
  'bad-name': {
    id: (p) => `nama paket harus berupa teks, maksimal ${p.max} karakter`,
    en: (p) => `the pack name must be text of at most ${p.max} characters`,
  },
  'template-not-object': {
    id: () => 'bukan sebuah template (harus berupa objek JSON)',
    en: () => 'is not a template (it must be a JSON object)',
  },
  'title-empty': { id: () => 'judul kosong', en: () => 'title is empty' },
  'title-too-long': {
    id: (p) => `judul lebih dari ${p.max} karakter`,
    en: (p) => `title is longer than ${p.max} characters`,
  },
  'body-empty': { id: () => 'isi balasan kosong', en: () => 'body is empty' },
  'body-too-long': {
    id: (p) => `isi balasan ${p.length} karakter, maksimum ${p.max}`,
    en: (p) => `body is ${p.length} characters long; the maximum is ${p.max}`,
  },
  'bad-abbreviation': {
    id: (p) => `singkatan "${p.value}" tidak valid (hanya huruf, angka, _ dan -, maksimal 32 karakter)`,
    en: (p) => `abbreviation "${p.value}" is not valid (letters, digits, _ and - only, at most 32 characters)`,
  },
  'duplicate-abbreviation': {
    id: (p) => `singkatan "${p.abbreviation}" (${p.language}) sudah dipakai template ke-${p.firstIndex}`,
    en: (p) => `abbreviation "${p.abbreviation}" (${p.language}) is already used by template ${p.firstIndex}`,
  },
  'bad-language': {
    id: (p) => `bahasa "${p.value}" tidak didukung (gunakan "id" atau "en")`,
    en: (p) => `language "${p.value}" is not supported (use "id" or "en")`,
  },
  'too-many-tags': {
    id: (p) => `tag lebih dari ${p.max}`,
    en: (p) => `more than ${p.max} tags`,
  },
  'bad-tag': {
    id: (p) => `tag ke-${p.n} tidak valid (harus teks, tidak kosong, maksimal ${p.max} karakter)`,
    en: (p) => `tag ${p.n} is not valid (it must be non-empty text of at most ${p.max} characters)`,
  },
  'too-many-platforms': {
    id: (p) => `platform lebih dari ${p.max}`,
    en: (p) => `more than ${p.max} platforms`,
  },
  'bad-platform': {
    id: (p) => `platform "${p.value}" tidak dikenal`,
    en: (p) => `unknown platform "${p.value}"`,
  },
  'folder-too-long': {
    id: (p) => `nama folder lebih dari ${p.max} karakter`,
    en: (p) => `folder name is longer than ${p.max} characters`,
  },
  'bad-variant-group': {
    id: () => 'kolom "variantGroup" harus berupa teks (1–200 karakter) atau null',
    en: () => '"variantGroup" must be text (1–200 characters) or null',
  },
  invalid: { id: () => 'isi tidak valid', en: () => 'invalid content' },
  'more-errors': {
    id: (p) => `…dan ${p.count} kesalahan lainnya.`,
    en: (p) => `…and ${p.count} more errors.`,
  },
};

function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/** The error as one sentence for the user, in Indonesian or English. */
export function packErrorMessage(err: PackError, lang: Lang): string {
  const l: Lang = lang === 'en' ? 'en' : 'id';
  const entry = MESSAGES[err.code] ?? MESSAGES.invalid;
  const body = entry[l](err.params ?? {});
  const [head, index] = err.path;
  if (head === 'templates' && typeof index === 'number') {
    const title = err.params?.title;
    const n = index + 1;
    const prefix =
      l === 'id'
        ? `Template ke-${n}${title ? ` ("${title}")` : ''}`
        : `Template ${n}${title ? ` ("${title}")` : ''}`;
    return `${prefix}: ${body}`;
  }
  if (head !== undefined && err.code === 'unknown-field') {
    return l === 'id' ? `Paket: ${body}.` : `Pack: ${body}.`;
  }
  const sentence = capitalize(body);
  return /[.!?…]$/u.test(sentence) ? sentence : `${sentence}.`;
}

