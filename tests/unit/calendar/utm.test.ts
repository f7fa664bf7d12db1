import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUtmUrl, isCompleteUtm, parseUtm, slugify, stripUtm, UtmError } from '../../../lib/calendar/utm';

const base = { source: 'instagram', medium: 'social', campaign: 'promo-ramadan' };

describe('buildUtmUrl', () => {
  it('appends UTM after the existing query and keeps the fragment', () => {
    expect(buildUtmUrl('https://toko.co.id/produk?id=42&warna=merah#ulasan', base)).toBe(
      'https://toko.co.id/produk?id=42&warna=merah&utm_source=instagram&utm_medium=social&utm_campaign=promo-ramadan#ulasan',
    );
    expect(buildUtmUrl('http://toko.co.id', { ...base, term: 'kopi', content: 'reel-1' })).toBe(
      'http://toko.co.id/?utm_source=instagram&utm_medium=social&utm_campaign=promo-ramadan&utm_term=kopi&utm_content=reel-1',
    );
  });

  it('keeps other query parameters exactly as written', () => {
    const got = buildUtmUrl('https://toko.co.id/cari?q=kopi+susu&tag=%23promo&flag&empty=', base);
    expect(got.startsWith('https://toko.co.id/cari?q=kopi+susu&tag=%23promo&flag&empty=&utm_source=')).toBe(true);
  });

  it('replaces every existing utm_* key, whatever its case, and drops stale optional ones', () => {
    const got = buildUtmUrl(
      'https://toko.co.id/?UTM_Source=facebook&a=1&utm_term=lama&utm_campaign=old&utm_id=9#x',
      base,
    );
    expect(got).toBe('https://toko.co.id/?a=1&utm_source=instagram&utm_medium=social&utm_campaign=promo-ramadan#x');
    expect(new URL(got).searchParams.getAll('utm_source')).toEqual(['instagram']);
  });

  it('encodes spaces, Indonesian text, emoji and URL delimiters so they read back unchanged', () => {
    const utm = {
      source: 'Instagram Story',
      medium: 'sosial & organik',
      campaign: 'Promo Lebaran 🌙 Diskon=50%#1',
      content: 'Kopi susu gula aren?',
    };
    const got = buildUtmUrl('https://toko.co.id/p?x=1#top', utm);
    expect(got).toContain('utm_source=Instagram%20Story');
    expect(got).toContain('utm_medium=sosial%20%26%20organik');
    expect(got).toContain('utm_campaign=Promo%20Lebaran%20%F0%9F%8C%99%20Diskon%3D50%25%231');
    expect(got.endsWith('#top')).toBe(true);
    expect(got.split('#')).toHaveLength(2);
    const params = new URL(got).searchParams;
    expect(params.get('utm_campaign')).toBe(utm.campaign);
    expect(params.get('utm_content')).toBe(utm.content);
    expect(params.get('x')).toBe('1');
  });

  it('trims values and skips blank optional fields', () => {
    expect(buildUtmUrl('https://a.id', { source: ' ig ', medium: 'social', campaign: 'c', term: '  ', content: '' })).toBe(
      'https://a.id/?utm_source=ig&utm_medium=social&utm_campaign=c',
    );
  });

  it('rejects non-http(s) and unparsable links', () => {
    for (const bad of ['javascript:alert(1)', 'mailto:halo@toko.co.id', 'ftp://toko.co.id/f', 'data:text/html,hi', '/relatif', 'www.toko.co.id', '']) {
      expect(() => buildUtmUrl(bad, base), bad).toThrow(UtmError);
    }
    try {
      buildUtmUrl('javascript:alert(1)', base);
    } catch (e) {
      expect((e as UtmError).code).toBe('unsupported-scheme');
    }
  });

  it('requires source, medium and campaign', () => {
    expect(() => buildUtmUrl('https://a.id', { ...base, medium: ' ' })).toThrowError(/missing-field: medium/);
  });

  it('survives a lone surrogate from a half-deleted emoji', () => {
    const got = buildUtmUrl('https://a.id', { ...base, content: 'ok\ud83c' });
    expect(new URL(got).searchParams.get('utm_content')).toBe('ok\ufffd');
  });

  it('round-trips arbitrary text through parseUtm (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(text, text, text, fc.option(text, { nil: undefined }), (source, medium, campaign, content) => {
        const utm = content === undefined ? { source, medium, campaign } : { source, medium, campaign, content };
        const url = buildUtmUrl('https://toko.co.id/a?b=c#d', utm);
        const back = parseUtm(url);
        expect(back).toEqual(
          content === undefined
            ? { source: source.trim(), medium: medium.trim(), campaign: campaign.trim() }
            : { source: source.trim(), medium: medium.trim(), campaign: campaign.trim(), content: content.trim() },
        );
        expect(new URL(url).hash).toBe('#d');
        expect(new URL(url).searchParams.get('b')).toBe('c');
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseUtm / stripUtm', () => {
  it('reads UTM parameters, decoding + and %20', () => {
    expect(parseUtm('https://a.id/?utm_source=ig&utm_medium=paid+social&utm_campaign=Lebaran%202025&utm_term=kopi')).toEqual({
      source: 'ig',
      medium: 'paid social',
      campaign: 'Lebaran 2025',
      term: 'kopi',
    });
  });

  it('returns null without UTM or for non-http links, and blanks for missing required keys', () => {
    expect(parseUtm('https://a.id/?x=1')).toBeNull();
    expect(parseUtm('javascript:alert(1)//?utm_source=x')).toBeNull();
    const partial = parseUtm('https://a.id/?utm_source=ig');
    expect(partial).toEqual({ source: 'ig', medium: '', campaign: '' });
    expect(isCompleteUtm(partial)).toBe(false);
  });

  it('strips UTM and keeps the rest', () => {
    expect(stripUtm('https://a.id/p?x=1&utm_source=ig&utm_medium=s&y=2#h')).toBe('https://a.id/p?x=1&y=2#h');
    expect(stripUtm('https://a.id/p?utm_source=ig')).toBe('https://a.id/p');
  });
});

describe('slugify', () => {
  it.each([
    ['Promo Ramadan 2025', 'promo-ramadan-2025'],
    ['  Lebaran — Édisi Spésial!!  ', 'lebaran-edisi-spesial'],
    ['Diskon 50% & Gratis Ongkir 🚚', 'diskon-50-gratis-ongkir'],
    ['Harbolnas 12.12', 'harbolnas-12-12'],
    ['🌙✨', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('supports underscores and cuts long names at a word boundary', () => {
    expect(slugify('Kopi Susu Gula Aren', '_')).toBe('kopi_susu_gula_aren');
    const slug = slugify('kampanye '.repeat(30), '-', 50);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'kampanye')).toBe(true);
  });
});
