import { describe, expect, it } from 'vitest';
import { exportTermsFile, parseTermsFile, planTermsImport, termsErrorMessage, type TermsErrorCode } from '../../../lib/listening/terms-file';
import type { TrackedTerm } from '../../../lib/models';

const file = (terms: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ kind: 'kelola.terms', version: 1, terms, ...extra });

describe('terms file validation', () => {
  it('accepts a good file', () => {
    const r = parseTermsFile(file([
      { term: 'Kopi Kenangan', group: 'own', exclude: ['kenangan mantan'] },
      { term: '#JanjiJiwa', group: 'competitor', exclude: [] },
      { term: 'kopi susu', group: 'industry', exclude: [], variants: ['es kopi susu'] },
    ]));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.terms[2]).toEqual({ term: 'kopi susu', group: 'industry', exclude: [], variants: ['es kopi susu'] });
  });

  const BAD: Array<[string, string, TermsErrorCode, number | undefined]> = [
    ['not JSON', '{"kind": "kelola.terms",', 'not-json', undefined],
    ['an array', '[]', 'not-object', undefined],
    ['a prototype key', '{"kind":"kelola.terms","version":1,"terms":[{"term":"ab","group":"own","__proto__":{"x":1}}]}', 'forbidden-key', undefined],
    ['another kind', JSON.stringify({ kind: 'kelola.templates', version: 1, terms: [] }), 'wrong-kind', undefined],
    ['a newer version', JSON.stringify({ kind: 'kelola.terms', version: 2, terms: [] }), 'newer-version', undefined],
    ['no version', JSON.stringify({ kind: 'kelola.terms', terms: [] }), 'bad-version', undefined],
    ['no terms list', JSON.stringify({ kind: 'kelola.terms', version: 1 }), 'no-terms', undefined],
    ['an empty list', file([]), 'empty', undefined],
    ['a bad group', file([{ term: 'kopi', group: 'friends', exclude: [] }]), 'bad-group', 1],
    ['a one-letter term', file([{ term: 'ok', group: 'own' }, { term: 'k', group: 'own' }]), 'term-length', 2],
    ['a missing term', file([{ group: 'own' }]), 'term-missing', 1],
    ['an unknown field', file([{ term: 'kopi', group: 'own', colour: 'red' }]), 'unknown-field', 1],
    ['exclude not a list', file([{ term: 'kopi', group: 'own', exclude: 'mantan' }]), 'bad-list', 1],
    ['a duplicate (another spelling)', file([{ term: 'Kopi Kenangan', group: 'own' }, { term: '#KopiKenangan', group: 'own' }]), 'duplicate', 2],
    ['a term with nothing to match', file([{ term: '!!!', group: 'own' }]), 'unmatchable', 1],
    ['a term not an object', file(['kopi']), 'term-not-object', 1],
  ];

  it.each(BAD)('refuses %s', (_name, text, code, row) => {
    const r = parseTermsFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.code).toBe(code);
    expect(r.errors[0]!.row).toBe(row);
  });

  it('refuses an oversize file and more than 2,000 terms', () => {
    expect(parseTermsFile(' '.repeat(2 * 1024 * 1024 + 1))).toEqual({ ok: false, errors: [{ code: 'too-large' }] });
    const many = Array.from({ length: 2001 }, (_, i) => ({ term: `term${i}`, group: 'own' }));
    const r = parseTermsFile(file(many));
    expect(!r.ok && r.errors[0]!.code).toBe('too-many');
  });

  it('words every problem in Indonesian and English, naming the term', () => {
    const r = parseTermsFile(file([{ term: 'kopi', group: 'own' }, { term: 'teh', group: 'friends' }]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(termsErrorMessage(r.errors[0]!, 'en')).toBe('Term 2: group “friends” must be own, competitor or industry');
    expect(termsErrorMessage(r.errors[0]!, 'id')).toBe('Kata ke-2: grup “friends” harus own, competitor atau industry');
    const v = parseTermsFile(JSON.stringify({ kind: 'kelola.terms', version: 3, terms: [] }));
    if (v.ok) throw new Error('accepted');
    expect(termsErrorMessage(v.errors[0]!, 'en')).toContain('newer Kelola (version 3)');
    expect(termsErrorMessage(v.errors[0]!, 'id')).toContain('Kelola yang lebih baru (versi 3)');
  });
});

describe('terms import plan', () => {
  const stored: TrackedTerm[] = [
    { id: 'a', term: 'Kopi Kenangan', group: 'own', variants: ['kopken'], exclude: [], createdAt: 1 },
    { id: 'b', term: 'Janji Jiwa', group: 'competitor', variants: [], exclude: [], createdAt: 1 },
  ];
  it('adds new terms, updates changed ones in place and skips identical ones', () => {
    let n = 0;
    const p = planTermsImport(
      [
        { term: 'kopi kenangan', group: 'own', variants: [], exclude: ['mantan'] },
        { term: 'Janji Jiwa', group: 'competitor', variants: [], exclude: [] },
        { term: 'Janji Jiwa', group: 'industry', variants: [], exclude: [] },
      ],
      stored,
      99,
      () => `new${n++}`,
    );
    expect(p.updated).toEqual([{ id: 'a', term: 'kopi kenangan', group: 'own', variants: ['kopken'], exclude: ['mantan'], createdAt: 1 }]);
    expect(p.previous).toEqual([stored[0]]);
    expect(p.skipped.map((t) => t.id)).toEqual(['b']);
    expect(p.added).toEqual([{ id: 'new0', term: 'Janji Jiwa', group: 'industry', variants: [], exclude: [], createdAt: 99 }]);
  });

  it('round-trips through its own export', () => {
    const r = parseTermsFile(exportTermsFile(stored));
    expect(r.ok && r.terms.map((t) => t.term)).toEqual(['Kopi Kenangan', 'Janji Jiwa']);
  });
});
