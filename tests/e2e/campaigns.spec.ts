import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openExtensionPage, getRows, ROOT } from './harness';

async function setLang(page: Page, extensionId: string, lang: 'en' | 'id'): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html#settings`);
  await page.getByTestId('lang-switch').selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor();
}

interface CampaignRow {
  id: string;
  name: string;
  budget: number;
  currency: string;
  targets: Record<string, number>;
  entries: Array<{ id: string; date: string; spend: number; leads?: number; clicks?: number; source: string }>;
}

const WORDS = {
  en: {
    budget: '10,000,000',
    cplTarget: '30,000',
    ctrTarget: '1.5',
    spend: '3,000,000',
    money: (s: string) => `IDR ${s}`,
    noData: 'no data',
    cplFormula: 'spend ÷ leads',
    metaFile: 'meta-ads-en.csv',
    metaSpend: 4_800_000,
    metaLeads: 412,
    imported: '1 entr(ies) added, 0 updated.',
    reimported: '0 entr(ies) added, 1 updated.',
    fuzzy: 'similar name — please check',
    pct: '2 %',
  },
  id: {
    budget: '10.000.000',
    cplTarget: '30.000',
    ctrTarget: '1,5',
    spend: '3.000.000',
    money: (s: string) => `Rp ${s}`,
    noData: 'tidak ada data',
    cplFormula: 'biaya ÷ prospek',
    metaFile: 'meta-ads-id.csv',
    metaSpend: 500_000,
    metaLeads: 37,
    imported: '1 entri ditambahkan, 0 diperbarui.',
    reimported: '0 entri ditambahkan, 1 diperbarui.',
    fuzzy: 'nama mirip — mohon periksa',
    pct: '2 %',
  },
} as const;

for (const lang of ['en', 'id'] as const) {
  const w = WORDS[lang];

  test(`a campaign with targets, entries, linked posts and a Meta Ads import (${lang})`, async ({ context, extensionId }) => {
    const page = await openExtensionPage(context, extensionId, 'options.html');
    await setLang(page, extensionId, lang);
    await page.getByTestId('nav-campaigns').click();

    // Bad input first: an empty name and an unreadable budget are explained, nothing is stored.
    await page.getByTestId('campaign-new').click();
    if (lang === 'id') await expect(page.getByTestId('campaign-currency')).toHaveValue('IDR');
    await page.getByTestId('campaign-budget').fill('banyak');
    await page.getByTestId('campaign-save').click();
    await expect(page.getByTestId('campaign-errors').locator('li')).toHaveCount(2);
    expect(await getRows(page, 'campaigns')).toHaveLength(0);

    await page.getByTestId('campaign-name').fill('Promo Ramadan 2025');
    await page.getByTestId('campaign-objective').selectOption('leads');
    await page.getByTestId('campaign-platform-instagram').check();
    await page.getByTestId('campaign-platform-facebook').check();
    await page.getByTestId('campaign-start').fill('2025-03-01');
    await page.getByTestId('campaign-end').fill('2025-03-31');
    await page.getByTestId('campaign-budget').fill(w.budget);
    await page.getByTestId('campaign-currency').fill('IDR');
    await page.getByTestId('campaign-target-leads').fill('400');
    await page.getByTestId('campaign-target-cpl').fill(w.cplTarget);
    await page.getByTestId('campaign-target-ctr').fill(w.ctrTarget);
    await page.getByTestId('campaign-save').click();
    await expect(page.getByTestId('campaign-form')).toHaveCount(0);
    await expect(page.getByTestId('campaign-row')).toHaveCount(1);
    await expect(page.getByTestId('campaign-row')).toContainText(w.money(w.budget).replace(' ', '\u00a0'));
    const [stored] = await getRows<CampaignRow>(page, 'campaigns');
    expect(stored).toMatchObject({ name: 'Promo Ramadan 2025', budget: 10_000_000, currency: 'IDR', targets: { leads: 400, cpl: 30_000, ctr: 1.5 } });

    // No entries yet: every figure says "no data" (never 0) with its formula next to it.
    const detail = page.getByTestId('campaign-detail');
    await expect(detail.getByTestId('kpi-cpl-value')).toHaveText(w.noData);
    await expect(detail.getByTestId('kpi-cpl-formula')).toContainText(w.cplFormula);
    await expect(detail.getByTestId('kpi-pacing-formula')).toContainText('÷');
    await expect(detail.locator('[data-testid="target-row"][data-key="leads"] [data-testid="target-actual"]')).toContainText(w.noData);

    // Entries: add, edit, delete.
    await page.getByTestId('entry-date').fill('2025-03-10');
    await page.getByTestId('entry-spend').fill(w.spend);
    await page.getByTestId('entry-leads').fill('100');
    await page.getByTestId('entry-clicks').fill('1000');
    await page.getByTestId('entry-impressions').fill('50000');
    await page.getByTestId('entry-save').click();
    await expect(page.getByTestId('entry-row')).toHaveCount(1);
    await expect(detail.getByTestId('kpi-cpl-value')).toHaveText(w.money('30.000').replace(' ', '\u00a0').replace('30.000', lang === 'id' ? '30.000' : '30,000'));
    await expect(detail.getByTestId('kpi-ctr-value')).toHaveText(w.pct);
    await page.getByTestId('entry-edit').click();
    await page.getByTestId('entry-leads').fill('120');
    await page.getByTestId('entry-save').click();
    await expect(detail.getByTestId('kpi-cpl-value')).toHaveText(w.money(lang === 'id' ? '25.000' : '25,000').replace(' ', '\u00a0'));
    await page.getByTestId('entry-date').fill('2025-03-11');
    await page.getByTestId('entry-spend').fill('-5');
    await page.getByTestId('entry-save').click();
    await expect(page.getByTestId('entry-error')).toBeVisible();
    await page.getByTestId('entry-spend').fill('1');
    await page.getByTestId('entry-save').click();
    await expect(page.getByTestId('entry-row')).toHaveCount(2);
    await page.getByTestId('entry-delete').nth(1).click();
    await page.getByTestId('entry-delete-confirm').click();
    await expect(page.getByTestId('entry-row')).toHaveCount(1);
    let [c] = await getRows<CampaignRow>(page, 'campaigns');
    expect(c!.entries).toEqual([expect.objectContaining({ date: '2025-03-10', spend: 3_000_000, leads: 120, clicks: 1000, source: 'manual' })]);

    // A post for the campaign, created in the calendar, shows up as linked.
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('post-new').click();
    await page.getByTestId('post-platform-instagram').check();
    await page.getByTestId('post-caption').fill('Menu sahur hari ke-10');
    await page.getByTestId('post-date').fill('2025-03-10');
    await page.getByTestId('post-time').fill('19:00');
    await page.getByTestId('post-status').selectOption('published');
    await page.getByTestId('post-campaign').selectOption({ label: 'Promo Ramadan 2025' });
    await page.getByTestId('post-save').click();
    await expect(page.getByTestId('post-form')).toHaveCount(0);
    await page.getByTestId('nav-campaigns').click();
    await page.getByTestId('campaign-open').click();
    await expect(page.getByTestId('linked-post')).toHaveCount(1);
    await expect(page.getByTestId('linked-post')).toContainText('Menu sahur hari ke-10');

    // Meta Ads export: the exact name is preselected, a similar one waits for confirmation.
    await page.getByTestId('campaign-meta-import').click();
    await page.getByTestId('meta-import-file').setInputFiles(path.join(ROOT, 'tests/fixtures/csv', w.metaFile));
    const exact = page.locator('[data-testid="meta-match"][data-meta-name="Promo Ramadan 2025"]');
    await expect(exact.getByTestId('meta-match-confirm')).toBeChecked();
    if (lang === 'en') {
      const fuzzy = page.locator('[data-testid="meta-match"][data-meta-name="promo  ramadan 2025 - retargeting"]');
      await expect(fuzzy).toContainText(w.fuzzy);
      await expect(fuzzy.getByTestId('meta-match-confirm')).not.toBeChecked();
    }
    await page.getByTestId('meta-import-confirm').click();
    await expect(page.getByTestId('meta-import-done')).toHaveText(w.imported);
    await expect(page.locator('[data-testid="entry-row"][data-source="meta-csv"]')).toHaveCount(1);
    [c] = await getRows<CampaignRow>(page, 'campaigns');
    expect(c!.entries.find((e) => e.source === 'meta-csv')).toMatchObject({ spend: w.metaSpend, leads: w.metaLeads });

    // The same export again replaces its entry instead of adding a second one.
    await page.getByTestId('meta-import-file').setInputFiles(path.join(ROOT, 'tests/fixtures/csv', w.metaFile));
    await page.getByTestId('meta-import-confirm').click();
    await expect(page.getByTestId('meta-import-done')).toHaveText(w.reimported);
    await expect(page.getByTestId('entry-row')).toHaveCount(2);
  });
}
