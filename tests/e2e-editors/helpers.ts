import { test as base, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EditorEngine } from '../../lib/platforms/editor/engine';
import type { InsertOptions, InsertResult } from '../../lib/platforms/editor/insert';
import type { FixtureProbe } from '../fixtures/editors/src/common';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'tests/fixtures/editors/dist');
export const ORIGIN = 'https://editors.test';

export interface EngineCase {
  engine: EditorEngine;
  page: string;
  /** The editable element the production adapter would hand to insertText. */
  selector: string;
  /** The reply-editor selector PLATFORMS.md gives for the site this engine stands for. */
  siteSelector: string;
  /** YouTube-style placeholder that has to be clicked before the editor exists. */
  placeholder?: string;
  /** Whether the fixture editor has an undo history (Lexical's needs @lexical/history, not installed). */
  undo: boolean;
  /** Quill merges changes closer than this into one undo step (its history `delay`). */
  undoMergeMs: number;
}

export const ENGINES: EngineCase[] = [
  {
    engine: 'draft',
    page: 'draft',
    selector: '#editor',
    siteSelector: '[data-testid="tweetTextarea_0"][role="textbox"]',
    undo: true,
    undoMergeMs: 0,
  },
  {
    engine: 'lexical',
    page: 'lexical',
    selector: '#editor',
    siteSelector: 'div[contenteditable][role="textbox"][data-lexical-editor="true"]',
    undo: false,
    undoMergeMs: 0,
  },
  {
    engine: 'quill',
    page: 'quill',
    selector: '#editor',
    siteSelector: '.comments-comment-texteditor .ql-editor',
    undo: true,
    undoMergeMs: 1000,
  },
  {
    engine: 'contenteditable',
    page: 'contenteditable',
    selector: '#contenteditable-root',
    siteSelector: '#contenteditable-root',
    placeholder: '#simplebox-placeholder',
    undo: true,
    undoMergeMs: 0,
  },
  {
    engine: 'textarea',
    page: 'textarea',
    selector: '#editor',
    siteSelector: 'textarea[aria-label^="Add a comment"]',
    undo: true,
    undoMergeMs: 0,
  },
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  page: async ({ page }, use) => {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const name = path.basename(new URL(route.request().url()).pathname);
      try {
        const body = await readFile(path.join(DIST, name));
        await route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream' });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
    await page.addInitScript({ path: path.join(DIST, 'kelola-insert.js') });
    await use(page);
  },
});

export { expect };

export async function openEditor(page: Page, c: EngineCase): Promise<void> {
  await page.goto(`${ORIGIN}/${c.page}.html`);
  await page.waitForFunction(() => window.__ready === true);
  if (c.placeholder) await page.click(c.placeholder);
  await page.click(c.selector);
}

export function editorState(page: Page): Promise<string> {
  return page.evaluate(() => {
    if (!window.__editorState) throw new Error('fixture page exposes no __editorState');
    return window.__editorState();
  });
}

export function insert(page: Page, selector: string, text: string, opts?: InsertOptions): Promise<InsertResult> {
  return page.evaluate(
    async ({ selector, text, opts }) => {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) throw new Error(`no element ${selector}`);
      if (!window.__kelolaInsert) throw new Error('insertion module not loaded');
      return window.__kelolaInsert.insertText(el, text, opts);
    },
    { selector, text, opts },
  );
}

export function probe(page: Page): Promise<FixtureProbe | undefined> {
  return page.evaluate(() => window.__probe);
}

/** Types text and moves the caret `left` characters back, as a user would. */
export async function typeWithCaret(page: Page, typed: string, left = 0): Promise<void> {
  await page.keyboard.type(typed);
  for (let i = 0; i < left; i += 1) await page.keyboard.press('ArrowLeft');
}
