import { describe, expect, it } from 'vitest';
import { catalogKeys, resolveLang, translate } from '../../../lib/i18n';
import { flattenLazily, makeTranslate, type Tree } from '../../../lib/i18n/catalog';
import { translateInpage } from '../../../lib/i18n/inpage';
import { dateTimeFormat, numberFormat } from '../../../lib/i18n/intl-cache';
import { translatePopup } from '../../../lib/i18n/popup';

describe('i18n', () => {
  it('Indonesian and English have exactly the same keys', () => {
    expect(catalogKeys('id').sort()).toEqual(catalogKeys('en').sort());
  });
  it('no message is empty', () => {
    for (const lang of ['id', 'en'] as const) for (const k of catalogKeys(lang)) expect(translate(lang, k).trim(), `${lang}:${k}`).not.toBe('');
  });
  it('substitutes placeholders', () => {
    expect(translate('en', 'notify.breachTitle', 3)).toBe('3 item(s) overdue for a reply');
    expect(translate('id', 'notify.breachTitle', 3)).toBe('3 item terlambat dibalas');
  });
  it('follows the browser language when set to auto', () => {
    expect(resolveLang('auto', 'id-ID')).toBe('id');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('en', 'id')).toBe('en');
    expect(resolveLang('id', 'en-GB')).toBe('id');
  });
});

describe('manifest catalogs', () => {
  it('use only the key characters Chrome accepts in _locales', async () => {
    for (const lang of ['en', 'id']) {
      const mod = (await import(`../../../lib/i18n/locales/${lang}.json`)) as { default: Record<string, unknown> };
      for (const key of Object.keys(mod.default)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });
});

describe('popup catalog', () => {
  it('holds the full catalog\'s messages, in both languages', async () => {
    const { translatePopup, POPUP_CATALOG_TREES } = await import('../../../lib/i18n/popup');
    const { flatten } = await import('../../../lib/i18n/catalog');
    const en = Object.keys(flatten(POPUP_CATALOG_TREES.en as never));
    expect(en.sort()).toEqual(Object.keys(flatten(POPUP_CATALOG_TREES.id as never)).sort());
    expect(en).toContain('popup.howWeAreDoing');
    expect(en).toContain('sentiment.negative');
    for (const lang of ['id', 'en'] as const) for (const k of en) expect(translatePopup(lang, k), `${lang}:${k}`).toBe(translate(lang, k));
  });
});

describe('catalogs flattened on first use', () => {
  it('flattens a language only when it is read, and falls back to English for a missing key', () => {
    const reads: string[] = [];
    const tree = (lang: string, extra: Record<string, string>) =>
      new Proxy({ a: { b: `${lang} b`, ...extra } }, { ownKeys: (t) => (reads.push(lang), Reflect.ownKeys(t)) });
    const t = makeTranslate(flattenLazily({ en: tree('en', { only: 'english only' }) as Tree, id: tree('id', {}) as Tree }));
    expect(reads).toEqual([]);
    expect(t('id', 'a.b')).toBe('id b');
    expect(reads).toEqual(['id']);
    expect(t('id', 'a.only')).toBe('english only');
    expect(reads).toEqual(['id', 'en']);
    expect(t('en', 'a.b')).toBe('en b');
    expect(reads).toEqual(['id', 'en']);
    expect(t('id', 'a.none')).toBe('a.none');
  });
  it('the popup and in-page catalogs translate as the full catalog does', () => {
    for (const lang of ['en', 'id'] as const) {
      for (const key of ['popup.moreItems', 'kpi.previous', 'sentiment.negative', 'platform.youtube', 'tasks.add']) {
        expect(translate(lang, key), key).not.toBe(key);
        expect(translatePopup(lang, key, 3), `${lang}:${key}`).toBe(translate(lang, key, 3));
      }
      expect(translateInpage(lang, 'sentiment.negative')).toBe(translate(lang, 'sentiment.negative'));
    }
  });
});

describe('shared Intl formatters', () => {
  it('gives one formatter per locale and options, formatting as a new one would', () => {
    const a = numberFormat('id-ID', { maximumFractionDigits: 1 });
    expect(numberFormat('id-ID', { maximumFractionDigits: 1 })).toBe(a);
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 })).not.toBe(a);
    expect(numberFormat('id-ID', { maximumFractionDigits: 2 })).not.toBe(a);
    expect(a.format(1234.56)).toBe(new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(1234.56));
    const jkt = dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' });
    expect(dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' })).toBe(jkt);
    expect(jkt.format(Date.parse('2025-05-14T03:00:00Z'))).toBe('10:00');
    expect(dateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.parse('2025-05-14T03:00:00Z'))).toBe('03:00');
  });
});
