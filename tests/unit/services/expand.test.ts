import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { defaultSettings } from '../../../lib/db/defaults';
import { expandAbbreviation } from '../../../lib/services/expand';
import type { Interaction, Template } from '../../../lib/models';
import { validRows } from '../models/valid-rows';

const settings = { ...defaultSettings('id', 0), brand: 'Toko Budi' };
const NOW = Date.UTC(2026, 10, 23, 2, 0, 0); // 09:00 in Jakarta
const tpl = (over: Partial<Template>): Template => ({ ...validRows.template, tags: [], platforms: [], ...over }) as Template;
const item = (lang: 'id' | 'en' | null) => ({ ...validRows.interaction, intents: [], author: 'Rina Wulandari', lang }) as Interaction;

beforeEach(async () => {
  resetDbForTests();
  await getDb().templates.bulkPut([
    tpl({ id: 'thx-id', abbreviation: 'thx', language: 'id', variantGroup: 'g', body: '{greeting}, Kak {first_name}! Terima kasih dari {brand}.' }),
    tpl({ id: 'thx-en', abbreviation: 'thx', language: 'en', variantGroup: 'g', body: 'Thanks {first_name}, from {brand}!' }),
    tpl({ id: 'x-only', abbreviation: 'xo', language: 'id', variantGroup: null, platforms: ['x'], body: 'Hanya di X' }),
    tpl({ id: 'ask', abbreviation: 'order', language: 'id', variantGroup: null, body: 'Nomor pesanan {?order_id}?' }),
  ]);
});

describe('abbreviation expansion', () => {
  it('renders the variant in the language of the comment it answers', async () => {
    expect(await expandAbbreviation('thx', 'instagram', item('en'), settings, 'id', NOW)).toEqual({ text: 'Thanks Rina, from Toko Budi!', templateId: 'thx-en' });
    expect(await expandAbbreviation('THX', 'instagram', item('id'), settings, 'en', NOW)).toEqual({ text: 'Selamat pagi, Kak Rina! Terima kasih dari Toko Budi.', templateId: 'thx-id' });
  });
  it('falls back to the interface language without a comment', async () => {
    expect(await expandAbbreviation('thx', 'x', null, settings, 'en', NOW)).toMatchObject({ templateId: 'thx-en' });
  });
  it('respects the platforms a template is for', async () => {
    expect(await expandAbbreviation('xo', 'x', null, settings, 'id', NOW)).toMatchObject({ text: 'Hanya di X' });
    expect(await expandAbbreviation('xo', 'tiktok', null, settings, 'id', NOW)).toEqual({ text: null, reason: 'unknown' });
  });
  it('does not expand inline what needs a value, nor what does not exist', async () => {
    expect(await expandAbbreviation('order', 'x', null, settings, 'id', NOW)).toEqual({ text: null, reason: 'needs-input' });
    expect(await expandAbbreviation('nope', 'x', null, settings, 'id', NOW)).toEqual({ text: null, reason: 'unknown' });
  });
});
