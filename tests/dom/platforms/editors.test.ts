// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../../lib/platforms';
import { expectation, loadFixture, manifest } from './harness';

const entries = manifest().fixtures;
const opened: { close(): void }[] = [];
afterAll(() => opened.forEach((w) => w.close()));

function setup(file: string) {
  const entry = entries.find((e) => e.file === file)!;
  const page = loadFixture(entry);
  opened.push(page.window as unknown as { close(): void });
  const adapter = adapterForUrl(page.url)!;
  return { entry, exp: expectation(entry), page, adapter, items: adapter.findItems(page.document) };
}

describe.each(entries.map((e) => [e.file] as const))('%s', (file) => {
  const { exp, page, adapter, items } = setup(file);
  const editors = adapter.findEditors(page.document);

  it('finds every fillable editor and its engine', () => {
    expect(editors).toHaveLength(exp.editors.total);
    for (const ed of editors) expect(adapter.editorEngine(ed)).toBe(exp.editors.engine);
    expect(editors.some((e) => e.classList.contains('ql-clipboard'))).toBe(false);
  });

  it('finds the open reply editor of exactly the items that have one', () => {
    items.forEach((el, i) => {
      const ed = adapter.findReplyEditor(el);
      if (exp.editors.replyEditorFor.includes(i)) {
        expect(ed, `item ${i}`).not.toBeNull();
        expect(editors, `item ${i}`).toContain(ed);
      } else {
        expect(ed, `item ${i}`).toBeNull();
      }
    });
  });

  it('finds the composer when the page has one', () => {
    const composer = adapter.findComposer(page.document);
    if (exp.editors.total > 0) expect(composer).not.toBeNull();
    // YouTube's top comment box is a placeholder (role=textbox) until clicked; the inserter clicks it.
    if (composer && !editors.includes(composer)) expect(composer.id).toBe('simplebox-placeholder');
  });
});

describe('editor markup per engine', () => {
  const cases: [file: string, item: number, selector: string, ancestor: string | null][] = [
    ['x/status-en.html', 0, 'div[data-testid="tweetTextarea_0"][role="textbox"][contenteditable="true"].public-DraftEditor-content', '[role="dialog"] .DraftEditor-root'],
    ['x/status-id.html', 0, 'div[data-testid="tweetTextarea_0"][role="textbox"][contenteditable="true"]', '[data-testid="cellInnerDiv"] .DraftEditor-root'],
    ['facebook/post-en.html', 0, 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Reply to Budi Santoso"]', 'form'],
    ['linkedin/post-classic-en.html', 2, '.ql-editor[contenteditable="true"]', '.comments-comment-box--reply .comments-comment-texteditor'],
    ['linkedin/post-new-id.html', 1, '.tiptap.ProseMirror[contenteditable="true"]', 'div[data-view-name="comment-box"]'],
    ['youtube/watch-en.html', 1, '#contenteditable-root[contenteditable="true"]', '#reply-dialog ytd-commentbox'],
    ['instagram/post-en.html', 0, 'textarea[aria-label="Add a comment…"]', 'form'],
    ['tiktok/video-en.html', 0, '.public-DraftEditor-content[contenteditable="true"]', 'div[data-e2e="comment-input"] .DraftEditor-root'],
    ['threads/post-en.html', 2, 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', '[role="dialog"]'],
    ['instagram/direct.html', 0, 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Message"]', null],
    ['facebook/messenger-en.html', 0, 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label="Message"]', null],
    ['linkedin/messaging.html', 0, '.msg-form__contenteditable[contenteditable="true"]', 'form.msg-form'],
    ['x/messages.html', 0, '[data-testid="dmComposerTextInput"][contenteditable="true"]', '.DraftEditor-root'],
  ];

  it.each(cases)('%s item %i replies in %s', (file, index, selector, ancestor) => {
    const { adapter, items } = setup(file);
    const ed = adapter.findReplyEditor(items[index]!);
    expect(ed).not.toBeNull();
    expect(ed!.matches(selector)).toBe(true);
    if (ancestor) expect(ed!.closest(ancestor)).not.toBeNull();
  });

  it('Instagram: the prefilled box belongs to the comment being answered', () => {
    const { adapter, items } = setup('instagram/post-en.html');
    const box = adapter.findReplyEditor(items[0]!) as HTMLTextAreaElement;
    expect(box.value).toBe('@budi.santoso ');
    expect(adapter.findReplyEditor(items[1]!)).toBeNull();
  });

  it('prefers the focused editor as the composer', () => {
    const { adapter, page } = setup('facebook/post-en.html');
    const editors = adapter.findEditors(page.document);
    const main = editors.find((e) => e.getAttribute('aria-label') === 'Write a comment…');
    const reply = editors.find((e) => e.getAttribute('aria-label') === 'Reply to Budi Santoso');
    expect(main).toBeDefined();
    expect(adapter.findComposer(page.document)).toBe(main);
    reply!.focus();
    expect(page.document.activeElement).toBe(reply);
    expect(adapter.findComposer(page.document)).toBe(reply);
  });

  it('X: the reply dialog, not the inline box, answers the post in the dialog', () => {
    const { adapter, page, items } = setup('x/status-en.html');
    const inline = page.document.querySelector('[data-testid="cellInnerDiv"] [data-testid="tweetTextarea_0"]');
    const ed = adapter.findReplyEditor(items[0]!);
    expect(ed).not.toBe(inline);
    expect(adapter.findComposer(page.document)).toBe(ed);
  });
});
