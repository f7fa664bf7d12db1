import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openExtensionPage, putRows, routeFixture, serviceWorker, ROOT } from './harness';

interface ExpectedPost {
  id: string;
  author: string;
  text: string;
  group: 'own' | 'competitor' | 'industry' | null;
}
interface Entry {
  file: string;
  platform: 'x' | 'youtube';
  url: string;
  lang: 'en' | 'id';
  posts: ExpectedPost[];
}

const DIR = path.join(ROOT, 'tests/fixtures/listening');
const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as { fixtures: Entry[] };
const entry = (file: string) => manifest.fixtures.find((f) => f.file === file)!;

/** Serves a listening fixture at its real URL, query string included. */
async function routeListening(context: BrowserContext, e: Entry): Promise<void> {
  const target = new URL(e.url);
  const body = readFileSync(path.join(DIR, e.file));
  await context.route(
    (u) => u.origin === target.origin && u.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

async function openFixture(context: BrowserContext, e: Entry): Promise<{ page: Page; dialogs: string[] }> {
  await routeListening(context, e);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(e.url);
  return { page, dialogs };
}

function postLocator(page: Page, e: Entry, p: ExpectedPost) {
  return e.platform === 'x'
    ? page.locator(`article[data-testid="tweet"]:has(a[href*="/status/${p.id}"])`)
    : page.locator(`ytd-video-renderer:has(a[href*="v=${p.id}"]), ytd-rich-grid-media:has(a[href*="v=${p.id}"])`);
}

/** Every matching post carries its group; every other post carries nothing; hostile text ran nothing. */
async function expectMarks(page: Page, e: Entry, dialogs: string[]) {
  for (const p of e.posts.filter((x) => x.group)) await expect(postLocator(page, e, p)).toHaveAttribute('data-kelola-mention', p.group!);
  await expect(page.locator('[data-kelola-mention]')).toHaveCount(e.posts.filter((x) => x.group).length);
  for (const p of e.posts.filter((x) => !x.group)) await expect(postLocator(page, e, p)).not.toHaveAttribute('data-kelola-mention', /.*/);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], script').length)).toBe(0);
}

async function tabIdOf(context: BrowserContext, pattern: string): Promise<number> {
  const worker = await serviceWorker(context);
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return (tab?.id as number | undefined) ?? -1;
  }, pattern);
}

async function importTerms(dash: Page, file: string) {
  await dash.getByTestId('import-file').setInputFiles(path.join(DIR, file));
}

test('X search results: mentions are marked, listed in the side panel, and saved as a calendar idea (English)', async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html#listening');
  await importTerms(dash, 'terms.json');
  await expect(dash.getByTestId('import-preview').locator('tr[data-table="terms"] [data-count="added"]')).toContainText('4');
  await dash.getByTestId('import-confirm').click();
  await expect(dash.getByTestId('import-status')).toBeVisible();
  await dash.getByTestId('listening-tab-terms').click();
  await expect(dash.getByTestId('term-row')).toHaveCount(4);

  const e = entry('x/search-en.html');
  const { page, dialogs } = await openFixture(context, e);
  await expectMarks(page, e, dialogs);

  const tabId = await tabIdOf(context, 'https://x.com/search*');
  const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('panel-tab-mentions').click();
  const matching = e.posts.filter((p) => p.group);
  const items = panel.getByTestId('mention-item');
  await expect(items).toHaveCount(matching.length);
  for (const p of matching) await expect(panel.locator(`[data-mention-id="x:${p.id}"]`)).toHaveAttribute('data-group', p.group!);
  for (const p of e.posts.filter((x) => !x.group)) await expect(panel.locator(`[data-mention-id="x:${p.id}"]`)).toHaveCount(0);
  // Page text is shown as text in the panel.
  await expect(panel.getByTestId('mention-excerpt').filter({ hasText: '<script>alert("xss")</script>' })).toHaveCount(1);
  await expect(panel.locator('img[src="x"]')).toHaveCount(0);

  // A post naming both the brand and a competitor (the "cc @janjijiwa" one) counts for both groups.
  await panel.getByTestId('mention-filter-group').selectOption('competitor');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Janji Jiwa or Fore Coffee' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'KOPIII KENANGANNN' })).toHaveCount(1);
  await panel.getByTestId('mention-filter-group').selectOption('');

  const rina = panel.locator(`[data-mention-id="x:${matching[0]!.id}"]`);
  await rina.getByTestId('mention-save-idea').click();
  await expect(rina.getByTestId('mention-saved')).toHaveText("Saved to the calendar's ideas.");

  const calendar = await openExtensionPage(context, extensionId, 'options.html#calendar');
  await expect(calendar.getByTestId('ideas-list').getByTestId('idea-item').filter({ hasText: 'oat latte' })).toHaveCount(1);

  // The same page seen again stores nothing twice.
  await page.reload();
  await expect(page.locator('[data-kelola-mention]')).toHaveCount(matching.length);
  const count = await panel.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('kelola');
        req.onsuccess = () => {
          const r = req.result.transaction('mentions').objectStore('mentions').count();
          r.onsuccess = () => resolve(r.result);
        };
      }),
  );
  expect(count).toBe(matching.length);
});

test('YouTube search and X hashtag pages in Indonesian; terms typed in the dashboard; search this term', async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html#settings');
  await dash.getByTestId('lang-switch').selectOption('id');
  await dash.getByTestId('nav-listening').click();
  await dash.getByTestId('listening-tab-terms').click();

  // A one-letter term is refused in Indonesian and what was typed stays.
  await dash.getByTestId('term-input').fill('k');
  await dash.getByTestId('term-save').click();
  await expect(dash.getByTestId('term-errors')).toHaveText('Kata harus 2 sampai 100 karakter.');
  await expect(dash.getByTestId('term-input')).toHaveValue('k');

  const add = async (term: string, group: string, variants = '', exclude = '') => {
    await dash.getByTestId('term-input').fill(term);
    await dash.getByTestId('term-group').selectOption(group);
    await dash.getByTestId('term-variants').fill(variants);
    await dash.getByTestId('term-exclude').fill(exclude);
    await dash.getByTestId('term-save').click();
    await expect(dash.getByTestId('term-status')).toContainText(term);
  };
  await add('Kopi Kenangan', 'own', 'kopken', 'kenangan mantan');
  await add('Janji Jiwa', 'competitor');
  await add('Fore Coffee', 'competitor');
  await add('kopi susu gula aren', 'industry');
  // Another spelling of a tracked term in the same group is a duplicate.
  await dash.getByTestId('term-input').fill('#KopiKenangan');
  await dash.getByTestId('term-group').selectOption('own');
  await dash.getByTestId('term-save').click();
  await expect(dash.getByTestId('term-errors')).toHaveText('Kata ini sudah dipantau di grup ini.');
  await expect(dash.getByTestId('term-row')).toHaveCount(4);

  const yt = entry('youtube/results-id.html');
  const ytPage = await openFixture(context, yt);
  await expectMarks(ytPage.page, yt, ytPage.dialogs);
  // The channel result is not a post.
  await expect(ytPage.page.locator('ytd-channel-renderer[data-kelola-mention]')).toHaveCount(0);

  const tag = entry('x/hashtag-id.html');
  const xPage = await openFixture(context, tag);
  await expectMarks(xPage.page, tag, xPage.dialogs);

  const tabId = await tabIdOf(context, 'https://www.youtube.com/results*');
  const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('panel-tab-mentions').click();
  const total = [...yt.posts, ...tag.posts].filter((p) => p.group).length;
  await expect(panel.getByTestId('mention-item')).toHaveCount(total);
  await expect(panel.getByTestId('mention-count')).toHaveText(`${total} sebutan`);
  await panel.getByTestId('mention-filter-platform').selectOption('youtube');
  await expect(panel.getByTestId('mention-item')).toHaveCount(yt.posts.filter((p) => p.group).length);
  const review = panel.locator(`[data-mention-id="youtube:${yt.posts[0]!.id}"]`);
  await expect(review.locator('.pill.group-own')).toHaveText('Merek sendiri');

  // "Search this term" opens the platform's own search page in a new tab.
  const opened = context.waitForEvent('page');
  await review.getByTestId('mention-search').click();
  const search = await opened;
  await search.waitForURL(/youtube\.com\/results/);
  expect(search.url()).toBe('https://www.youtube.com/results?search_query=Kopi%20Kenangan');
});

test('a bad terms file is refused with a message in both languages and nothing is stored', async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html#listening');
  await importTerms(dash, 'terms-bad.json');
  await expect(dash.getByTestId('import-errors')).toContainText('Term 2: group “rival” must be own, competitor or industry');
  await dash.getByTestId('nav-settings').click();
  await dash.getByTestId('lang-switch').selectOption('id');
  await dash.getByTestId('nav-listening').click();
  await importTerms(dash, 'terms.json');
  await expect(dash.getByTestId('import-preview')).toBeVisible();
  await dash.getByTestId('import-file').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"kelola.terms","version":1,"terms":[{"term":"Kopi","group":"rival"}]}') });
  await expect(dash.getByTestId('import-errors')).toContainText('Kata ke-1: grup “rival” harus own, competitor atau industry');
  await dash.getByTestId('listening-tab-terms').click();
  await expect(dash.getByTestId('term-row')).toHaveCount(0);
});

test('capture on a competitor profile stores a competitor snapshot, shown in the competitors report', async ({ context, extensionId }) => {
  const expected = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/platforms/x/profile-competitor.expected.json'), 'utf8')) as { url: string; profile: { handle: string; followers: number; posts: number } };
  await routeFixture(context, expected.url, 'tests/fixtures/platforms/x/profile-competitor.html');
  const page = await context.newPage();
  await page.goto(expected.url);
  const tabId = await tabIdOf(context, expected.url);
  const worker = await serviceWorker(context);
  await expect
    .poll(() => worker.evaluate(async (id) => {
      try {
        return Boolean((await chrome.tabs.sendMessage(id, { type: 'content/capture' }))?.ok);
      } catch {
        return false;
      }
    }, tabId))
    .toBe(true);

  const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('panel-tab-capture').click();
  await panel.getByTestId('capture-start').click();
  await expect(panel.getByTestId('capture-handle')).toHaveValue(expected.profile.handle);
  await panel.getByTestId('capture-role-competitor').check();
  await panel.getByTestId('capture-save').click();
  await expect(panel.getByTestId('capture-status')).toContainText(`@${expected.profile.handle}`);

  const dash = await openExtensionPage(context, extensionId, 'options.html#listening');
  // An own account captured a week earlier and today, for the comparison.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await putRows(dash, 'accounts', [{ id: 'own-1', platform: 'x', handle: 'kelolademo', displayName: 'Kelola Demo', role: 'own', createdAt: 1 }]);
  await putRows(dash, 'metrics', [
    { id: 'm1', accountId: 'own-1', platform: 'x', date: day(-7), followers: 1000, posts: 100, source: 'manual', capturedAt: 1 },
    { id: 'm2', accountId: 'own-1', platform: 'x', date: day(0), followers: 1100, posts: 107, source: 'manual', capturedAt: 2 },
  ]);
  await dash.getByTestId('listening-tab-competitors').click();
  const rival = dash.locator(`[data-testid="competitor-row"][data-handle="${expected.profile.handle}"]`);
  await expect(rival).toHaveAttribute('data-role', 'competitor');
  await expect(rival.getByTestId('competitor-followers')).toContainText(/1\.2\s?m/i);
  const own = dash.locator('[data-testid="competitor-row"][data-handle="kelolademo"]');
  await expect(own.getByTestId('competitor-growth')).toHaveText('10%');
  await expect(own.getByTestId('competitor-per-week')).toHaveText('7');
});

test('share of voice is charted from mentions', async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html#listening');
  const now = Date.now();
  const m = (id: string, groups: string[], sentiment: string) => ({
    id: `x:${id}`, platform: 'x', author: 'a', excerpt: `post ${id}`, link: null, postedAt: now - 3_600_000, seenAt: now, terms: ['t'], groups, sentiment, intents: [],
  });
  await putRows(dash, 'mentions', [m('1', ['own'], 'positive'), m('2', ['own'], 'negative'), m('3', ['own'], 'neutral'), m('4', ['competitor'], 'neutral')]);
  await dash.getByTestId('listening-tab-trends').click();
  await expect(dash.getByTestId('sov-value')).toHaveText('75%');
  await expect(dash.getByTestId('sov-totals')).toHaveText('3 own · 1 competitor · 0 industry');
  await expect(dash.locator('[data-testid="chart-groups"] canvas')).toHaveCount(1);
  await expect(dash.locator('[data-testid="chart-sentiment"] canvas')).toHaveCount(1);
});

test('an influencer with a dated deliverable and results: tasks, calendar draft, cost per engagement and ROI', async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html#listening');
  await dash.getByTestId('listening-tab-influencers').click();
  await dash.getByTestId('influencer-new').click();
  await dash.getByTestId('influencer-handle-instagram').fill('@rina.eats');
  await dash.getByTestId('deliverable-add').click();
  await dash.getByTestId('deliverable-title').fill('Reel review cold brew');
  await dash.getByTestId('result-add').click();
  await dash.getByTestId('result-cost').fill('2,000');
  await dash.getByTestId('result-engagements').fill('1,000');
  await dash.getByTestId('result-revenue').fill('abc');
  // Missing name and a bad number are both reported; nothing typed is lost.
  await dash.getByTestId('influencer-save').click();
  await expect(dash.getByTestId('influencer-errors')).toContainText('A name is required.');
  await expect(dash.getByTestId('influencer-errors')).toContainText('“abc” is not a number (Revenue).');
  await expect(dash.getByTestId('deliverable-title')).toHaveValue('Reel review cold brew');
  await dash.getByTestId('influencer-name').fill('Rina Eats');
  await dash.getByTestId('result-revenue').fill('3,000');
  await dash.getByTestId('influencer-save').click();

  const card = dash.locator('[data-testid="influencer-card"][data-name="Rina Eats"]');
  await expect(card.getByTestId('influencer-cpe')).toHaveText('US$2.00');
  await expect(card.getByTestId('influencer-roi')).toHaveText('50%');
  await expect(card.getByTestId('influencer-reach')).toContainText('@rina.eats: not captured');
  await expect(card.getByTestId('deliverable-item')).toHaveAttribute('data-state', 'due');

  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('task').filter({ hasText: 'Rina Eats: Reel review cold brew' })).toHaveCount(1);
  const posts = await dash.evaluate(
    () =>
      new Promise<Array<{ caption: string; status: string; scheduledAt: number | null }>>((resolve) => {
        const req = indexedDB.open('kelola');
        req.onsuccess = () => {
          const r = req.result.transaction('posts').objectStore('posts').getAll();
          r.onsuccess = () => resolve(r.result);
        };
      }),
  );
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({ caption: 'Rina Eats: Reel review cold brew', status: 'draft' });
  expect(posts[0]!.scheduledAt).not.toBeNull();
});

test('the weekly voice-of-the-customer digest groups comments and mentions, in Indonesian, and exports CSV', async ({ context, extensionId }) => {
  const dash = await openExtensionPage(context, extensionId, 'options.html#settings');
  await dash.getByTestId('lang-switch').selectOption('id');
  const now = Date.now();
  const mention = (id: string, excerpt: string, intents: string[], sentiment: string) => ({
    id: `x:${id}`, platform: 'x', author: `u${id}`, excerpt, link: null, postedAt: null, seenAt: now - 60_000, terms: ['t'], groups: ['own'], sentiment, intents,
  });
  await putRows(dash, 'mentions', [
    mention('1', 'pengiriman lama banget, kecewa', ['complaint'], 'negative'),
    mention('2', 'Pengirimannn telat terus', ['complaint'], 'negative'),
    mention('3', '=cmd|calc refund kapan?', ['question', 'complaint'], 'negative'),
  ]);
  await dash.getByTestId('nav-listening').click();
  await dash.getByTestId('listening-tab-voc').click();
  await expect(dash.getByTestId('voc-sources')).toHaveText('0 komentar dan pesan, 3 sebutan');
  const complaints = dash.getByTestId('voc-section-complaints');
  await expect(complaints.locator('h3')).toHaveText('Keluhan teratas (3)');
  await expect(complaints.locator('[data-theme="pengiriman"]')).toContainText('2 item');
  const download = dash.waitForEvent('download');
  await dash.getByTestId('voc-export-csv').click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\ufeffBagian,Tema,Jumlah,Contoh,Penulis,Platform,Sumber,Tautan');
  expect(csv).toContain(`'=cmd|calc refund kapan?`);
});
