// insertText against the real open-source editors (draft-js on React 18, lexical with the
// plain-text plugin, Quill 2, a plain YouTube-like contenteditable and a React-controlled
// textarea) in Chromium. Every assertion reads the editor's OWN state (window.__editorState),
// not the DOM. The insertion module is injected into the page's main world here, whereas the
// extension runs it in a content script's isolated world; the strategies only use the shared
// DOM (events, execCommand, selection), which both worlds reach alike.
import {
  ENGINES,
  editorState,
  expect,
  insert,
  openEditor,
  probe,
  test,
  typeWithCaret,
  type EngineCase,
} from './helpers';

const TEXTS: Array<[label: string, text: string]> = [
  ['single-line', 'Terima kasih sudah menghubungi kami!'],
  ['multi-line', 'Halo Kak,\nTerima kasih atas masukannya.\n\nSalam, Tim Kelola'],
  ['emoji and RTL', 'شكراً 🙏🏽 thanks 👨‍👩‍👧 kak'],
];

// Typed before the insertion; the caret then goes back before "kak".
const TYPED = 'Hai kak';
const PREFIX = 'Hai ';
const SUFFIX = 'kak';

function log(c: EngineCase, label: string, strategy: string): void {
  test.info().annotations.push({ type: 'strategy', description: `${c.engine}: ${label} → ${strategy}` });
  console.log(`[${c.engine}] ${label} → ${strategy}`);
}

async function disableExecInsertText(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(() => {
    const original = document.execCommand.bind(document);
    document.execCommand = (command: string, showUI?: boolean, value?: string) =>
      command === 'insertText' ? false : original(command, showUI, value);
  });
}

for (const c of ENGINES) {
  test.describe(`${c.engine} editor`, () => {
    test.afterEach(async ({ page, pageErrors }) => {
      // Inserting never submits and never presses Enter, and never breaks the editor.
      expect(await probe(page)).toEqual({ submits: 0, enterKeys: 0 });
      expect(pageErrors).toEqual([]);
    });

    test('is found by the site selector and recognised from the element and from a wrapper', async ({ page }) => {
      await openEditor(page, c);
      const found = await page.evaluate(
        ({ selector, siteSelector }) => {
          const el = document.querySelector<HTMLElement>(selector);
          const host = document.getElementById('editor-host');
          const api = window.__kelolaInsert;
          if (!el || !host || !api) throw new Error('fixture incomplete');
          return {
            siteSelectorFindsIt: document.querySelector(siteSelector) === el,
            own: api.detectEngine(el),
            wrapper: api.detectEngine(host),
          };
        },
        { selector: c.selector, siteSelector: c.siteSelector },
      );
      expect(found).toEqual({ siteSelectorFindsIt: true, own: c.engine, wrapper: c.engine });
    });

    for (const [label, text] of TEXTS) {
      test(`puts ${label} text into the empty editor exactly once and keeps the caret after it`, async ({ page }) => {
        await openEditor(page, c);
        expect(await editorState(page)).toBe('');
        const result = await insert(page, c.selector, text);
        log(c, `empty, ${label}`, result.strategy);
        expect(result).toMatchObject({ ok: true });
        expect(result.reason).toBeUndefined();
        expect(await editorState(page)).toBe(text);
        await page.keyboard.type('Z');
        await expect.poll(() => editorState(page)).toBe(`${text}Z`);
      });

      test(`puts ${label} text at the caret inside typed text exactly once`, async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, TYPED, SUFFIX.length);
        expect(await editorState(page)).toBe(TYPED);
        const result = await insert(page, c.selector, text);
        log(c, `typed, caret mid-line, ${label}`, result.strategy);
        expect(result).toMatchObject({ ok: true });
        expect(result.reason).toBeUndefined();
        expect(await editorState(page)).toBe(`${PREFIX}${text}${SUFFIX}`);
        await page.keyboard.type('Z');
        await expect.poll(() => editorState(page)).toBe(`${PREFIX}${text}Z${SUFFIX}`);
      });
    }

    if (c.undo) {
      for (const [label, text] of TEXTS.slice(0, 2)) {
        test(`one undo removes the ${label} insertion and nothing else`, async ({ page }) => {
          await openEditor(page, c);
          await typeWithCaret(page, TYPED, SUFFIX.length);
          if (c.undoMergeMs > 0) await page.waitForTimeout(c.undoMergeMs + 150);
          const result = await insert(page, c.selector, text);
          expect(result.ok).toBe(true);
          expect(await editorState(page)).toBe(`${PREFIX}${text}${SUFFIX}`);
          await page.keyboard.press('Control+z');
          await expect.poll(() => editorState(page)).toBe(TYPED);
        });
      }
    }

    test('replaces a typed abbreviation at the end of the text with the reply', async ({ page }) => {
      await openEditor(page, c);
      await typeWithCaret(page, 'Hai ;thx');
      const text = 'Terima kasih banyak!';
      const result = await insert(page, c.selector, text, { replaceRange: { before: ';thx' } });
      log(c, 'abbreviation at end', result.strategy);
      expect(result).toMatchObject({ ok: true });
      expect(await editorState(page)).toBe(`Hai ${text}`);
      await page.keyboard.type('Z');
      await expect.poll(() => editorState(page)).toBe(`Hai ${text}Z`);
    });

    test('replaces an abbreviation in the middle of a line with multi-line text', async ({ page }) => {
      await openEditor(page, c);
      await typeWithCaret(page, 'Hai ;sig kak', 4);
      const text = 'Salam,\nTim Kelola';
      const result = await insert(page, c.selector, text, { replaceRange: { before: ';sig' } });
      log(c, 'abbreviation mid-line, multi-line', result.strategy);
      expect(result).toMatchObject({ ok: true });
      expect(await editorState(page)).toBe(`Hai ${text} kak`);
    });

    test('leaves the editor alone when the abbreviation is not just before the caret', async ({ page }) => {
      await openEditor(page, c);
      await typeWithCaret(page, 'Hai ;th');
      const result = await insert(page, c.selector, 'Terima kasih!', { replaceRange: { before: ';thx' } });
      expect(result.ok).toBe(false);
      expect(result.reason).toContain('abbreviation');
      expect(await editorState(page)).toBe('Hai ;th');
    });

    if (c.undo) {
      test('one undo brings the abbreviation back', async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, 'Hai ;thx');
        if (c.undoMergeMs > 0) await page.waitForTimeout(c.undoMergeMs + 150);
        const result = await insert(page, c.selector, 'Terima kasih!', { replaceRange: { before: ';thx' } });
        expect(result.ok).toBe(true);
        expect(await editorState(page)).toBe('Hai Terima kasih!');
        await page.keyboard.press('Control+z');
        await expect.poll(() => editorState(page)).toBe('Hai ;thx');
      });
    }

    if (c.engine === 'textarea') {
      test('keeps the textarea caret when focus went elsewhere', async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, TYPED, SUFFIX.length);
        await page.click('#outside');
        const result = await insert(page, c.selector, '!');
        expect(result.ok).toBe(true);
        expect(await editorState(page)).toBe(`${PREFIX}!${SUFFIX}`);
      });

      test('falls back to the native value setter, and React state follows', async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, TYPED, SUFFIX.length);
        await disableExecInsertText(page);
        const result = await insert(page, c.selector, 'Terima kasih!');
        log(c, 'execCommand unavailable', result.strategy);
        expect(result).toEqual({ ok: true, strategy: 'execCommand>native-setter' });
        expect(await editorState(page)).toBe(`${PREFIX}Terima kasih!${SUFFIX}`);
        expect(await page.locator('#state').textContent()).toBe(`${PREFIX}Terima kasih!${SUFFIX}`);
        await page.keyboard.type('Z');
        await expect.poll(() => editorState(page)).toBe(`${PREFIX}Terima kasih!Z${SUFFIX}`);
      });
    } else {
      test('puts the text at the end when the selection left the editor', async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, TYPED, SUFFIX.length);
        await page.click('#outside');
        const result = await insert(page, c.selector, '!');
        log(c, 'selection outside the editor', result.strategy);
        expect(result.ok).toBe(true);
        expect(await editorState(page)).toBe(`${TYPED}!`);
      });
    }

    if (c.engine === 'lexical' || c.engine === 'quill') {
      test('falls back to paste when execCommand does nothing, inserting once', async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, TYPED, SUFFIX.length);
        await disableExecInsertText(page);
        const result = await insert(page, c.selector, 'Terima kasih!');
        log(c, 'execCommand unavailable', result.strategy);
        expect(result).toEqual({ ok: true, strategy: 'execCommand>paste' });
        expect(await editorState(page)).toBe(`${PREFIX}Terima kasih!${SUFFIX}`);
      });
    }

    if (c.engine === 'contenteditable') {
      test('reports failure (and inserts nothing) when execCommand does nothing: paste is ignored', async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, TYPED, SUFFIX.length);
        await disableExecInsertText(page);
        const result = await insert(page, c.selector, 'Terima kasih!');
        log(c, 'execCommand unavailable', `${result.strategy} (ok=${result.ok})`);
        expect(result).toMatchObject({ ok: false, strategy: 'execCommand>paste' });
        expect(await editorState(page)).toBe(TYPED);
      });
    }

    if (c.engine === 'draft') {
      const blockPaste = (page: import('@playwright/test').Page) =>
        page.evaluate(() => window.addEventListener('paste', (e) => e.stopImmediatePropagation(), true));

      test('falls back to execCommand only when the editor already has text', async ({ page }) => {
        await openEditor(page, c);
        await typeWithCaret(page, TYPED, SUFFIX.length);
        await blockPaste(page);
        const result = await insert(page, c.selector, 'Terima kasih!');
        log(c, 'paste not handled, typed text', result.strategy);
        expect(result).toEqual({ ok: true, strategy: 'paste>execCommand' });
        expect(await editorState(page)).toBe(`${PREFIX}Terima kasih!${SUFFIX}`);
      });

      test('never runs execCommand on an empty editor (it would break Draft)', async ({ page }) => {
        await openEditor(page, c);
        await blockPaste(page);
        const result = await insert(page, c.selector, 'Terima kasih!');
        expect(result).toMatchObject({ ok: false, strategy: 'paste' });
        expect(await editorState(page)).toBe('');
        await page.keyboard.type('ok');
        await expect.poll(() => editorState(page)).toBe('ok');
      });
    }
  });
}

test.describe('fixture probe', () => {
  test('counts Enter presses and form submits, so the zero counts above mean something', async ({ page }) => {
    const c = ENGINES.find((e) => e.engine === 'textarea');
    if (!c) throw new Error('no textarea case');
    await openEditor(page, c);
    await page.keyboard.press('Enter');
    await page.evaluate(() => document.querySelector('form')?.requestSubmit());
    expect(await probe(page)).toEqual({ submits: 1, enterKeys: 1 });
  });
});
