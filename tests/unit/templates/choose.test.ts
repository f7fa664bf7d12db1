import { describe, expect, it } from 'vitest';
import type { Template } from '../../../lib/models';
import { chooseVariant, foldForSearch, prepareSearch, searchTemplates, starterTemplates } from '../../../lib/templates';

const NOW = Date.UTC(2026, 10, 23, 3, 5);

function tpl(over: Partial<Template> & { id: string }): Template {
  return {
    title: over.id,
    body: 'Terima kasih.',
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

function ids(list: Template[]): string[] {
  return list.map((t) => t.id);
}

describe('chooseVariant', () => {
  const starter = starterTemplates(NOW);
  const thanksId = starter.find((t) => t.id === 'starter-thanks-id')!;

  it('picks the variant in the comment language', () => {
    expect(chooseVariant(starter, thanksId, 'en', 'id')?.id).toBe('starter-thanks-en');
    expect(chooseVariant(starter, thanksId, 'id', 'en')?.id).toBe('starter-thanks-id');
  });

  it('uses the UI language for mixed or unknown comments', () => {
    expect(chooseVariant(starter, thanksId, 'mixed', 'en')?.id).toBe('starter-thanks-en');
    expect(chooseVariant(starter, thanksId, 'mixed', 'id')?.id).toBe('starter-thanks-id');
    expect(chooseVariant(starter, thanksId, null, 'en')?.id).toBe('starter-thanks-en');
  });

  it('accepts a variant-group id or a template id', () => {
    expect(chooseVariant(starter, 'starter-apology', 'en', 'id')?.id).toBe('starter-apology-en');
    expect(chooseVariant(starter, 'starter-apology-en', 'id', 'en')?.id).toBe('starter-apology-id');
    expect(chooseVariant(starter, 'nope', 'id', 'id')).toBeNull();
  });

  it('keeps the chosen template when the group has no variant in that language', () => {
    const lone = tpl({ id: 'lone', language: 'en' });
    expect(chooseVariant([lone], lone, 'id', 'id')).toBe(lone);
    const a = tpl({ id: 'a', language: 'en', variantGroup: 'g' });
    const b = tpl({ id: 'b', language: 'en', variantGroup: 'g' });
    expect(chooseVariant([a, b], b, 'id', 'id')).toBe(b);
    expect(chooseVariant([a, b], 'g', 'id', 'en')).toBe(a);
  });

  it('includes the given template even when the list does not contain it', () => {
    const en = tpl({ id: 'en', language: 'en', variantGroup: 'g' });
    expect(chooseVariant([], en, 'en', 'id')).toBe(en);
  });
});

describe('searchTemplates', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('CAFÉ Crème')).toBe('cafe creme');
    const list = [tpl({ id: 'cafe', title: 'Promo Café' }), tpl({ id: 'other', title: 'Lainnya' })];
    expect(ids(searchTemplates(list, 'cafe'))).toEqual(['cafe']);
    expect(ids(searchTemplates(list, 'CAFÉ'))).toEqual(['cafe']);
  });

  it('ranks abbreviation over title over tag over body', () => {
    const list = [
      tpl({ id: 'body', title: 'Info', body: 'Harga sudah termasuk ongkir.' }),
      tpl({ id: 'tag', title: 'Produk baru', tags: ['harga'] }),
      tpl({ id: 'title', title: 'Harga grosir' }),
      tpl({ id: 'abbr', title: 'Jawaban', abbreviation: 'harga' }),
      tpl({ id: 'none', title: 'Salam' }),
    ];
    expect(ids(searchTemplates(list, 'harga'))).toEqual(['abbr', 'title', 'tag', 'body']);
  });

  it('prefers an exact abbreviation over a longer one that starts with the query', () => {
    const list = [tpl({ id: 'long', abbreviation: 'thx2' }), tpl({ id: 'exact', abbreviation: 'thx' })];
    expect(ids(searchTemplates(list, 'thx'))).toEqual(['exact', 'long']);
  });

  it('ignores the abbreviation prefix the user typed', () => {
    const list = [tpl({ id: 'a', abbreviation: 'thx' })];
    expect(ids(searchTemplates(list, ';thx'))).toEqual(['a']);
    expect(ids(searchTemplates(list, '/thx'))).toEqual(['a']);
  });

  it('requires every query word to match', () => {
    const list = [
      tpl({ id: 'both', title: 'Status pengiriman', tags: ['pesanan'] }),
      tpl({ id: 'one', title: 'Status akun' }),
    ];
    expect(ids(searchTemplates(list, 'status pesanan'))).toEqual(['both']);
  });

  it('breaks ties with favourites, then usage', () => {
    const list = [
      tpl({ id: 'plain', title: 'Maaf A' }),
      tpl({ id: 'used', title: 'Maaf B', usageCount: 40 }),
      tpl({ id: 'fav', title: 'Maaf C', favorite: true, usageCount: 40 }),
    ];
    expect(ids(searchTemplates(list, 'maaf'))).toEqual(['fav', 'used', 'plain']);
  });

  it('lists everything for an empty query: favourites, then most used', () => {
    const list = [
      tpl({ id: 'b', title: 'B' }),
      tpl({ id: 'a', title: 'A' }),
      tpl({ id: 'busy', title: 'Z', usageCount: 9 }),
      tpl({ id: 'fav', title: 'Y', favorite: true }),
    ];
    expect(ids(searchTemplates(list, '  '))).toEqual(['fav', 'busy', 'a', 'b']);
    expect(ids(searchTemplates(list, '', { limit: 2 }))).toEqual(['fav', 'busy']);
  });

  it('filters by platform', () => {
    const list = [
      tpl({ id: 'all', title: 'Promo' }),
      tpl({ id: 'ig', title: 'Promo IG', platforms: ['instagram'] }),
      tpl({ id: 'x', title: 'Promo X', platforms: ['x'] }),
    ];
    expect(ids(searchTemplates(list, 'promo', { platform: 'instagram' })).sort()).toEqual(['all', 'ig']);
  });

  it('with a language, shows each variant group once, in that language', () => {
    const starter = starterTemplates(NOW);
    // "maaf" matches the Indonesian variants' abbreviation, title and tags.
    const en = searchTemplates(starter, 'maaf', { lang: 'en' });
    expect(en.every((t) => t.language === 'en')).toBe(true);
    expect(en[0]?.id).toBe('starter-apology-en');
    const id = searchTemplates(starter, 'thanks', { lang: 'id' });
    expect(ids(id.slice(0, 2)).sort()).toEqual(['starter-thanks-id', 'starter-thanks-short-id']);
    expect(new Set(id.map((t) => t.variantGroup)).size).toBe(id.length);
  });

  it('with a language, still lists a template that has no variant in it', () => {
    const list = [tpl({ id: 'only-en', title: 'Holiday hours', language: 'en' }), tpl({ id: 'id', title: 'Holiday promo', language: 'id' })];
    expect(ids(searchTemplates(list, 'holiday', { lang: 'id' }))).toEqual(['id', 'only-en']);
  });

  it('sees edits made to a template object after it was first searched', () => {
    const t = tpl({ id: 'm', title: 'Lama' });
    expect(ids(searchTemplates([t], 'baru'))).toEqual([]);
    (t as { title: string }).title = 'Baru';
    expect(ids(searchTemplates([t], 'baru'))).toEqual(['m']);
  });

  it('searches 1,000 templates well under 10 ms', () => {
    const words = ['pesanan', 'pengiriman', 'maaf', 'terima', 'kasih', 'harga', 'stok', 'promo', 'diskon', 'ongkir', 'resi', 'retur'];
    const list: Template[] = [];
    for (let i = 0; i < 1000; i++) {
      const w = (k: number) => words[(i * 7 + k * 3) % words.length]!;
      list.push(
        tpl({
          id: `t${i}`,
          title: `${w(0)} ${w(1)} ${i}`,
          abbreviation: `ab${i}`,
          tags: [w(2), w(3)],
          folder: w(4),
          body: `Halo Kak {first_name}, ${w(5)} ${w(6)} ${w(7)} `.repeat(8),
          usageCount: i % 13,
          favorite: i % 50 === 0,
          language: i % 2 === 0 ? 'id' : 'en',
          variantGroup: `g${Math.floor(i / 2)}`,
        }),
      );
    }
    prepareSearch(list);
    const queries = ['pes', 'maaf', 'harga stok', 'ab12', 'zzz', 'terima kasih', 'ongkir', 'ret', 'p', 'diskon promo'];
    for (const q of queries) {
      for (const lang of [undefined, 'id'] as const) {
        const r = searchTemplates(list, q, { lang, platform: 'instagram' });
        if (q === 'zzz') expect(r).toEqual([]);
      }
    }
    expect(searchTemplates(list, 'ab12')[0]?.id).toBe('t12');
  });
});
