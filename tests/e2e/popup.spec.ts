import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openExtensionPage, putRows, readRow, serviceWorker, setTimeZone } from './harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function offsetIn(ms: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(ms);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(ms / 1000) * 1000;
}

const dayKeyIn = (ms: number, tz: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

function interaction(id: number, platform: string, clock: number, over: Record<string, unknown>) {
  return {
    id: `${platform}:${id}`, platform, itemId: String(id), kind: 'comment', author: `Pelanggan ${id}`, authorHandle: `pelanggan${id}`, excerpt: `Komentar nomor ${id}`,
    textHash: `h${id}`, permalink: `https://www.instagram.com/p/post${id}/`, pageUrl: null, postedAt: clock, postedAtPrecision: 'exact', firstSeenAt: clock,
    status: 'open', replyStartedAt: null, answeredAt: null, answeredHow: null, sentiment: 'neutral', sentimentConfidence: 0.9, sentimentOverride: null, intents: [],
    lang: 'id', slaState: 'ok', updatedAt: clock, ...over,
  };
}

/** A backup with a week of work: tasks, interactions (aggregates are rebuilt on import), figures, a campaign and posts. */
function seedBackup(now: number, tz: string): string {
  const off = offsetIn(now, tz);
  const today0 = now + off - ((now + off) % DAY) - off;
  const key = (ms: number) => dayKeyIn(ms, tz);
  const today = key(now);
  const weekAgo = today0 - 7 * DAY + 2 * HOUR;
  const answered = (id: number, clock: number, minutes: number, sentiment: string) =>
    interaction(id, 'instagram', clock, { status: 'answered', answeredAt: clock + minutes * MIN, answeredHow: 'own-reply', sentiment, slaState: 'answered' });
  return JSON.stringify({
    kind: 'kelola.backup', version: 1, schemaVersion: 1, exportedAt: new Date(now).toISOString(),
    tables: {
      accounts: [{ id: 'acc-ig', platform: 'instagram', handle: 'tokobudi', displayName: 'Toko Budi', role: 'own', createdAt: now - 30 * DAY }],
      tasks: [
        { id: 't-today', title: 'Follow up reseller order', dueDate: today, done: false, doneAt: null, source: 'manual', checklistId: null, derivedKey: null, snoozedUntil: null, link: null, createdAt: now - HOUR },
        { id: 't-old', title: 'Send the weekly recap', dueDate: key(today0 - DAY + HOUR), done: false, doneAt: null, source: 'manual', checklistId: null, derivedKey: null, snoozedUntil: null, link: null, createdAt: now - DAY },
      ],
      interactions: [
        answered(1, today0 + MIN, 10, 'positive'),
        answered(2, today0 + 2 * MIN, 40, 'positive'),
        answered(3, today0 + 3 * MIN, 90, 'negative'),
        answered(4, weekAgo, 20, 'negative'),
        answered(5, weekAgo + MIN, 200, 'negative'),
        interaction(6, 'instagram', now - 3 * HOUR, { author: 'Rina Marah' }),
        interaction(7, 'x', now - 2 * MIN, { permalink: 'https://x.com/rina/status/7' }),
      ],
      metrics: [
        { id: 'm1', accountId: 'acc-ig', platform: 'instagram', date: key(weekAgo), followers: 1000, reach: 2000, engagements: 100, source: 'manual', capturedAt: now },
        { id: 'm2', accountId: 'acc-ig', platform: 'instagram', date: today, followers: 1100, reach: 3000, engagements: 240, source: 'manual', capturedAt: now },
      ],
      campaigns: [
        {
          id: 'camp', name: 'Promo Gajian', objective: 'leads', platforms: ['instagram'], startDate: key(today0 - 3 * DAY + HOUR), endDate: key(today0 + 10 * DAY + HOUR),
          budget: 2_000_000, currency: 'IDR', targets: { ctr: 2, cpl: 10_000, conversions: 50, roi: 50 }, notes: '', createdAt: now, updatedAt: now,
          entries: [{ id: 'e1', date: key(today0 - DAY + HOUR), spend: 100_000, impressions: 10_000, clicks: 300, leads: 20, conversions: 8, revenue: 250_000, source: 'manual' }],
        },
      ],
      posts: [
        {
          id: 'post-today', platforms: ['x'], accountId: null, scheduledAt: today0 + 23 * HOUR, timeZone: tz, caption: 'Flash sale malam ini!', pillar: null, contentType: null,
          assetLinks: [], link: null, utm: null, status: 'scheduled', campaignId: null, notes: '', source: null, publishedAt: null, remindedAt: null, createdAt: now, updatedAt: now,
        },
        {
          id: 'post-missed', platforms: ['instagram'], accountId: null, scheduledAt: today0 - 2 * DAY + 10 * HOUR, timeZone: tz, caption: 'Tips merawat tanaman', pillar: null,
          contentType: null, assetLinks: [], link: null, utm: null, status: 'missed', campaignId: null, notes: '', source: null, publishedAt: null, remindedAt: null, createdAt: now, updatedAt: now,
        },
      ],
    },
  });
}

async function seed(context: BrowserContext, extensionId: string): Promise<Page> {
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
  return dash;
}

const WORDS = {
  en: { tasks: "Today's tasks", er: 'Engagement rate', erFormula: 'engagements ÷ reach × 100', reach: '3,000', rolled: 'from earlier', composer: 'Open composer', noData: 'no data', growth: 'Follower growth' },
  id: { tasks: 'Tugas hari ini', er: 'Tingkat engagement', erFormula: 'engagement ÷ jangkauan × 100', reach: '3.000', rolled: 'dari sebelumnya', composer: 'Buka penyusun', noData: 'tidak ada data', growth: 'Pertumbuhan pengikut' },
};

for (const lang of ['en', 'id'] as const) {
  test(`popup shows today's tasks and KPI cards in ${lang}`, async ({ context, extensionId }) => {
    const dash = await seed(context, extensionId);
    await dash.getByTestId('lang-switch').selectOption(lang);
    const w = WORDS[lang];
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.getByRole('heading', { name: w.tasks })).toBeVisible();

    const tasks = popup.getByTestId('task');
    await expect(tasks.filter({ hasText: 'Follow up reseller order' })).toBeVisible();
    await expect(tasks.filter({ hasText: 'Send the weekly recap' })).toContainText(w.rolled);
    // The daily checklist was created for today too.
    expect(await tasks.count()).toBeGreaterThanOrEqual(5);

    await expect(popup.getByTestId('post-today')).toContainText('Flash sale malam ini!');
    await expect(popup.getByTestId('post-today').getByTestId('open-composer')).toHaveText(w.composer);
    await expect(popup.getByTestId('post-missed')).toContainText('Tips merawat tanaman');
    await expect(popup.locator('[data-sla="breached"]')).toContainText('1');
    await expect(popup.locator('[data-sla="ok"]')).toContainText('1');
    await expect(popup.getByTestId('unanswered-breached').getByTestId('unanswered-item')).toContainText('Rina Marah');

    const cards = popup.getByTestId('kpi-card');
    await expect(cards).toHaveCount(6);
    const er = popup.locator('[data-kpi="engagementRate"]');
    await expect(er).toContainText(w.er);
    await expect(er.getByTestId('kpi-value')).toHaveText('8%');
    expect(await er.getAttribute('title')).toContain(w.erFormula);
    await expect(er.locator('svg')).toBeAttached();
    await expect(popup.locator('[data-kpi="reach"]').getByTestId('kpi-value')).toHaveText(w.reach);
    await expect(popup.locator('[data-kpi="followerGrowth"]').getByTestId('kpi-value')).toHaveText('10%');
    await expect(popup.locator('[data-kpi="followerGrowth"]')).toContainText(w.growth);
    // Two of three answers today were positive, one negative.
    await expect(popup.locator('[data-kpi="sentiment"]').getByTestId('kpi-value')).toHaveText(lang === 'id' ? '66,7%' : '66.7%');
    // 10, 40 and 90 minutes: within a 60-minute target for two of three.
    await expect(popup.locator('[data-kpi="withinSla"]').getByTestId('kpi-value')).toHaveText(lang === 'id' ? '66,7%' : '66.7%');
    await expect(popup.locator('[data-kpi="medianResponse"]').getByTestId('kpi-value')).not.toHaveText(w.noData);

    const campaign = popup.getByTestId('campaign-card');
    await expect(campaign).toContainText('Promo Gajian');
    await expect(campaign.locator('[data-kpi="ctr"]')).toContainText('3%');
    await expect(campaign.locator('[data-kpi="conversions"]')).toContainText('8');

    if (lang === 'en') {
      // One click opens the platform's composer with the caption, and an open item where it was posted.
      for (const url of ['https://x.com/intent/post**', 'https://www.instagram.com/p/post6/']) {
        await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>' }));
      }
      const [composer] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('post-today').getByTestId('open-composer').click()]);
      await expect.poll(() => composer.url()).toBe(`https://x.com/intent/post?text=${encodeURIComponent('Flash sale malam ini!')}`);
      const [item] = await Promise.all([context.waitForEvent('page'), popup.getByTestId('unanswered-breached').getByTestId('unanswered-item').click()]);
      await expect.poll(() => item.url()).toBe('https://www.instagram.com/p/post6/');
    }

    // A platform without any figures shows "no data", never 0.
    await popup.getByTestId('popup-platform').selectOption('youtube');
    await expect(popup.locator('[data-kpi="reach"]').getByTestId('kpi-value')).toHaveText(w.noData);
    await expect(popup.locator('[data-kpi="engagementRate"]').getByTestId('kpi-value')).toHaveText(w.noData);
    await popup.getByTestId('popup-platform').selectOption('all');
    await popup.getByTestId('popup-period').selectOption('month');
    await expect(popup.locator('[data-kpi="reach"]').getByTestId('kpi-value')).toBeVisible();
  });
}

test('checking, adding and snoozing tasks persist across reopening the popup', async ({ context, extensionId }) => {
  await seed(context, extensionId);
  let popup = await openExtensionPage(context, extensionId, 'popup.html');
  const row = (p: Page, text: string) => p.getByTestId('task').filter({ hasText: text });
  await row(popup, 'Follow up reseller order').getByTestId('task-check').check();
  await expect(row(popup, 'Follow up reseller order')).toHaveAttribute('data-done', 'true');
  await popup.getByTestId('task-new').fill('Balas DM reseller Bandung');
  await popup.getByTestId('task-new').press('Enter');
  await expect(row(popup, 'Balas DM reseller Bandung')).toBeVisible();
  await row(popup, 'Send the weekly recap').getByTestId('task-snooze').click();
  await expect(row(popup, 'Send the weekly recap')).toHaveCount(0);
  // An empty title is refused with a message, nothing added.
  const before = await popup.getByTestId('task').count();
  await popup.getByTestId('task-add').click();
  await expect(popup.getByRole('alert')).toBeVisible();
  expect(await popup.getByTestId('task').count()).toBe(before);
  await popup.close();

  popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(row(popup, 'Follow up reseller order').getByTestId('task-check')).toBeChecked();
  await expect(row(popup, 'Balas DM reseller Bandung').getByTestId('task-check')).not.toBeChecked();
  await expect(row(popup, 'Send the weekly recap')).toHaveCount(0);
  await row(popup, 'Follow up reseller order').getByTestId('task-check').uncheck();
  await expect(row(popup, 'Follow up reseller order')).toHaveAttribute('data-done', 'false');
  await popup.reload();
  await expect(row(popup, 'Follow up reseller order').getByTestId('task-check')).not.toBeChecked();
});

test('a long task list shows its first twelve, and all of them on demand; a hidden task checked off stays done across reopening', async ({ context, extensionId }) => {
  const dash = await seed(context, extensionId);
  // 25 tasks left undone on the 25 days before, oldest first: they lead the list.
  const backlog = Array.from({ length: 25 }, (_, i) => ({
    id: `backlog-${i}`, title: `Backlog ${String(i).padStart(2, '0')}`, dueDate: dayKeyIn(Date.now() - (27 - i) * DAY, 'UTC'), done: false, doneAt: null,
    source: 'manual', checklistId: null, derivedKey: null, snoozedUntil: null, link: null, createdAt: i,
  }));
  await putRows(dash, 'tasks', backlog);
  let popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('task')).toHaveCount(12);
  await expect(popup.getByTestId('task').first()).toContainText('Backlog 00');
  const showAll = popup.getByTestId('tasks-show-all');
  const total = Number((await showAll.textContent())!.match(/\d+/)![0]);
  // The backlog, the two seeded tasks and the checklist of the day.
  expect(total).toBeGreaterThanOrEqual(27);
  await showAll.click();
  await expect(popup.getByTestId('task')).toHaveCount(total);
  await expect(showAll).toHaveCount(0);
  const last = popup.getByTestId('task').filter({ hasText: 'Backlog 24' });
  await last.getByTestId('task-check').check();
  // The full list follows the write: a task of an earlier day, once done, leaves the day's list.
  await expect(last).toHaveCount(0);
  await expect(popup.getByTestId('task')).toHaveCount(total - 1);
  await popup.close();

  popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('task')).toHaveCount(12);
  await expect(popup.getByTestId('tasks-show-all')).toContainText(String(total - 1));
  await popup.getByTestId('tasks-show-all').click();
  await expect(popup.getByTestId('task')).toHaveCount(total - 1);
  await expect(popup.getByTestId('task').filter({ hasText: 'Backlog 23' })).toHaveCount(1);
  await expect(popup.getByTestId('task').filter({ hasText: 'Backlog 24' })).toHaveCount(0);
});

test('a popup opened after a change elsewhere shows the change, never the stored snapshot', async ({ context, extensionId }) => {
  const dash = await seed(context, extensionId);
  let popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('task').filter({ hasText: 'Follow up reseller order' })).toBeVisible();
  await popup.close();
  // The dashboard's tab completes the task and the language changes, while no popup is open.
  await dash.getByTestId('lang-switch').selectOption('id');
  await putRows(dash, 'tasks', [{ ...(await readRow<Record<string, unknown>>(dash, 'tasks', 't-today'))!, done: true, doneAt: Date.now() }]);
  popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByRole('heading', { name: 'Tugas hari ini' })).toBeVisible();
  await expect(popup.getByTestId('task').filter({ hasText: 'Follow up reseller order' })).toHaveAttribute('data-done', 'true');
});

/** Rewrites the stored popup snapshot in place (the data revision stays as it is). */
async function editSnapshot(page: Page, edit: (value: { base: { tasks: Array<{ title: string }> } }) => void): Promise<void> {
  const row = await readRow<{ key: string; value: { base: { tasks: Array<{ title: string }> } } }>(page, 'meta', 'popup-snapshot');
  expect(row).toBeDefined();
  edit(row!.value);
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kelola');
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    row!,
  );
}

test('the popup paints from a current snapshot, then follows a change made while it is open', async ({ context, extensionId }) => {
  // The first opening finds no snapshot: it reads everything and stores one.
  let popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('task').first()).toBeVisible();
  await expect.poll(async () => {
    const [snap, rev] = await Promise.all([readRow<{ value: { rev: string } }>(popup, 'meta', 'popup-snapshot'), readRow<{ value: string }>(popup, 'meta', 'rev')]);
    return !!snap && snap.value.rev === rev?.value;
  }).toBe(true);
  const real = (await popup.getByTestId('task').first().textContent())!;
  await popup.close();

  // What the next popup shows first comes from the snapshot, as stored.
  const other = await openExtensionPage(context, extensionId, 'options.html');
  await editSnapshot(other, (v) => (v.base.tasks[0]!.title = 'Shown from the stored snapshot'));
  popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('task').filter({ hasText: 'Shown from the stored snapshot' })).toBeVisible();
  await expect(popup.getByTestId('kpi-card')).toHaveCount(6);

  // A write while it is open replaces the revision: the popup reads the data again.
  await popup.getByTestId('task-new').fill('Balas DM reseller Bandung');
  await popup.getByTestId('task-new').press('Enter');
  await expect(popup.getByTestId('task').filter({ hasText: 'Balas DM reseller Bandung' })).toBeVisible();
  await expect(popup.getByTestId('task').filter({ hasText: 'Shown from the stored snapshot' })).toHaveCount(0);
  await expect(popup.getByTestId('task').filter({ hasText: real.trim().split('\n')[0]!.slice(0, 20) })).toBeVisible();
});

/** Opens the popup once, so it reads everything and stores its snapshot, and closes it. */
async function storeSnapshot(context: BrowserContext, extensionId: string): Promise<void> {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('task').first()).toBeVisible();
  await expect.poll(async () => !!(await readRow(popup, 'meta', 'popup-snapshot'))).toBe(true);
  await popup.close();
}

test('a stored snapshot of another layout is never shown', async ({ context, extensionId }) => {
  await storeSnapshot(context, extensionId);
  const other = await openExtensionPage(context, extensionId, 'options.html');
  await editSnapshot(other, (v) => {
    v.base.tasks[0]!.title = 'Shown from the stored snapshot';
    (v as unknown as { format: number }).format = 0;
  });
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('kpi-card')).toHaveCount(6);
  await expect(popup.getByTestId('task').first()).toBeVisible();
  await expect(popup.getByTestId('task').filter({ hasText: 'Shown from the stored snapshot' })).toHaveCount(0);
});

test("the popup's first render reads the database once, through the read its early script started", async ({ context, extensionId }) => {
  await storeSnapshot(context, extensionId);
  // Every opening of Kelola's database before the first full render, with where it came from.
  await context.addInitScript(() => {
    const opens: Array<{ from: string }> = [];
    (window as unknown as { __opens: typeof opens }).__opens = opens;
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name === 'kelola' && !document.querySelector('[data-testid="kpi-card"]')) opens.push({ from: new Error().stack ?? '' });
      return version === undefined ? open.call(this, name) : open.call(this, name, version);
    };
  });
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('kpi-card')).toHaveCount(6);
  const opens = await popup.evaluate(() => (window as unknown as { __opens: Array<{ from: string }> }).__opens);
  expect(opens).toHaveLength(1);
  expect(opens[0]!.from).toContain('popup-early.js');
});

test("post times show in the team's time zone, not the browser's", async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html');
  const browserZone = await dash.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const zone = browserZone === 'Pacific/Kiritimati' ? 'America/Sao_Paulo' : 'Pacific/Kiritimati';
  await setTimeZone(dash, zone);
  const now = Date.now();
  const off = offsetIn(now, zone);
  const noon = now + off - ((now + off) % DAY) - off + 12 * HOUR + 5 * MIN;
  await putRows(dash, 'posts', [{
    id: 'post-noon', platforms: ['x'], accountId: null, scheduledAt: noon, timeZone: zone, caption: 'Promo tengah hari', pillar: null, contentType: null,
    assetLinks: [], link: null, utm: null, status: 'scheduled', campaignId: null, notes: '', source: null, publishedAt: null, remindedAt: null, createdAt: now, updatedAt: now,
  }]);
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  const row = popup.getByTestId('post-today').filter({ hasText: 'Promo tengah hari' });
  await expect(row).toContainText('12:05');
  const inBrowserZone = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: browserZone }).format(noon);
  await expect(row).not.toContainText(inBrowserZone);
});
