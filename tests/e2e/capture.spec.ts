import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, openExtensionPage, routeFixture, serviceWorker, ROOT } from './harness';

interface Case {
  file: string;
  role: 'own' | 'competitor';
  /** The UI language; the fixture's own language is in its expected file. */
  lang: 'en' | 'id';
}

const CASES: Case[] = [
  { file: 'x/profile-own-en', role: 'own', lang: 'en' },
  { file: 'x/profile-own-id', role: 'own', lang: 'id' },
  { file: 'instagram/profile-own-en', role: 'own', lang: 'en' },
  { file: 'instagram/profile-own-id', role: 'own', lang: 'id' },
  { file: 'x/profile-competitor', role: 'competitor', lang: 'en' },
];

interface Expected {
  url: string;
  lang: string;
  profile: { handle: string; followers: number; following?: number; posts?: number };
}

function expectedOf(file: string): Expected {
  return JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/platforms', `${file}.expected.json`), 'utf8')) as Expected;
}

async function stored(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve) => {
        const req = indexedDB.open('kelola');
        req.onsuccess = () => {
          const tx = req.result.transaction(['metrics', 'accounts']);
          const m = tx.objectStore('metrics').getAll();
          const a = tx.objectStore('accounts').getAll();
          tx.oncomplete = () => {
            const accounts = new Map((a.result as Array<{ id: string }>).map((x) => [x.id, x]));
            resolve((m.result as Array<Record<string, unknown>>).map((s) => ({ ...s, account: accounts.get(s.accountId as string) })));
          };
        };
      }),
  );
}

async function openProfile(context: BrowserContext, c: Case): Promise<{ tabId: number; expected: Expected }> {
  const expected = expectedOf(c.file);
  await routeFixture(context, expected.url, `tests/fixtures/platforms/${c.file}.html`);
  const page = await context.newPage();
  await page.goto(expected.url);
  const worker = await serviceWorker(context);
  const tabId = await worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return (tab?.id as number | undefined) ?? -1;
  }, expected.url);
  expect(tabId).toBeGreaterThan(-1);
  // The content script answers once it has started on the page.
  await expect
    .poll(() => worker.evaluate(async (id) => {
      try {
        const res = await chrome.tabs.sendMessage(id, { type: 'content/capture' });
        return Boolean(res?.ok);
      } catch {
        return false;
      }
    }, tabId))
    .toBe(true);
  return { tabId, expected };
}

for (const c of CASES) {
  test(`capture records the follower count of ${c.file} (${c.role}, UI in ${c.lang})`, async ({ context, extensionId }) => {
    await serviceWorker(context);
    const dash = await openExtensionPage(context, extensionId, 'options.html#settings');
    await dash.getByTestId('lang-switch').selectOption(c.lang);
    const { tabId, expected } = await openProfile(context, c);
    const locale = c.lang === 'id' ? 'id-ID' : 'en-GB';
    const fmt = (n: number) => new Intl.NumberFormat(locale).format(n);

    const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
    await panel.getByTestId('panel-tab-capture').click();
    await panel.getByTestId('capture-start').click();
    await expect(panel.getByTestId('capture-handle')).toHaveValue(expected.profile.handle);
    await expect(panel.getByTestId('capture-field-followers')).toHaveValue(fmt(expected.profile.followers));
    await expect(panel.getByTestId('capture-parsed-followers')).toHaveText(`= ${fmt(expected.profile.followers)}`);

    // Saving without saying whose account it is is refused, and nothing typed is lost.
    await panel.getByTestId('capture-save').click();
    await expect(panel.getByTestId('capture-errors')).toBeVisible();
    await expect(panel.getByTestId('capture-field-followers')).toHaveValue(fmt(expected.profile.followers));

    let following = expected.profile.following;
    if (c.lang === 'id' && c.file.startsWith('x/')) {
      // A correction in the Indonesian compact form is parsed and marked as edited.
      await panel.getByTestId('capture-field-following').fill('1,1 rb');
      await expect(panel.getByTestId('capture-parsed-following')).toContainText('= 1.100');
      await expect(panel.getByTestId('capture-parsed-following')).toContainText('diubah');
      following = 1100;
    }
    await panel.getByTestId(`capture-role-${c.role}`).check();
    await panel.getByTestId('capture-save').click();
    await expect(panel.getByTestId('capture-status')).toContainText(`@${expected.profile.handle}`);

    const rows = await stored(panel);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.followers).toBe(expected.profile.followers);
    if (following !== undefined) expect(row.following).toBe(following);
    if (expected.profile.posts !== undefined) expect(row.posts).toBe(expected.profile.posts);
    expect(row.source).toBe('capture');
    expect(row.account).toMatchObject({ handle: expected.profile.handle, role: c.role, platform: c.file.split('/')[0] });
  });
}

test('a second capture the same day updates the snapshot instead of adding one', async ({ context, extensionId }) => {
  const c = CASES[0]!;
  const { tabId, expected } = await openProfile(context, c);
  const panel = await openExtensionPage(context, extensionId, `sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('panel-tab-capture').click();
  for (const followers of ['12,400', '12,500']) {
    await panel.getByTestId('capture-start').click();
    await panel.getByTestId('capture-field-followers').fill(followers);
    await panel.getByTestId('capture-role-own').check();
    await panel.getByTestId('capture-save').click();
    await expect(panel.getByTestId('capture-status')).toContainText(followers);
  }
  const rows = await stored(panel);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ followers: 12_500, account: { handle: expected.profile.handle } });
});
