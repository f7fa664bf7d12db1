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

/** Asks the tab for the palette the way the keyboard shortcut does, and returns its frame. */
async function openPalette(context: BrowserContext, page: Page, url: string): Promise<Frame> {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    await chrome.tabs.sendMessage(tab.id, { type: 'content/palette' });
  }, url);
  const find = () => page.frames().find((f: Frame) => f.url().includes('/palette.html')) ?? null;
  await expect.poll(find).not.toBeNull();
  return find()!;
}

async function paletteShown(frame: Frame): Promise<boolean> {
  return (await frame.frameElement()).isVisible();
}

test('the palette shows a changed library on the next open, with a fresh search, in the same frame', async ({ context, extensionId }) => {
  await seed(context, extensionId);
  const url = ENGINES.find((x) => x.engine === 'textarea')!.url;
  const page = await openEditor(context, 'textarea', url);
  const frame = await openPalette(context, page, url);
  await expect(frame.getByTestId('palette-list')).toContainText('Sapa platform');
  // The seeded templates are the ones in the E2E folder.
  await frame.getByTestId('palette-search').fill('e2e');
  await expect(frame.getByTestId('palette-item')).toHaveCount(2);
  await frame.getByTestId('palette-search').press('Escape');
  await expect.poll(() => paletteShown(frame)).toBe(false);
  // Focus is back in the editor.
  await page.keyboard.type('Q');
  await expect(page.locator('[data-kelola-editor]')).toHaveValue('Q');

  // The library changes while the palette is hidden: one template renamed and reworded, one added.
  const ext = await openExtensionPage(context, extensionId, 'options.html');
  await putRows(ext, 'templates', [
    { ...TEMPLATES[1]!, title: 'Sapa semua', body: 'Halo semuanya!', updatedAt: NOW + 1 },
    { ...base, id: 'e2e-baru', title: 'Template baru', body: 'Isi baru', abbreviation: 'baru', language: 'id' },
  ]);
  await ext.close();
  await page.bringToFront();
  await page.locator('[data-kelola-editor]').click();

  const again = await openPalette(context, page, url);
  expect(again).toBe(frame);
  expect(page.frames().filter((f) => f.url().includes('/palette.html'))).toHaveLength(1);
  await expect(again.getByTestId('palette-search')).toHaveValue('');
  await expect(again.getByTestId('palette-list')).toContainText('Template baru');
  await expect(again.getByTestId('palette-list')).toContainText('Sapa semua');
  await expect(again.getByTestId('palette-list')).not.toContainText('Sapa platform');
  await again.getByTestId('palette-search').fill('e2e');
  await expect(again.getByTestId('palette-item')).toHaveCount(3);
  await again.getByTestId('palette-search').fill('sapa semua');
  await again.getByTestId('palette-search').press('Enter');
  await expect(page.locator('[data-kelola-editor]')).toHaveValue('QHalo semuanya!');
  await expect.poll(() => paletteShown(again)).toBe(false);
});

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
    const frame = await openPalette(context, page, e.url);
    await frame.getByTestId('palette-search').fill('sapa');
    await expect(frame.getByTestId('palette-item').first()).toContainText('Sapa platform');
    await frame.getByTestId('palette-search').press('Enter');
    await expect.poll(() => state(page)).toBe(`Hai Halo dari ${e.platform}!\nSalam hangat.`);
    await expect.poll(() => paletteShown(frame)).toBe(false);
    await expect(frame.getByTestId('palette-item')).toHaveCount(0);
    await page.keyboard.type('Z');
    await expect.poll(() => state(page)).toBe(`Hai Halo dari ${e.platform}!\nSalam hangat.Z`);
  });
}
