import { describe, expect, it } from 'vitest';
import { Template } from '../../../lib/models';
import { STARTER_KEYS, checkLimit, parseTemplate, renderTemplate, starterTemplates } from '../../../lib/templates';

const NOW = Date.UTC(2026, 10, 23, 3, 5);

describe('starterTemplates', () => {
  const list = starterTemplates(NOW);

  it('every template is a valid stored template', () => {
    for (const t of list) expect(Template.parse(t)).toEqual(t);
  });

  it('has deterministic, unique ids and timestamps from the given clock', () => {
    expect(starterTemplates(NOW)).toEqual(list);
    expect(new Set(list.map((t) => t.id)).size).toBe(list.length);
    expect(list.map((t) => t.id)).toContain('starter-thanks-id');
    expect(list.map((t) => t.id)).toContain('starter-thanks-en');
    expect(list.every((t) => t.createdAt === NOW && t.updatedAt === NOW && t.usageCount === 0)).toBe(true);
    expect(starterTemplates(NOW + 1)[0]!.createdAt).toBe(NOW + 1);
  });

  it('covers the core replies, each in Indonesian and English sharing group and shortcut', () => {
    for (const key of ['thanks', 'apology', 'price', 'shipping', 'escalation', 'after-hours', 'order-number', 'welcome']) {
      expect(STARTER_KEYS).toContain(key);
    }
    expect(STARTER_KEYS.length).toBeGreaterThanOrEqual(8);
    expect(STARTER_KEYS.length).toBeLessThanOrEqual(11);
    for (const key of STARTER_KEYS) {
      const id = list.find((t) => t.id === `starter-${key}-id`)!;
      const en = list.find((t) => t.id === `starter-${key}-en`)!;
      expect(id.language).toBe('id');
      expect(en.language).toBe('en');
      expect(id.variantGroup).toBe(`starter-${key}`);
      expect(en.variantGroup).toBe(id.variantGroup);
      expect(en.abbreviation).toBe(id.abbreviation);
      expect(en.body).not.toBe(id.body);
      expect(id.folder.length).toBeGreaterThan(0);
      expect(id.tags.length).toBeGreaterThan(0);
    }
    const abbreviations = new Set(list.map((t) => t.abbreviation));
    for (const a of ['thx', 'maaf', 'harga', 'kirim', 'eskalasi', 'tutup']) expect(abbreviations.has(a)).toBe(true);
  });

  it('has no two templates with one shortcut in the same language', () => {
    for (const lang of ['id', 'en'] as const) {
      const abbr = list.filter((t) => t.language === lang).map((t) => t.abbreviation);
      expect(new Set(abbr).size).toBe(abbr.length);
    }
  });

  it('parses cleanly: no warnings, only known variables and named prompts', () => {
    for (const t of list) {
      const p = parseTemplate(t.body);
      expect(p.warnings, t.id).toEqual([]);
      for (const prompt of p.prompts) expect(prompt.label, `${t.id} ${prompt.name}`).not.toBeNull();
    }
  });

  it('renders every reply with nothing unknown, and only prompts missing', () => {
    for (const t of list) {
      const r = renderTemplate(t.body, { lang: t.language, now: NOW, timeZone: 'Asia/Jakarta' });
      expect(r.unknown, t.id).toEqual([]);
      expect(r.missing, t.id).toEqual(r.prompts.map((p) => p.name));
      expect(r.text).not.toMatch(/[{}]/);
    }
  });

  it('uses the polite "Kak" form in Indonesian and reads well without a name', () => {
    for (const t of list.filter((x) => x.language === 'id')) {
      expect(t.body, t.id).toMatch(/Kak \{first_name\}/);
      const r = renderTemplate(t.body, { lang: 'id', now: NOW, timeZone: 'Asia/Jakarta' });
      expect(r.text, t.id).not.toMatch(/Kak Kak|Kak ,| {2}/);
    }
    const thanks = list.find((t) => t.id === 'starter-thanks-id')!;
    expect(renderTemplate(thanks.body, { lang: 'id', now: NOW, timeZone: 'Asia/Jakarta', name: 'Budi Santoso' }).text).toMatch(
      /^Halo Kak Budi, terima kasih/,
    );
    const en = list.find((t) => t.id === 'starter-thanks-en')!;
    expect(renderTemplate(en.body, { lang: 'en', now: NOW, timeZone: 'Asia/Jakarta' }).text).toMatch(/^Hi there, thank you/);
  });

  it('fits an X reply when filled with a long name and long values', () => {
    for (const t of list) {
      const r = renderTemplate(t.body, {
        lang: t.language,
        now: Date.UTC(2026, 8, 29, 3),
        timeZone: 'Asia/Jakarta',
        name: 'Christopherus Wijaya',
        brand: 'Toko Sumber Rejeki',
        agent: 'Rina',
        promptValues: { order_id: 'INV/2026/09/000123', product: 'Kemeja Batik Lengan Panjang', price: 'Rp 1.250.000' },
      });
      expect(checkLimit(r.text, 'x', 'reply').ok, `${t.id}: ${r.text}`).toBe(true);
    }
  });

  it('has a short thanks that fits TikTok', () => {
    for (const t of list.filter((x) => x.variantGroup === 'starter-thanks-short')) {
      const r = renderTemplate(t.body, { lang: t.language, now: NOW, timeZone: 'Asia/Jakarta', name: 'Christopherus' });
      expect(checkLimit(r.text, 'tiktok', 'comment').ok).toBe(true);
    }
  });
});
