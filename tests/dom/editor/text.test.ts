// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentText,
  endPoint,
  normalizeText,
  pointCharactersBefore,
  textBefore,
} from '../../../lib/platforms/editor/text';
import { $, mount } from './mount';

afterEach(() => {
  document.body.replaceChildren();
});

function draftBlock(key: string, inner: string): string {
  return `<div data-block="true" data-offset-key="${key}-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="${key}-0-0">${inner}</div></div>`;
}
const draftText = (t: string) => `<span data-offset-key="x"><span data-text="true">${t}</span></span>`;
const draftEmpty = '<span data-offset-key="x"><br data-text="true"></span>';

function editor(inner: string): HTMLElement {
  return $(mount(`<div id="ed" contenteditable="true">${inner}</div>`), '#ed');
}

describe('contentText', () => {
  it('reads Draft blocks, with empty blocks as empty lines and an empty editor as ""', () => {
    const blocks = `<div data-contents="true">${draftBlock('a', draftText('Halo'))}${draftBlock('b', draftEmpty)}${draftBlock('c', draftText('Salam'))}</div>`;
    expect(contentText(editor(blocks))).toBe('Halo\n\nSalam');
    expect(contentText(editor(`<div data-contents="true">${draftBlock('a', draftEmpty)}</div>`))).toBe('');
    const trailingEmpty = `<div data-contents="true">${draftBlock('a', draftText('Halo'))}${draftBlock('b', draftEmpty)}</div>`;
    expect(contentText(editor(trailingEmpty))).toBe('Halo\n');
  });

  it('reads Lexical line breaks inside one paragraph, including the trailing one', () => {
    const t = (s: string) => `<span data-lexical-text="true">${s}</span>`;
    expect(contentText(editor(`<p>${t('a')}<br>${t('b')}</p>`))).toBe('a\nb');
    expect(contentText(editor(`<p>${t('a')}<br><br>${t('b')}</p>`))).toBe('a\n\nb');
    expect(contentText(editor(`<p>${t('a')}<br><br></p>`))).toBe('a\n');
    expect(contentText(editor('<p><br></p>'))).toBe('');
  });

  it('reads Quill paragraphs with an empty paragraph as an empty line', () => {
    expect(contentText(editor('<p>a</p><p><br></p><p>b</p>'))).toBe('a\n\nb');
    expect(contentText(editor('<p><br></p><p>b</p>'))).toBe('\nb');
  });

  it('reads a plain contenteditable with <br> and <div> lines, ignoring a closing <br>', () => {
    expect(contentText(editor('Hai<br>kak'))).toBe('Hai\nkak');
    expect(contentText(editor('Hai<div>kak</div>'))).toBe('Hai\nkak');
    expect(contentText(editor('Hai<br>'))).toBe('Hai');
  });

  it('ignores source-formatting newlines between and around blocks', () => {
    expect(contentText(editor('\n  <p>a</p>\n  <p>\n    <span>b</span>\n  </p>\n'))).toBe('a\nb');
    expect(contentText(editor('<p>a</p>\n<p>b</p>'))).toBe('a\nb');
  });

  it('drops zero-width characters and keeps emoji and RTL text as they are', () => {
    expect(contentText(editor('\u200bشكراً 👨‍👩‍👧\ufeff'))).toBe('شكراً 👨‍👩‍👧');
  });
});

describe('textBefore', () => {
  it('gives the text up to a point inside a text node', () => {
    const ed = editor('<p>Hai kak</p>');
    const text = ed.querySelector('p')?.firstChild;
    if (!text) throw new Error('no text');
    expect(textBefore(ed, { node: text, offset: 4 })).toBe('Hai ');
  });

  it('puts a point at the start of the second paragraph on a new line', () => {
    const ed = editor('<p>a</p><p>b</p>');
    const second = ed.querySelectorAll('p')[1];
    if (!second) throw new Error('no paragraph');
    expect(textBefore(ed, { node: second, offset: 0 })).toBe('a\n');
    expect(textBefore(ed, { node: ed, offset: 1 })).toBe('a');
  });
});

describe('pointCharactersBefore', () => {
  it('walks back across text nodes on the same line (styled spans)', () => {
    const ed = editor('<p><span>Hai ;t</span><span>hx</span></p>');
    const last = ed.querySelectorAll('span')[1]?.firstChild;
    const first = ed.querySelectorAll('span')[0]?.firstChild;
    if (!last || !first) throw new Error('no text');
    const start = pointCharactersBefore(ed, { node: last, offset: 2 }, 4);
    expect(start).toEqual({ node: first, offset: 4 });
  });

  it('refuses to cross a line break or to go past the start', () => {
    const ed = editor('<p>;t<br>hx</p>');
    const after = ed.querySelector('p')?.lastChild;
    if (!after) throw new Error('no text');
    expect(pointCharactersBefore(ed, { node: after, offset: 2 }, 4)).toBeNull();
    expect(pointCharactersBefore(ed, { node: after, offset: 2 }, 3)).toBeNull();
    expect(pointCharactersBefore(ed, { node: after, offset: 2 }, 2)).toEqual({ node: after, offset: 0 });
  });

  it('skips zero-width characters that are not part of what was typed', () => {
    const ed = editor(';th\u200bx');
    const text = ed.firstChild;
    if (!text) throw new Error('no text');
    expect(pointCharactersBefore(ed, { node: text, offset: 5 }, 4)).toEqual({ node: text, offset: 0 });
  });
});

describe('endPoint', () => {
  it('is after the last character, or before the placeholder <br> of an empty last line', () => {
    const ed = editor('<p>a</p><p>b</p>');
    const b = ed.querySelectorAll('p')[1]?.firstChild;
    expect(endPoint(ed)).toEqual({ node: b, offset: 1 });
    const withEmpty = editor('<p>a</p><p><br></p>');
    const lastP = withEmpty.querySelectorAll('p')[1];
    expect(endPoint(withEmpty)).toEqual({ node: lastP, offset: 0 });
  });
});

describe('normalizeText', () => {
  it('treats nbsp, newlines and runs of spaces alike but keeps word boundaries', () => {
    expect(normalizeText('Hai\u00a0kak\n\nSalam ')).toBe('Hai kak Salam');
    expect(normalizeText('Haikak')).not.toBe(normalizeText('Hai kak'));
  });
});
