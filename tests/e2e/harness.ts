import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Chromium with the built extension, on the profile folder `given`, or else on a fresh profile that
 * is removed when the context closes (a run opens hundreds of them).
 */
export async function launchWithExtension(given?: string, lang = 'en-US') {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error(`Build the extension first: ${EXTENSION} is missing (npm run build)`);
  const userDataDir = given ?? mkdtempSync(path.join(tmpdir(), 'kelola-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', `--lang=${lang}`,
    ],
  });
  if (!given) {
    // Removed once the browser has exited (files it writes while closing would come back).
    const close = context.close.bind(context);
    context.close = async (options) => {
      await close(options);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    };
  }
  return { context, userDataDir };
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}

/**
 * Stops the extension's service worker the way Chrome does when it idles, and returns once it is
 * gone (a message sent while it is still shutting down may go to the old instance).
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  type Targets = { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const workers = async () => ((await cdp.send('Target.getTargets')) as Targets).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(extensionId));
  for (const t of await workers()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  for (let i = 0; i < 100 && (await workers()).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
  await cdp.detach();
}

/** Serves a fixture file at a real social URL (the sites themselves are never contacted). */
export async function routeFixture(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = readFileSync(path.isAbsolute(file) ? file : path.join(ROOT, file));
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Every other request to the social sites (images, scripts) answers empty instead of failing slowly. */
export async function blockSocialNetwork(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/([a-z0-9-]+\.)*(x\.com|twitter\.com|twimg\.com|facebook\.com|fbcdn\.net|instagram\.com|cdninstagram\.com|linkedin\.com|licdn\.com|youtube\.com|ytimg\.com|googlevideo\.com|tiktok\.com|tiktokcdn\.com|threads\.net|threads\.com)\//, (route) =>
    route.fulfill({ status: 204, body: '' }),
  );
}

/**
 * Scrolls every recognised item into view in turn, as a user reading the page would: badges are
 * built for items near the viewport, so this is how a test sees them all.
 */
export async function scrollThroughItems(page: Page): Promise<void> {
  const items = page.locator('[data-kelola-item]');
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    await items.nth(i).evaluate((el) => new Promise<void>((resolve) => {
      el.scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    }));
  }
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, page: string): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`chrome-extension://${extensionId}/${page}`);
  return p;
}

/** Runs code in the service worker (test set-up only: seeding data, reading results). */
export async function inWorker<T>(context: BrowserContext, fn: () => Promise<T> | T): Promise<T> {
  const w = await serviceWorker(context);
  return w.evaluate(fn);
}

type Fixtures = { context: BrowserContext; extensionId: string; lang: string };

export const test = base.extend<Fixtures>({
  lang: ['en-US', { option: true }],
  context: async ({ lang }, use) => {
    const { context } = await launchWithExtension(undefined, lang);
    await blockSocialNetwork(context);
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await serviceWorker(context);
    await use(extensionIdOf(worker));
  },
});

export const expect = test.expect;

/** Reads one row straight from Kelola's IndexedDB, from an extension page (test checks only). */
export async function readRow<T = Record<string, unknown>>(page: Page, table: string, key: string): Promise<T | undefined> {
  return page.evaluate(
    ([t, k]) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('kelola');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(t!, 'readonly').objectStore(t!).get(k!);
          req.onsuccess = () => {
            resolve(req.result as T | undefined);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    [table, key],
  );
}

/**
 * Runs one test-only operation on Kelola's IndexedDB from an extension page. The page may still be
 * creating the database: it is never created here, the operation waits for the stores instead.
 */
function inStores<R>(page: Page, op: { table: string; put: unknown[] | null }): Promise<R> {
  return page.evaluate(
    ({ table, put }) =>
      new Promise<R>((resolve, reject) => {
        const stores = put ? [table, 'meta'] : [table];
        const attempt = (left: number) => {
          const retry = (err: unknown) => (left > 0 ? setTimeout(() => attempt(left - 1), 50) : reject(err));
          const open = indexedDB.open('kelola');
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => retry(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!stores.every((s) => db.objectStoreNames.contains(s))) {
              db.close();
              retry(new Error(`no store ${table}`));
              return;
            }
            const tx = db.transaction(stores, put ? 'readwrite' : 'readonly');
            let result: unknown;
            if (put) {
              for (const row of put) tx.objectStore(table).put(row);
              // Like every write of Kelola's own, it replaces the data revision in the same transaction.
              tx.objectStore('meta').put({ key: 'rev', value: `test-${crypto.randomUUID()}` });
            } else {
              const req = tx.objectStore(table).getAll();
              req.onsuccess = () => (result = req.result);
            }
            tx.oncomplete = () => {
              db.close();
              resolve(result as R);
            };
            tx.onerror = () => reject(tx.error);
          };
        };
        attempt(100);
      }),
    op,
  );
}

/** Writes rows straight into Kelola's IndexedDB from an extension page (test set-up only). */
export async function putRows(page: Page, table: string, rows: unknown[]): Promise<void> {
  await inStores<void>(page, { table, put: rows });
}

/** Every row of one table of Kelola's IndexedDB, read from an extension page (test checks only). */
export async function getRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return inStores<T[]>(page, { table: store, put: null });
}

/** Sets the settings' time zone (the calendar and the popup show times in it). */
export async function setTimeZone(page: Page, timeZone: string): Promise<void> {
  // The worker seeds the settings when the database is first made: wait for them.
  let settings: Record<string, unknown> | undefined;
  await expect.poll(async () => ([settings] = await getRows(page, 'settings')).length, { timeout: 10_000 }).toBeGreaterThan(0);
  if (!settings) throw new Error('settings not seeded');
  await putRows(page, 'settings', [{ ...settings, timeZone, updatedAt: Date.now() }]);
}
