import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, launchWithExtension, blockSocialNetwork, serviceWorker, extensionIdOf, openExtensionPage, putRows, readRow, routeFixture, stopServiceWorker } from './harness';

const X_URL = 'https://x.com/kelolademo/status/1922517226091474945';
const NOW = Date.now();
const tpl = { id: 'bk-tpl', title: 'Balasan cadangan', body: 'Dipulihkan dari cadangan ✅', abbreviation: 'pulih', language: 'id', variantGroup: null, folder: 'Backup', tags: [], platforms: [], favorite: false, usageCount: 3, lastUsedAt: null, createdAt: NOW, updatedAt: NOW };
const plan = { id: '2026-12', goals: ['Harbolnas 12.12 — penjualan naik 30%'], personas: [], pillars: [{ name: 'promo', targetShare: 40 }], platformContent: [], slots: [], kpiTargets: {}, timeZone: 'Asia/Jakarta', updatedAt: NOW };
const campaign = { id: 'bk-camp', name: 'Kampanye مرحبا 🎉', objective: 'sales', platforms: ['instagram'], startDate: '2026-12-01', endDate: '2026-12-12', budget: 5_000_000, currency: 'IDR', targets: { conversions: 100 }, entries: [], notes: '<b>not markup</b>', createdAt: NOW, updatedAt: NOW };

test('a backup made in one profile restores completely in a fresh one, and works there', async () => {
  test.setTimeout(120_000);
  // Profile A: data made through the product (a real page visit) plus seeded rows.
  const a = await launchWithExtension();
  await blockSocialNetwork(a.context);
  const idA = extensionIdOf(await serviceWorker(a.context));
  await routeFixture(a.context, X_URL, 'tests/fixtures/platforms/x/status-en.html');
  const xa = await a.context.newPage();
  await xa.goto(X_URL);
  await expect(xa.locator('[data-kelola-sentiment]').first()).toBeAttached();
  const dashA = await openExtensionPage(a.context, idA, 'options.html#data');
  await expect(dashA.getByTestId('export-backup')).toBeVisible();
  await putRows(dashA, 'templates', [tpl]);
  await putRows(dashA, 'plans', [plan]);
  await putRows(dashA, 'campaigns', [campaign]);
  const download = dashA.waitForEvent('download');
  await dashA.getByTestId('export-backup').click();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kelola-backup-')), 'backup.json');
  await (await download).saveAs(file);
  await expect(dashA.getByTestId('last-backup')).not.toHaveText(/No backup yet/);
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { kind: string; tables: Record<string, unknown[]> };
  expect(backup.kind).toBe('kelola.backup');
  expect(backup.tables.interactions!.length).toBeGreaterThan(5);
  await a.context.close();

  // Profile B: fresh. Import, check the preview, confirm, and stop the worker while it writes.
  const b = await launchWithExtension();
  await blockSocialNetwork(b.context);
  const idB = extensionIdOf(await serviceWorker(b.context));
  const dashB = await openExtensionPage(b.context, idB, 'options.html#data');
  await dashB.getByTestId('import-file').setInputFiles(file);
  const preview = dashB.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('tr[data-table="interactions"] [data-count="added"]')).toContainText(String(backup.tables.interactions!.length));
  await stopServiceWorker(b.context, idB);
  await dashB.getByTestId('import-confirm').click();
  await expect(dashB.getByTestId('import-status')).toBeVisible();
  expect(await readRow(dashB, 'templates', 'bk-tpl')).toMatchObject({ body: tpl.body, usageCount: 3 });
  expect(await readRow(dashB, 'plans', '2026-12')).toMatchObject({ goals: plan.goals });
  expect(await readRow(dashB, 'campaigns', 'bk-camp')).toMatchObject({ name: campaign.name, notes: campaign.notes });
  const someInteraction = backup.tables.interactions![0] as { id: string };
  expect(await readRow(dashB, 'interactions', someInteraction.id)).toEqual(someInteraction);

  // The restored data works: the campaign shows, and the restored template expands on a page.
  await dashB.goto(`chrome-extension://${idB}/options.html#campaigns`);
  await expect(dashB.getByText(campaign.name).first()).toBeVisible();
  await b.context.route('https://www.instagram.com/p/Restore1/', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><body><main><form><textarea aria-label="Add a comment…"></textarea></form></main></body></html>' }));
  const ig = await b.context.newPage();
  await ig.goto('https://www.instagram.com/p/Restore1/');
  const box = ig.locator('textarea[data-kelola-editor]');
  await box.click();
  await ig.keyboard.type(';pulih');
  await ig.keyboard.press('Space');
  await expect(box).toHaveValue(tpl.body);
  await b.context.close();
});

test('three kinds of bad file each give a visible message and leave existing data working', async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html#templates');
  await expect(dash.getByTestId('template-row').first()).toBeVisible();
  const rowsBefore = await dash.getByTestId('template-row').count();
  const dir = mkdtempSync(path.join(tmpdir(), 'kelola-bad-'));
  const files: Array<[string, string, RegExp]> = [
    ['not-json.json', '{ this is not json', /not a JSON file/],
    ['future.json', JSON.stringify({ kind: 'kelola.backup', version: 1, schemaVersion: 99, exportedAt: '', tables: {} }), /newer version of Kelola/],
    ['bad-pack.json', JSON.stringify({ kind: 'kelola.templates', version: 1, templates: [{ title: '', body: 'x', language: 'fr' }] }), /.+/],
  ];
  for (const [name, content, message] of files) {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    await dash.getByTestId('import-file').setInputFiles(p);
    const errors = dash.getByTestId('import-errors');
    await expect(errors).toBeVisible();
    await expect(errors).toContainText(message);
    await expect(dash.getByTestId('import-preview')).toHaveCount(0);
  }
  await expect(dash.getByTestId('template-row')).toHaveCount(rowsBefore);
  // Still working: a template can be created.
  await dash.getByTestId('template-new').click();
  await dash.getByTestId('tpl-title').fill('Masih jalan');
  await dash.getByTestId('tpl-body').fill('Halo {first_name}!');
  await dash.getByTestId('tpl-save').click();
  await expect(dash.getByTestId('template-row')).toHaveCount(rowsBefore + 1);
});

test.describe('Indonesian', () => {
  test.use({ lang: 'id-ID' });
  test('a bad file is explained in Indonesian', async ({ context, extensionId }) => {
    const dash = await openExtensionPage(context, extensionId, 'options.html#data');
    const p = path.join(mkdtempSync(path.join(tmpdir(), 'kelola-bad-')), 'x.json');
    writeFileSync(p, '{ bukan json');
    await dash.getByTestId('import-file').setInputFiles(p);
    await expect(dash.getByTestId('import-errors')).toContainText('bukan berkas JSON');
  });
});
