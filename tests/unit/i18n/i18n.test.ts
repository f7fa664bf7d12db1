import { describe, expect, it } from 'vitest';
import { catalogKeys, resolveLang, translate } from '../../../lib/i18n';

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
