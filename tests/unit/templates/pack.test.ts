import { describe, expect, it } from 'vitest';
import { Template } from '../../../lib/models';
import {
  PACK_ERROR_CODES,
  PACK_KIND,
  PACK_MAX_CHARS,
  PACK_MAX_ERRORS,
  PACK_MAX_TEMPLATES,
  exportPack,
  packErrorMessage,
  parsePack,
  planPackImport,
  starterTemplates,
  type PackError,
  type PackErrorCode,
  type TemplatePack,
} from '../../../lib/templates';

const NOW = Date.UTC(2026, 10, 23, 3, 5);
const LATER = NOW + 86_400_000;

function pack(templates: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ kind: PACK_KIND, version: 1, templates, ...extra });
}

const ok = { title: 'Terima kasih', body: 'Halo Kak {first_name}, terima kasih!', language: 'id' };

function mustParse(text: string): TemplatePack {
  const r = parsePack(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}

function errorsOf(text: string): PackError[] {
  const r = parsePack(text);
  if (r.ok) throw new Error('expected the pack to be refused');
  return r.errors;
}

function stored(over: Partial<Template> & { id: string }): Template {
  return {
    title: over.id,
    body: 'Isi',
    abbreviation: null,
    language: 'id',
    variantGroup: null,
    folder: '',
    tags: [],
    platforms: [],
    favorite: false,
    usageCount: 0,
    lastUsedAt: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  };
}

describe('parsePack: accepted packs', () => {
  it('accepts a minimal pack and fills nothing it was not given', () => {
    const p = mustParse(pack([ok]));
    expect(p).toEqual({ kind: PACK_KIND, version: 1, templates: [ok] });
  });

  it('accepts every documented field', () => {
    const full = {
      title: '  Maaf  ',
      body: 'Mohon maaf ya, Kak.',
      abbreviation: 'maaf',
      language: 'id',
      tags: ['keluhan', 'maaf'],
      platforms: ['instagram', 'x'],
      folder: 'Keluhan',
      favorite: true,
      variantGroup: 'apology',
    };
    const p = mustParse(pack([full], { name: 'Paket toko' }));
    expect(p.name).toBe('Paket toko');
    expect(p.templates[0]).toEqual({ ...full, title: 'Maaf' });
  });

  it('tolerates harmless variations', () => {
    const p = mustParse(
      `\uFEFF${pack([
        {
          ...ok,
          abbreviation: ' ',
          language: ' ID ',
          platforms: ['X', 'x', 'Instagram'],
          tags: ['promo', 'Promo', 'diskon'],
          id: 'tpl-1',
          usageCount: 4,
          lastUsedAt: null,
          createdAt: 1,
          updatedAt: 2,
        },
      ])}`,
    );
    expect(p.templates[0]).toEqual({ ...ok, abbreviation: null, platforms: ['x', 'instagram'], tags: ['promo', 'diskon'] });
  });

  it('allows one abbreviation in each language', () => {
    const p = mustParse(pack([{ ...ok, abbreviation: 'thx' }, { ...ok, title: 'Thanks', language: 'en', abbreviation: 'thx' }]));
    expect(p.templates).toHaveLength(2);
  });

  it('accepts exactly the maximum number of templates', () => {
    const many = Array.from({ length: PACK_MAX_TEMPLATES }, (_, i) => ({ title: `T${i}`, body: 'b', language: 'en' }));
    expect(mustParse(pack(many)).templates).toHaveLength(PACK_MAX_TEMPLATES);
  });
});

interface BadCase {
  name: string;
  text: string;
  code: PackErrorCode;
  path?: Array<string | number>;
  id: string;
  en: string;
}

const BAD: BadCase[] = [
  {
    name: 'too large',
    text: `{"kind":"${PACK_KIND}","version":1,"templates":[],"x":"${'a'.repeat(PACK_MAX_CHARS)}"}`,
    code: 'too-large',
    id: 'Berkas terlalu besar (5.0 MB; maksimum 5.0 MB).',
    en: 'The file is too large (5.0 MB; the maximum is 5.0 MB).',
  },
  { name: 'empty file', text: '  \n ', code: 'empty-file', id: 'Berkasnya kosong.', en: 'The file is empty.' },
  {
    name: 'not JSON',
    text: '{kind: kelola',
    code: 'not-json',
    id: 'Berkas ini bukan JSON yang valid.',
    en: 'This file is not valid JSON.',
  },
  {
    name: 'CSV instead of JSON',
    text: 'title,body\nHalo,Terima kasih',
    code: 'not-json',
    id: 'Berkas ini bukan JSON yang valid.',
    en: 'This file is not valid JSON.',
  },
  {
    name: 'a bare array',
    text: JSON.stringify([ok]),
    code: 'not-object',
    id: 'Berkas ini bukan paket template Kelola (isinya harus berupa objek JSON).',
    en: 'This file is not a Kelola template pack (it must contain a JSON object).',
  },
  {
    name: 'null',
    text: 'null',
    code: 'not-object',
    id: 'Berkas ini bukan paket template Kelola (isinya harus berupa objek JSON).',
    en: 'This file is not a Kelola template pack (it must contain a JSON object).',
  },
  {
    name: '__proto__ at the top',
    text: `{"__proto__":{"polluted":true},"kind":"${PACK_KIND}","version":1,"templates":[]}`,
    code: 'forbidden-key',
    path: ['__proto__'],
    id: 'Berkas berisi kunci terlarang "__proto__"; demi keamanan berkas ini ditolak.',
    en: 'The file contains the forbidden key "__proto__"; it was refused for safety.',
  },
  {
    name: 'constructor inside a template',
    text: pack([{ ...ok, constructor: { prototype: { x: 1 } } }]),
    code: 'forbidden-key',
    path: ['templates', 0, 'constructor'],
    id: 'Template ke-1: berkas berisi kunci terlarang "constructor"; demi keamanan berkas ini ditolak.',
    en: 'Template 1: the file contains the forbidden key "constructor"; it was refused for safety.',
  },
  {
    name: 'prototype deep in tags',
    text: pack([{ ...ok, tags: [{ prototype: 1 }] }]),
    code: 'forbidden-key',
    path: ['templates', 0, 'tags', 0, 'prototype'],
    id: 'Template ke-1: berkas berisi kunci terlarang "prototype"; demi keamanan berkas ini ditolak.',
    en: 'Template 1: the file contains the forbidden key "prototype"; it was refused for safety.',
  },
  {
    name: 'no kind',
    text: JSON.stringify({ version: 1, templates: [ok] }),
    code: 'missing-kind',
    id: 'Ini bukan paket template Kelola (tidak ada kolom "kind").',
    en: 'This is not a Kelola template pack (there is no "kind" field).',
  },
  {
    name: 'a backup instead of a pack',
    text: JSON.stringify({ kind: 'kelola.backup', version: 1 }),
    code: 'wrong-kind',
    id: 'Ini bukan paket template Kelola (jenisnya "kelola.backup", seharusnya "kelola.templates").',
    en: 'This is not a Kelola template pack (its kind is "kelola.backup", expected "kelola.templates").',
  },
  {
    name: 'version as text',
    text: JSON.stringify({ kind: PACK_KIND, version: '1', templates: [ok] }),
    code: 'bad-version',
    id: 'Versi paket tidak valid (1).',
    en: 'The pack version is not valid (1).',
  },
  {
    name: 'fractional version',
    text: JSON.stringify({ kind: PACK_KIND, version: 1.5, templates: [ok] }),
    code: 'bad-version',
    id: 'Versi paket tidak valid (1.5).',
    en: 'The pack version is not valid (1.5).',
  },
  {
    name: 'newer version',
    text: JSON.stringify({ kind: PACK_KIND, version: 2, templates: [ok] }),
    code: 'newer-version',
    id: 'Paket ini dibuat oleh Kelola versi yang lebih baru (format versi 2, yang didukung versi 1). Perbarui Kelola lalu coba lagi.',
    en: 'This pack was made by a newer Kelola (format version 2; this version reads 1). Update Kelola and try again.',
  },
  {
    name: 'no templates list',
    text: JSON.stringify({ kind: PACK_KIND, version: 1, templates: { a: ok } }),
    code: 'no-templates',
    id: 'Paket tidak berisi daftar "templates".',
    en: 'The pack has no "templates" list.',
  },
  {
    name: 'nothing to import',
    text: pack([]),
    code: 'empty-pack',
    id: 'Paket tidak berisi template apa pun, jadi tidak ada yang diimpor.',
    en: 'The pack contains no templates, so there is nothing to import.',
  },
  {
    name: 'too many templates',
    text: pack(Array.from({ length: PACK_MAX_TEMPLATES + 1 }, (_, i) => ({ title: `T${i}`, body: 'b', language: 'en' }))),
    code: 'too-many-templates',
    id: 'Paket berisi 5001 template; maksimum 5000.',
    en: 'The pack contains 5001 templates; the maximum is 5000.',
  },
  {
    name: 'unknown top-level field',
    text: pack([ok], { author: 'x' }),
    code: 'unknown-field',
    path: ['author'],
    id: 'Paket: kolom "author" tidak dikenal.',
    en: 'Pack: unknown field "author".',
  },
  {
    name: 'pack name not text',
    text: pack([ok], { name: 5 }),
    code: 'bad-name',
    id: 'Nama paket harus berupa teks, maksimal 120 karakter.',
    en: 'The pack name must be text of at most 120 characters.',
  },
  {
    name: 'template is a string',
    text: pack([ok, ok, 'Halo']),
    code: 'template-not-object',
    path: ['templates', 2],
    id: 'Template ke-3: bukan sebuah template (harus berupa objek JSON)',
    en: 'Template 3: is not a template (it must be a JSON object)',
  },
  {
    name: 'missing body',
    text: pack([{ title: 'Halo', language: 'id' }]),
    code: 'missing-field',
    path: ['templates', 0, 'body'],
    id: 'Template ke-1 ("Halo"): kolom "body" wajib diisi',
    en: 'Template 1 ("Halo"): the "body" field is required',
  },
  {
    name: 'empty title',
    text: pack([ok, ok, { ...ok, title: '   ' }]),
    code: 'title-empty',
    path: ['templates', 2, 'title'],
    id: 'Template ke-3: judul kosong',
    en: 'Template 3: title is empty',
  },
  {
    name: 'title too long',
    text: pack([{ ...ok, title: 'T'.repeat(121) }]),
    code: 'title-too-long',
    path: ['templates', 0, 'title'],
    id: `Template ke-1 ("${'T'.repeat(40)}…"): judul lebih dari 120 karakter`,
    en: `Template 1 ("${'T'.repeat(40)}…"): title is longer than 120 characters`,
  },
  {
    name: 'title is a number',
    text: pack([{ ...ok, title: 42 }]),
    code: 'bad-type',
    path: ['templates', 0, 'title'],
    id: 'Template ke-1: kolom "title" harus berupa teks',
    en: 'Template 1: "title" must be text',
  },
  {
    name: 'blank body',
    text: pack([{ ...ok, body: ' \n ' }]),
    code: 'body-empty',
    path: ['templates', 0, 'body'],
    id: 'Template ke-1 ("Terima kasih"): isi balasan kosong',
    en: 'Template 1 ("Terima kasih"): body is empty',
  },
  {
    name: 'body too long',
    text: pack([{ ...ok, body: 'b'.repeat(5001) }]),
    code: 'body-too-long',
    path: ['templates', 0, 'body'],
    id: 'Template ke-1 ("Terima kasih"): isi balasan 5001 karakter, maksimum 5000',
    en: 'Template 1 ("Terima kasih"): body is 5001 characters long; the maximum is 5000',
  },
  {
    name: 'abbreviation with a space',
    text: pack([{ ...ok, abbreviation: 'terima kasih' }]),
    code: 'bad-abbreviation',
    path: ['templates', 0, 'abbreviation'],
    id: 'Template ke-1 ("Terima kasih"): singkatan "terima kasih" tidak valid (hanya huruf, angka, _ dan -, maksimal 32 karakter)',
    en: 'Template 1 ("Terima kasih"): abbreviation "terima kasih" is not valid (letters, digits, _ and - only, at most 32 characters)',
  },
  {
    name: 'duplicate abbreviation in one language',
    text: pack([
      { ...ok, abbreviation: 'thx' },
      { ...ok, title: 'Lain', abbreviation: 'THX' },
    ]),
    code: 'duplicate-abbreviation',
    path: ['templates', 1, 'abbreviation'],
    id: 'Template ke-2 ("Lain"): singkatan "THX" (id) sudah dipakai template ke-1',
    en: 'Template 2 ("Lain"): abbreviation "THX" (id) is already used by template 1',
  },
  {
    name: 'unsupported language',
    text: pack([{ ...ok, language: 'fr' }]),
    code: 'bad-language',
    path: ['templates', 0, 'language'],
    id: 'Template ke-1 ("Terima kasih"): bahasa "fr" tidak didukung (gunakan "id" atau "en")',
    en: 'Template 1 ("Terima kasih"): language "fr" is not supported (use "id" or "en")',
  },
  {
    name: 'empty tag',
    text: pack([{ ...ok, tags: ['ok', ''] }]),
    code: 'bad-tag',
    path: ['templates', 0, 'tags', 1],
    id: 'Template ke-1 ("Terima kasih"): tag ke-2 tidak valid (harus teks, tidak kosong, maksimal 40 karakter)',
    en: 'Template 1 ("Terima kasih"): tag 2 is not valid (it must be non-empty text of at most 40 characters)',
  },
  {
    name: 'too many tags',
    text: pack([{ ...ok, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }]),
    code: 'too-many-tags',
    path: ['templates', 0, 'tags'],
    id: 'Template ke-1 ("Terima kasih"): tag lebih dari 30',
    en: 'Template 1 ("Terima kasih"): more than 30 tags',
  },
  {
    name: 'tags not a list',
    text: pack([{ ...ok, tags: 'promo' }]),
    code: 'bad-type',
    path: ['templates', 0, 'tags'],
    id: 'Template ke-1 ("Terima kasih"): kolom "tags" harus berupa daftar',
    en: 'Template 1 ("Terima kasih"): "tags" must be a list',
  },
  {
    name: 'unknown platform',
    text: pack([{ ...ok, platforms: ['x', 'myspace'] }]),
    code: 'bad-platform',
    path: ['templates', 0, 'platforms', 1],
    id: 'Template ke-1 ("Terima kasih"): platform "myspace" tidak dikenal',
    en: 'Template 1 ("Terima kasih"): unknown platform "myspace"',
  },
  {
    name: 'folder too long',
    text: pack([{ ...ok, folder: 'f'.repeat(501) }]),
    code: 'folder-too-long',
    path: ['templates', 0, 'folder'],
    id: 'Template ke-1 ("Terima kasih"): nama folder lebih dari 500 karakter',
    en: 'Template 1 ("Terima kasih"): folder name is longer than 500 characters',
  },
  {
    name: 'favourite as text',
    text: pack([{ ...ok, favorite: 'yes' }]),
    code: 'bad-type',
    path: ['templates', 0, 'favorite'],
    id: 'Template ke-1 ("Terima kasih"): kolom "favorite" harus berupa true/false',
    en: 'Template 1 ("Terima kasih"): "favorite" must be true/false',
  },
  {
    name: 'empty variant group',
    text: pack([{ ...ok, variantGroup: '' }]),
    code: 'bad-variant-group',
    path: ['templates', 0, 'variantGroup'],
    id: 'Template ke-1 ("Terima kasih"): kolom "variantGroup" harus berupa teks (1–200 karakter) atau null',
    en: 'Template 1 ("Terima kasih"): "variantGroup" must be text (1–200 characters) or null',
  },
  {
    name: 'unknown template field',
    text: pack([{ ...ok, colour: 'red' }]),
    code: 'unknown-field',
    path: ['templates', 0, 'colour'],
    id: 'Template ke-1 ("Terima kasih"): kolom "colour" tidak dikenal',
    en: 'Template 1 ("Terima kasih"): unknown field "colour"',
  },
];

describe('parsePack: refused packs', () => {
  it.each(BAD)('$name → $code', ({ text, code, path, id, en }) => {
    const errors = errorsOf(text);
    const first = errors.find((e) => e.code === code);
    expect(first, JSON.stringify(errors)).toBeDefined();
    if (path) expect(first!.path).toEqual(path);
    expect(packErrorMessage(first!, 'id')).toBe(id);
    expect(packErrorMessage(first!, 'en')).toBe(en);
  });

  it('covers every error code with both languages', () => {
    const params = { size: 1, max: 2, key: 'k', kind: 'k', version: 2, supported: 1, count: 3, field: 'f', expected: 'string', length: 9, value: 'v', abbreviation: 'a', language: 'id', firstIndex: 1, n: 1, title: 'T' };
    for (const code of PACK_ERROR_CODES) {
      for (const path of [[], ['templates', 0]] as Array<Array<string | number>>) {
        const id = packErrorMessage({ code, path, params }, 'id');
        const en = packErrorMessage({ code, path, params }, 'en');
        expect(id.length, code).toBeGreaterThan(5);
        expect(en, code).not.toBe(id);
        expect(`${id} ${en}`, code).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('does not pollute prototypes while refusing', () => {
    errorsOf('{"__proto__":{"polluted":true},"templates":[{"__proto__":{"polluted":true}}]}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('reports several problems at once, with their positions', () => {
    const errors = errorsOf(pack([{ ...ok, title: '' }, ok, { ...ok, body: '', language: 'de' }]));
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['title-empty', ['templates', 0, 'title']],
      ['body-empty', ['templates', 2, 'body']],
      ['bad-language', ['templates', 2, 'language']],
    ]);
  });

  it('stops listing after a bounded number of errors', () => {
    const errors = errorsOf(pack(Array.from({ length: PACK_MAX_ERRORS + 10 }, () => ({ ...ok, body: '' }))));
    expect(errors).toHaveLength(PACK_MAX_ERRORS + 1);
    const last = errors[errors.length - 1]!;
    expect(last).toEqual({ code: 'more-errors', path: [], params: { count: 10 } });
    expect(packErrorMessage(last, 'id')).toBe('…dan 10 kesalahan lainnya.');
    expect(packErrorMessage(last, 'en')).toBe('…and 10 more errors.');
  });

  it('refuses input that is not a string', () => {
    expect(parsePack(undefined as unknown as string).ok).toBe(false);
  });
});

describe('exportPack', () => {
  const library = starterTemplates(NOW);

  it('round-trips through parsePack, and re-importing changes nothing', () => {
    const text = exportPack(library);
    const parsed = mustParse(text);
    expect(parsed.templates).toHaveLength(library.length);
    const plan = planPackImport(parsed, library, LATER);
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([]);
    expect(plan.skipped).toHaveLength(library.length);
    expect(plan.skipped.every((s) => s.reason === 'identical')).toBe(true);
  });

  it('is the same file whatever order the library is in', () => {
    const shuffled = [...library].reverse();
    expect(exportPack(shuffled)).toBe(exportPack(library));
    expect(exportPack(library).endsWith('}\n')).toBe(true);
  });

  it('writes the documented envelope, omits empty fields and stored bookkeeping', () => {
    const t = stored({ id: 'x1', title: 'Plain', body: 'Body', usageCount: 9, lastUsedAt: NOW });
    const json = JSON.parse(exportPack([t], { name: ' Toko ' })) as Record<string, unknown>;
    expect(json).toEqual({ kind: PACK_KIND, version: 1, name: 'Toko', templates: [{ title: 'Plain', body: 'Body', language: 'id' }] });
    const text = exportPack([t]);
    expect(text.indexOf('"kind"')).toBeLessThan(text.indexOf('"version"'));
    expect(text).toContain('\n  "templates": [\n');
  });

  it('keeps fields through export, parse and import into an empty library', () => {
    const t = stored({
      id: 'x2',
      title: 'Promo',
      body: '{greeting}! Diskon {?persen:Persen}% 🎉 <b>literal</b>',
      abbreviation: 'promo',
      language: 'en',
      variantGroup: 'promo-group',
      folder: 'Sales',
      tags: ['promo', 'diskon'],
      platforms: ['instagram', 'tiktok'],
      favorite: true,
    });
    const plan = planPackImport(mustParse(exportPack([t])), [], LATER);
    expect(plan.added).toHaveLength(1);
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = plan.added[0]!;
    const { id: _id2, createdAt: _c2, updatedAt: _u2, ...want } = { ...t, usageCount: 0, lastUsedAt: null };
    expect(rest).toEqual(want);
  });
});

describe('planPackImport', () => {
  it('adds everything to an empty library as valid templates with fresh ids', () => {
    const plan = planPackImport(mustParse(exportPack(starterTemplates(NOW))), [], LATER);
    expect(plan.updated).toEqual([]);
    expect(plan.skipped).toEqual([]);
    expect(plan.added).toHaveLength(starterTemplates(NOW).length);
    for (const t of plan.added) {
      expect(Template.parse(t)).toEqual(t);
      expect(t).toMatchObject({ usageCount: 0, lastUsedAt: null, createdAt: LATER, updatedAt: LATER });
    }
    expect(new Set(plan.added.map((t) => t.id)).size).toBe(plan.added.length);
    // Variant groups survive: each group has its id and en halves.
    const groups = new Map<string, string[]>();
    for (const t of plan.added) groups.set(t.variantGroup!, [...(groups.get(t.variantGroup!) ?? []), t.language].sort());
    expect([...groups.values()].every((langs) => langs.join() === 'en,id')).toBe(true);
  });

  it('updates a changed template in place, keeping id, usage and creation time', () => {
    const existing = [stored({ id: 'mine', title: 'Terima kasih', abbreviation: 'thx', body: 'Lama', usageCount: 7, lastUsedAt: NOW, createdAt: 5 })];
    const plan = planPackImport(mustParse(pack([{ title: 'Makasih', body: 'Baru', abbreviation: 'THX', language: 'id' }])), existing, LATER);
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([
      { ...existing[0], title: 'Makasih', body: 'Baru', abbreviation: 'THX', updatedAt: LATER },
    ]);
  });

  it('matches by title and language when there is no abbreviation match', () => {
    const existing = [
      stored({ id: 'id-ver', title: 'Salam', body: 'Halo', language: 'id' }),
      stored({ id: 'en-ver', title: 'Salam', body: 'Hello', language: 'en' }),
    ];
    const plan = planPackImport(mustParse(pack([{ title: ' salam ', body: 'Hi!', language: 'en', abbreviation: 'hi' }])), existing, LATER);
    expect(plan.updated.map((t) => [t.id, t.body, t.abbreviation])).toEqual([['en-ver', 'Hi!', 'hi']]);
  });

  it('prefers the abbreviation match over the title match', () => {
    const existing = [stored({ id: 'by-title', title: 'Harga', body: 'a' }), stored({ id: 'by-abbr', title: 'Lain', abbreviation: 'harga', body: 'b' })];
    const plan = planPackImport(mustParse(pack([{ title: 'Harga', body: 'c', language: 'id', abbreviation: 'harga' }])), existing, LATER);
    expect(plan.updated.map((t) => t.id)).toEqual(['by-abbr']);
  });

  it('keeps stored values for fields the pack leaves out', () => {
    const existing = [stored({ id: 'm', title: 'T', body: 'old', tags: ['a'], platforms: ['x'], folder: 'F', favorite: true, variantGroup: 'g', abbreviation: 'tt' })];
    const plan = planPackImport(mustParse(pack([{ title: 'T', body: 'new', language: 'id' }])), existing, LATER);
    expect(plan.updated).toEqual([{ ...existing[0], body: 'new', updatedAt: LATER }]);
    const same = planPackImport(mustParse(pack([{ title: 'T', body: 'old', language: 'id' }])), existing, LATER);
    expect(same.skipped).toEqual([{ title: 'T', language: 'id', reason: 'identical' }]);
  });

  it('counts a change of tags or favourite as an update', () => {
    const existing = [stored({ id: 'm', title: 'T', body: 'b' })];
    expect(planPackImport(mustParse(pack([{ title: 'T', body: 'b', language: 'id', tags: ['x'] }])), existing, LATER).updated).toHaveLength(1);
    expect(planPackImport(mustParse(pack([{ title: 'T', body: 'b', language: 'id', favorite: true }])), existing, LATER).updated).toHaveLength(1);
  });

  it('skips a second pack template that matches what an earlier one matched or added', () => {
    const existing = [stored({ id: 'm', title: 'Sama', body: 'b' })];
    const p: TemplatePack = {
      kind: PACK_KIND,
      version: 1,
      templates: [
        { title: 'Sama', body: 'x', language: 'id' },
        { title: 'sama', body: 'y', language: 'id' },
        { title: 'Baru', body: 'z', language: 'id' },
        { title: 'Baru', body: 'w', language: 'id' },
      ],
    };
    const plan = planPackImport(p, existing, LATER);
    expect(plan.updated.map((t) => t.body)).toEqual(['x']);
    expect(plan.added.map((t) => t.body)).toEqual(['z']);
    expect(plan.skipped).toEqual([
      { title: 'sama', language: 'id', reason: 'duplicate-in-pack' },
      { title: 'Baru', language: 'id', reason: 'duplicate-in-pack' },
    ]);
  });

  it('joins an imported variant to the group of the stored one', () => {
    const existing = [stored({ id: 'thx-id', title: 'Terima kasih', abbreviation: 'thx', body: 'Makasih', variantGroup: 'my-group' })];
    const p = mustParse(
      pack([
        { title: 'Terima kasih', abbreviation: 'thx', body: 'Makasih', language: 'id', variantGroup: 'pk' },
        { title: 'Thanks', abbreviation: 'thx', body: 'Thanks!', language: 'en', variantGroup: 'pk' },
      ]),
    );
    const plan = planPackImport(p, existing, LATER);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['identical']);
    expect(plan.added.map((t) => [t.language, t.variantGroup])).toEqual([['en', 'my-group']]);
  });

  it('does not merge a pack group into an unrelated stored group with the same name', () => {
    const existing = [stored({ id: 'other', title: 'Lain', variantGroup: 'g1' })];
    const plan = planPackImport(
      mustParse(pack([
        { title: 'A', body: 'a', language: 'id', variantGroup: 'g1' },
        { title: 'A', body: 'a', language: 'en', variantGroup: 'g1' },
      ])),
      existing,
      LATER,
    );
    const groups = plan.added.map((t) => t.variantGroup);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[0]).not.toBe('g1');
  });

  it('never reuses a stored id and accepts an id generator', () => {
    const taken = `tpl-${LATER.toString(36)}-1`;
    const plan = planPackImport(mustParse(pack([ok])), [stored({ id: taken, title: 'Other' })], LATER);
    expect(plan.added[0]!.id).not.toBe(taken);
    const custom = planPackImport(mustParse(pack([ok, { ...ok, title: 'Dua' }])), [], LATER, { newId: (n) => `uuid-${n}` });
    expect(custom.added.map((t) => t.id)).toEqual(['uuid-1', 'uuid-2']);
  });

  it('does not modify its inputs', () => {
    const existing = [stored({ id: 'm', title: 'T', body: 'old', tags: ['a'] })];
    const snapshot = structuredClone(existing);
    const p = mustParse(pack([{ title: 'T', body: 'new', language: 'id', tags: ['b'] }]));
    const packSnapshot = structuredClone(p);
    planPackImport(p, existing, LATER);
    expect(existing).toEqual(snapshot);
    expect(p).toEqual(packSnapshot);
  });
});
