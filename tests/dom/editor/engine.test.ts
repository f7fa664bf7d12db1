// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { detectEngine, readEditorText, resolveEditable } from '../../../lib/platforms/editor/engine';
import { $, mount } from './mount';

// Markup as the engines render it (X's Draft reply box, Facebook's Lexical box, LinkedIn's
// Quill and TipTap boxes, YouTube's plain box).
const DRAFT = `<div data-testid="reply-box"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
<div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_0">
<div data-contents="true"><div data-block="true" data-offset-key="k1-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="k1-0-0">
<span data-offset-key="k1-0-0"><span data-text="true">Hai kak</span></span></div></div></div></div></div></div></div>`;
const LEXICAL = `<div class="fb-wrap"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p dir="auto"><span data-lexical-text="true">Halo</span></p></div></div>`;
const QUILL = `<div class="comments-comment-texteditor"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Hi</p></div></div></div>`;
const TIPTAP = `<div data-view-name="comment-box"><div class="tiptap ProseMirror" contenteditable="true"><p>Hi</p></div></div>`;
const YOUTUBE = `<div id="comment-box"><div id="contenteditable-root" contenteditable="true" role="textbox">Hi</div></div>`;

afterEach(() => {
  document.body.replaceChildren();
});

describe('detectEngine', () => {
  it('recognises Draft.js from the contenteditable, a text span inside it and a wrapper', () => {
    const root = mount(DRAFT);
    expect(detectEngine($(root, '[data-testid="tweetTextarea_0"]'))).toBe('draft');
    expect(detectEngine($(root, '[data-text="true"]'))).toBe('draft');
    expect(detectEngine($(root, '[data-testid="reply-box"]'))).toBe('draft');
  });

  it('recognises Lexical, Quill and TipTap/ProseMirror, also from wrappers', () => {
    const root = mount(LEXICAL + QUILL + TIPTAP);
    expect(detectEngine($(root, '[data-lexical-editor]'))).toBe('lexical');
    expect(detectEngine($(root, '.fb-wrap'))).toBe('lexical');
    expect(detectEngine($(root, '.ql-editor'))).toBe('quill');
    expect(detectEngine($(root, '.comments-comment-texteditor'))).toBe('quill');
    expect(detectEngine($(root, '.tiptap'))).toBe('prosemirror');
    expect(detectEngine($(root, '[data-view-name="comment-box"]'))).toBe('prosemirror');
  });

  it('treats an editable element with no engine marks as plain contenteditable', () => {
    const root = mount(YOUTUBE + '<div id="pt" contenteditable="plaintext-only"></div>');
    expect(detectEngine($(root, '#contenteditable-root'))).toBe('contenteditable');
    expect(detectEngine($(root, '#comment-box'))).toBe('contenteditable');
    expect(detectEngine($(root, '#pt'))).toBe('contenteditable');
  });

  it('recognises textareas and text inputs, not other inputs', () => {
    const root = mount(
      '<form id="f"><textarea aria-label="Add a comment…"></textarea></form><input id="t" type="text"><input id="c" type="checkbox">',
    );
    expect(detectEngine($(root, 'textarea'))).toBe('textarea');
    expect(detectEngine($(root, '#f'))).toBe('textarea');
    expect(detectEngine($(root, '#t'))).toBe('textarea');
    expect(detectEngine($(root, '#c'))).not.toBe('textarea');
  });
});

describe('resolveEditable', () => {
  it('climbs from a node inside an editor to the editing host', () => {
    const root = mount(DRAFT);
    expect(resolveEditable($(root, '[data-text="true"]'))).toBe($(root, '[contenteditable="true"]'));
  });

  it('finds the editable element inside a wrapper, and nothing in a read-only block', () => {
    const root = mount(QUILL + '<div id="ro" contenteditable="false"><span>x</span></div>');
    expect(resolveEditable($(root, '.comments-comment-texteditor'))).toBe($(root, '.ql-editor'));
    expect(resolveEditable($(root, '#ro'))).toBeNull();
  });
});

describe('readEditorText', () => {
  it('reads a textarea value and an editor text through any element of it', () => {
    const root = mount('<textarea>ignored</textarea>' + DRAFT);
    const area = root.querySelector('textarea');
    if (!area) throw new Error('no textarea');
    area.value = 'baris 1\nbaris 2';
    expect(readEditorText(area)).toBe('baris 1\nbaris 2');
    expect(readEditorText($(root, '[data-testid="reply-box"]'))).toBe('Hai kak');
  });
});
