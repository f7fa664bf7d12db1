import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openExtensionPage, serviceWorker } from './harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function offsetIn(ms: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}

const dayKeyIn = (ms: number, tz: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

/** Ten days of figures, answered and open items, published posts and a campaign with targets. */
function seedBackup(now: number, tz: string): string {
  const off = offsetIn(now, tz);
  const today0 = now + off - ((now + off) % DAY) - off;
  const key = (ms: number) => dayKeyIn(ms, tz);
  const interactions = [];
  const metrics = [];
  const posts = [];
  for (let d = 9; d >= 0; d--) {
    const day0 = today0 - d * DAY;
    metrics.push({ id: `ig-${d}`, accountId: 'acc-ig', platform: 'instagram', date: key(day0 + HOUR), followers: 1000 + (9 - d) * 10, reach: 2000 + d * 100, engagements: 100 + d * 7, source: 'manual', capturedAt: now });
    metrics.push({ id: `x-${d}`, accountId: 'acc-x', platform: 'x', date: key(day0 + HOUR), followers: 500 + (9 - d) * 3, reach: 800, engagements: 20 + d, source: 'csv', capturedAt: now });
    for (let j = 0; j < 3; j++) {
      const clock = day0 + (8 + j) * HOUR;
      const id = d * 10 + j;
      interactions.push({
        id: `instagram:${id}`, platform: 'instagram', itemId: String(id), kind: 'comment', author: `Pelanggan ${id}`, authorHandle: `p${id}`, excerpt: `Komentar ${id}`,
        textHash: `h${id}`, permalink: `https://www.instagram.com/p/x${id}/`, pageUrl: null, postedAt: clock, postedAtPrecision: 'exact', firstSeenAt: clock,
        status: d === 0 && j === 2 ? 'open' : 'answered', replyStartedAt: null, answeredAt: d === 0 && j === 2 ? null : clock + (j + 1) * (d + 1) * 7 * MIN,
        answeredHow: d === 0 && j === 2 ? null : 'own-reply', sentiment: (['positive', 'negative', 'neutral'] as const)[(d + j) % 3], sentimentConfidence: 0.8,
        sentimentOverride: null, intents: [], lang: 'id', slaState: 'ok', updatedAt: clock,
      });
    }
    if (d > 0) {
      posts.push({
        id: `post-${d}`, platforms: ['instagram'], accountId: 'acc-ig', scheduledAt: day0 + (d % 2 === 0 ? 19 : 12) * HOUR, timeZone: tz, caption: `Konten hari ${d}`,
        pillar: null, contentType: null, assetLinks: [], link: null, utm: null, status: 'published', campaignId: null, notes: '', source: null,
        publishedAt: day0 + (d % 2 === 0 ? 19 : 12) * HOUR, remindedAt: null, createdAt: now, updatedAt: now,
      });
    }
  }
  return JSON.stringify({
    kind: 'kelola.backup', version: 1, schemaVersion: 1, exportedAt: new Date(now).toISOString(),
    tables: {
      accounts: [
        { id: 'acc-ig', platform: 'instagram', handle: 'tokobudi', displayName: 'Toko Budi', role: 'own', createdAt: now - 30 * DAY },
        { id: 'acc-x', platform: 'x', handle: 'kelolademo', displayName: 'Kelola Demo', role: 'own', createdAt: now - 30 * DAY },
      ],
      interactions,
      metrics,
      posts,
      campaigns: [
        {
          id: 'camp', name: '=HYPERLINK("http://evil.example")', objective: 'sales', platforms: ['instagram'], startDate: key(today0 - 5 * DAY + HOUR), endDate: key(today0 + 5 * DAY + HOUR),
          budget: 2_000_000, currency: 'IDR', targets: { ctr: 2, conversions: 50, roi: 50 }, notes: '', createdAt: now, updatedAt: now,
          entries: [{ id: 'e1', date: key(today0 - DAY + HOUR), spend: 300_000, impressions: 20_000, clicks: 500, conversions: 12, revenue: 900_000, source: 'manual' }],
        },
      ],
    },
  });
}

async function seed(context: BrowserContext, extensionId: string): Promise<{ dash: Page; tz: string }> {
  await serviceWorker(context);
  const dash = await openExtensionPage(context, extensionId, 'options.html#settings');
  await expect(dash.getByTestId('lang-switch')).toBeVisible();
  const tz = await dash.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('kelola');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('settings').objectStore('settings').get('settings');
          get.onsuccess = () => resolve((get.result as { timeZone: string } | undefined)?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
        };
      }),
  );
  await dash.getByTestId('import-file').setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(seedBackup(Date.now(), tz)) });
  await dash.getByTestId('import-confirm').click();
  await expect(dash.getByTestId('import-status')).toBeVisible();
  return { dash, tz };
}

/** How many pixels of a canvas are painted. */
async function paintedPixels(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).locator('canvas').first().evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    if (!ctx || c.width === 0 || c.height === 0) return 0;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}

for (const lang of ['en', 'id'] as const) {
  test(`reports draw their charts and export a CSV that parses (${lang})`, async ({ context, extensionId }) => {
    const { dash, tz } = await seed(context, extensionId);
    await dash.getByTestId('lang-switch').selectOption(lang);
    await dash.getByTestId('nav-reports').click();

    for (const id of ['chart-followers', 'chart-engagement', 'chart-sentiment']) {
      await expect(dash.getByTestId(id).locator('canvas').first()).toBeVisible();
      await expect.poll(() => paintedPixels(dash, id), { message: id }).toBeGreaterThan(200);
    }
    // Both own accounts get a line; the legend names them.
    await expect(dash.getByTestId('chart-followers')).toContainText('Instagram');
    await expect(dash.getByTestId('chart-followers')).toContainText('X');

    const bars = dash.getByTestId('chart-response').locator('rect');
    expect(await bars.count()).toBeGreaterThan(3);
    const heights = await bars.evaluateAll((els) => els.map((e) => Number(e.getAttribute('height'))));
    expect(heights.filter((h) => h > 0).length).toBeGreaterThan(2);
    await expect(dash.getByTestId('report-response-summary')).toContainText(lang === 'en' ? '29 answered' : '29 dijawab');

    const cells = dash.getByTestId('heatmap').locator('[data-value]:not([data-value=""])');
    await expect(cells.first()).toBeAttached();
    expect(await cells.count()).toBeGreaterThanOrEqual(2);
    expect(await dash.getByTestId('chart-campaigns').locator('rect').count()).toBe(3);

    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('report-export-csv').click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]![0]).toBe(lang === 'en' ? 'Date' : 'Tanggal');
    expect(rows[0]![2]).toBe(lang === 'en' ? 'Followers' : 'Pengikut');
    const today = dayKeyIn(Date.now(), tz);
    const igToday = rows.find((r) => r[0] === today && r[1] === 'Instagram');
    expect(igToday?.[2]).toBe('1090');
    expect(igToday?.[3]).toBe('2000');
    expect(igToday?.[6]).toBe('5'); // 100 ÷ 2000 × 100
    expect(rows.filter((r) => r[1] === 'X')).toHaveLength(10);

    const [campaignDownload] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('report-export-campaigns').click()]);
    const campaignRows = Papa.parse<string[]>(readFileSync((await campaignDownload.path())!, 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    // The hostile campaign name is written as text, not as a formula.
    expect(campaignRows[1]![0]).toBe('\'=HYPERLINK("http://evil.example")');

    // The printable page keeps the charts and drops the controls.
    await dash.emulateMedia({ media: 'print' });
    await expect(dash.getByTestId('report-export-csv')).toBeHidden();
    await expect(dash.getByTestId('figures-entry')).toBeHidden();
    await expect(dash.getByTestId('chart-followers')).toBeVisible();
    await dash.emulateMedia({ media: 'screen' });

    // A platform filter narrows the charts; a platform with nothing shows "no data".
    await dash.getByTestId('report-platform').selectOption('youtube');
    await expect(dash.getByTestId('report-no-data').first()).toBeVisible();
    await expect(dash.getByTestId('chart-followers')).toHaveCount(0);
  });
}

test('shift handover is copied as plain text in the user\'s language', async ({ context, extensionId }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { dash } = await seed(context, extensionId);
  await dash.getByTestId('lang-switch').selectOption('id');
  await dash.getByTestId('nav-reports').click();
  await dash.getByTestId('handover-hours').selectOption('24');
  await dash.getByTestId('handover-notes').fill('Refund pesanan 123 dijanjikan Jumat.');
  const preview = dash.getByTestId('handover-preview');
  await expect(preview).toContainText('*Serah terima shift*');
  await expect(preview).toContainText('Masih menunggu: 1');
  await expect(preview).toContainText('Refund pesanan 123 dijanjikan Jumat.');
  await dash.getByTestId('handover-copy').click();
  const copied = await dash.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await preview.textContent());
  expect(copied).toMatch(/^\*Serah terima shift\*\n/);
  expect(copied).not.toMatch(/<[a-z]/i);
});

test('figures: manual entry and a CSV import validated row by row', async ({ context, extensionId }) => {
  await serviceWorker(context);
  const dash = await openExtensionPage(context, extensionId, 'options.html#reports');
  await dash.getByTestId('figures-platform').selectOption('instagram');
  await dash.getByTestId('figures-handle').fill('@TokoBudi');
  await dash.getByTestId('figures-date').fill('2025-05-14');
  await dash.getByTestId('figures-field-reach').fill('12,3K');
  await dash.getByTestId('figures-field-clicks').fill('banyak');
  await dash.getByTestId('figures-save').click();
  await expect(dash.getByTestId('figures-errors')).toContainText('banyak');
  // What was typed stays for correcting.
  await expect(dash.getByTestId('figures-field-reach')).toHaveValue('12,3K');
  await dash.getByTestId('figures-field-clicks').fill('1.234');
  await dash.getByTestId('figures-save').click();
  await expect(dash.getByTestId('figures-status')).toContainText('@tokobudi');

  const bad = 'tanggal;platform;akun;pengikut;jangkauan\n14/05/2025;instagram;tokobudi;12.300;\n31/02/2025;instagram;tokobudi;12.400;\n15/05/2025;friendster;tokobudi;1;\n';
  await dash.getByTestId('figures-csv-file').setInputFiles({ name: 'angka.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const errors = dash.getByTestId('figures-csv-errors');
  await expect(errors).toContainText('Row 3');
  await expect(errors).toContainText('31/02/2025');
  await expect(errors).toContainText('Row 4');
  await expect(dash.getByTestId('figures-csv-confirm')).toHaveCount(0);

  const good = 'tanggal;platform;akun;peran;pengikut;jangkauan;pendapatan\n14/05/2025;instagram;tokobudi;;12.300;;Rp 2.500.000\n14/05/2025;x;saingan_kopi;pesaing;88,1 rb;;\n';
  await dash.getByTestId('figures-csv-file').setInputFiles({ name: 'angka.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await expect(dash.getByTestId('figures-csv-preview')).toContainText('2 rows for 2 accounts');
  await dash.getByTestId('figures-csv-confirm').click();
  await expect(dash.getByTestId('figures-csv-status')).toContainText('1 new days, 1 updated, 1 new accounts');

  const stored = await dash.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve) => {
        const req = indexedDB.open('kelola');
        req.onsuccess = () => {
          const tx = req.result.transaction(['metrics', 'accounts']);
          const m = tx.objectStore('metrics').getAll();
          const a = tx.objectStore('accounts').getAll();
          tx.oncomplete = () => {
            const accounts = new Map((a.result as Array<{ id: string; handle: string; role: string }>).map((x) => [x.id, x]));
            resolve((m.result as Array<Record<string, unknown>>).map((s) => ({ ...s, handle: accounts.get(s.accountId as string)?.handle, role: accounts.get(s.accountId as string)?.role })));
          };
        };
      }),
  );
  const budi = stored.find((s) => s.handle === 'tokobudi')!;
  expect(budi).toMatchObject({ date: '2025-05-14', reach: 12_300, clicks: 1234, followers: 12_300, revenue: 2_500_000, role: 'own' });
  expect(stored.find((s) => s.handle === 'saingan_kopi')).toMatchObject({ followers: 88_100, role: 'competitor' });
});
