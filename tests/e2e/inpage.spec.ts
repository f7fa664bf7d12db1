import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, routeFixture, serviceWorker, openExtensionPage, putRows, scrollThroughItems, ROOT } from './harness';

interface FixtureEntry {
  file: string;
  expected: string;
  platform: string;
  url: string;
  expectedItems: number;
  lang: string;
}
interface Expected {
  /** The team's own handles (configured in Kelola's settings). */
  ownHandles: string[];
  /** `id` is an object (`{hashed: true}`) for items without a platform id: their id is a content hash. */
  items: Array<{ id: string | { hashed: true }; kind: string; text: string; isOwnAccount: boolean }>;
}

const dir = path.join(ROOT, 'tests/fixtures/platforms');
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { fixtures: FixtureEntry[] };
const pages = manifest.fixtures.filter((f) => f.expectedItems > 0);

test.describe('page contract on every platform fixture', () => {
  for (const f of pages) {
    test(`${f.platform}: ${f.file}`, async ({ context, extensionId }) => {
      const expected = JSON.parse(readFileSync(path.join(dir, f.expected), 'utf8')) as Expected;
      // The team's accounts, as configured in settings: their items are answers, not work.
      const settingsPage = await openExtensionPage(context, extensionId, 'options.html#settings');
      await putRows(settingsPage, 'accounts', expected.ownHandles.map((handle, i) => ({ id: `own-${i}`, platform: f.platform, handle, displayName: '', role: 'own', createdAt: 1 })));
      await settingsPage.close();
      await routeFixture(context, f.url, path.join(dir, f.file));
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(f.url);
      const items = page.locator('[data-kelola-item]');
      await expect(items).toHaveCount(f.expectedItems);
      const ids = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-kelola-item')));
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of expected.items) if (typeof i.id === 'string') expect(ids).toContain(`${f.platform}:${i.id}`);
      for (const id of ids) expect(id!.startsWith(`${f.platform}:`) && !/\s/.test(id!)).toBe(true);
      for (const kind of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-kelola-kind')))) {
        expect(['comment', 'reply', 'message']).toContain(kind);
      }
      // Every item gets its SLA state; every item that is not the user's own is classified.
      const work = expected.items.filter((i) => !i.isOwnAccount).length;
      await expect(page.locator('[data-kelola-item][data-kelola-sentiment]')).toHaveCount(work);
      await expect(page.locator('[data-kelola-item][data-kelola-sla]')).toHaveCount(f.expectedItems);
      // Badges are built as items come near the viewport; read through the page and each work item has one.
      await scrollThroughItems(page);
      await expect(page.locator('[data-kelola-badge]')).toHaveCount(work);
      // Hostile text stays text: nothing executed.
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
      const editors = await page.locator('[data-kelola-editor]').count();
      expect(editors).toBeGreaterThanOrEqual(0);
    });
  }
});

test('SPA navigation, reload and an extension reload leave no duplicate badges', async ({ context }) => {
  const f = pages.find((p) => p.file === 'x/status-en.html') ?? pages[0]!;
  await routeFixture(context, f.url, path.join(dir, f.file));
  const page = await context.newPage();
  await page.goto(f.url);
  const items = page.locator('[data-kelola-item]');
  await expect(items).toHaveCount(f.expectedItems);
  await scrollThroughItems(page);
  const expected = JSON.parse(readFileSync(path.join(dir, f.expected), 'utf8')) as Expected;
  const badges = expected.items.filter((i) => !i.isOwnAccount).length;
  await expect(page.locator('[data-kelola-badge]')).toHaveCount(badges);
  for (let i = 0; i < 5; i++) {
    await page.evaluate((n) => history.pushState({}, '', `${location.pathname}?nav=${n}`), i);
    await page.waitForTimeout(1200);
    await expect(items).toHaveCount(f.expectedItems);
    await scrollThroughItems(page);
    await expect(page.locator('[data-kelola-badge]')).toHaveCount(badges);
  }
  await page.evaluate((url) => history.pushState({}, '', url), f.url);
  await page.reload();
  await expect(items).toHaveCount(f.expectedItems);
  await scrollThroughItems(page);
  await expect(page.locator('[data-kelola-badge]')).toHaveCount(badges);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /context invalidated/i.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  // An extension reload orphans this page's content script: it must take its badges and observers
  // with it and throw nothing. (A fresh instance clearing leftovers is covered by the DOM tests:
  // Chromium under test automation does not bring an unpacked extension back after runtime.reload.)
  const worker = await serviceWorker(context);
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect(page.locator('[data-kelola-badge]')).toHaveCount(0);
  await page.evaluate(() => document.body.append(document.createElement('div')));
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-kelola-badge]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the side panel lists the page’s unanswered items, hostile text as text', async ({ context, extensionId }) => {
  const f = pages.find((p) => p.file === 'x/status-en.html') ?? pages[0]!;
  const expected = JSON.parse(readFileSync(path.join(dir, f.expected), 'utf8')) as Expected;
  await routeFixture(context, f.url, path.join(dir, f.file));
  const page = await context.newPage();
  await page.goto(f.url);
  await expect(page.locator('[data-kelola-sentiment]').first()).toBeAttached();
  const worker = await serviceWorker(context);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1, f.url);
  const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
  const open = expected.items.filter((i) => !i.isOwnAccount);
  const waiting = await page.locator('[data-kelola-item]:not([data-kelola-sla="answered"])').count();
  expect(waiting).toBeGreaterThan(0);
  await expect(panel.getByTestId('queue-item')).toHaveCount(waiting);
  const hostile = open.find((i) => i.text.includes('<img'));
  if (hostile) await expect(panel.getByText(hostile.text.slice(0, 40), { exact: false }).first()).toBeVisible();
  expect(await panel.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  // Clicking an item scrolls to it and focuses it on the page.
  await panel.getByTestId('queue-item').first().locator('button').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kelola-item') ?? '')).toMatch(/^x:/);
});

test('on a long thread every item is marked at once, and badges follow the reader down the page', async ({ context }) => {
  const f = pages.find((p) => p.file === 'youtube/watch-long.html')!;
  await routeFixture(context, f.url, path.join(dir, f.file));
  const page = await context.newPage();
  await page.goto(f.url);
  const items = page.locator('[data-kelola-item]');
  await expect(items).toHaveCount(f.expectedItems);
  await expect(page.locator('[data-kelola-item][data-kelola-sla]')).toHaveCount(f.expectedItems);
  const last = items.last();
  const lastId = await last.getAttribute('data-kelola-item');
  // Far below the fold: marked, but no badge built yet.
  await expect(page.locator('[data-kelola-badge]').first()).toBeAttached();
  expect(await page.locator(`[data-kelola-badge="${lastId}"]`).count()).toBe(0);
  await last.scrollIntoViewIfNeeded();
  await expect(page.locator(`[data-kelola-badge="${lastId}"]`)).toHaveCount(1);
  await expect(page.locator(`[data-kelola-badge="${lastId}"]`)).toBeVisible();
});
