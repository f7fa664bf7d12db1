import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { test, expect, openExtensionPage, putRows, serviceWorker, ROOT } from './harness';

const DIST = path.join(ROOT, 'tests/fixtures/editors/dist');

/** Each real editor engine served where its platform uses it, so the production content script runs. */
const ENGINES = [
  { engine: 'draft', url: 'https://x.com/compose/post', platform: 'X', undo: true },
  { engine: 'lexical', url: 'https://www.facebook.com/kelolademo/posts/1', platform: 'Facebook', undo: false },
  { engine: 'quill', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', platform: 'LinkedIn', undo: false },
  { engine: 'contenteditable', url: 'https://www.youtube.com/watch?v=kelolaEdit1', platform: 'YouTube', undo: true },
  { engine: 'textarea', url: 'https://www.instagram.com/p/KelolaEdit1/', platform: 'Instagram', undo: true },
] as const;

const NOW = Date.now();
const base = { variantGroup: null, folder: 'E2E', tags: [], platforms: [], favorite: false, usageCount: 0, lastUsedAt: null, createdAt: NOW, updatedAt: NOW };
const TEMPLATES = [
  { ...base, id: 'e2e-tes', title: 'Tes balasan', body: 'Terima kasih sudah menghubungi kami 🙏', abbreviation: 'tes', language: 'id' },
  { ...base, id: 'e2e-sapa', title: 'Sapa platform', body: 'Halo dari {platform}!\nSalam hangat.', abbreviation: 'sapa', language: 'id', favorite: true },
];

test.beforeAll(() => {
  if (!existsSync(path.join(DIST, 'draft.html'))) execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-editor-fixtures.mjs')], { cwd: ROOT, stdio: 'inherit' });
});

async function routeEditor(context: BrowserContext, engine: string, url: string) {
  const dir = new URL('./', url).href;
  await context.route(`${dir}*`, (route) => {
    const u = route.request().url();
    if (u === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(DIST, `${engine}.html`)) });
    const name = path.basename(new URL(u).pathname);
    const file = path.join(DIST, name);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(file) });
  });
}

async function seed(context: BrowserContext, extensionId: string) {
  const ext = await openExtensionPage(context, extensionId, 'options.html');
  await expect(ext.getByTestId('template-row').first()).toBeVisible();
  await putRows(ext, 'templates', TEMPLATES);
  await ext.close();
}

async function openEditor(context: BrowserContext, engine: string, url: string): Promise<Page> {
  await routeEditor(context, engine, url);
  const page = await context.newPage();
  await page.goto(url);
  if (engine === 'contenteditable') await page.locator('#simplebox-placeholder').click();
  const editor = page.locator('[data-kelola-editor]');
  await expect(editor).toHaveCount(1);
  await editor.click();
  return page;
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { __editorState: () => string }).__editorState());

for (const e of ENGINES) {
  test(`${e.engine}: abbreviation expansion puts exactly the template into the editor, once`, async ({ context, extensionId }) => {
    await seed(context, extensionId);
    const page = await openEditor(context, e.engine, e.url);
    await page.keyboard.type(';tes');
    await page.keyboard.press('Space');
    await expect.poll(() => state(page)).toBe(TEMPLATES[0]!.body);
    // The caret stays after the inserted text.
    await page.keyboard.type(' Z');
    await expect.poll(() => state(page)).toBe(`${TEMPLATES[0]!.body} Z`);
    if (e.undo) {
      await page.keyboard.press('Control+z');
      await expect.poll(() => state(page)).not.toContain('Z');
    }
  });

  test(`${e.engine}: the quick-reply palette inserts a rendered template where the caret was`, async ({ context, extensionId }) => {
    await seed(context, extensionId);
    const page = await openEditor(context, e.engine, e.url);
    await page.keyboard.type('Hai ');
    const worker = await serviceWorker(context);
    await worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.sendMessage(tab.id, { type: 'content/palette' });
    }, e.url);
    const frame = await expect.poll(() => page.frames().find((f: Frame) => f.url().includes('/palette.html')) ?? null).not.toBeNull().then(() => page.frames().find((f) => f.url().includes('/palette.html'))!);
    await frame.getByTestId('palette-search').fill('sapa');
    await expect(frame.getByTestId('palette-item').first()).toContainText('Sapa platform');
    await frame.getByTestId('palette-search').press('Enter');
    await expect.poll(() => state(page)).toBe(`Hai Halo dari ${e.platform}!\nSalam hangat.`);
    await expect.poll(() => page.frames().some((f) => f.url().includes('/palette.html'))).toBe(false);
    await page.keyboard.type('Z');
    await expect.poll(() => state(page)).toBe(`Hai Halo dari ${e.platform}!\nSalam hangat.Z`);
  });
}
