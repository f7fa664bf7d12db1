// @vitest-environment happy-dom
// The strategy chain of insertText with stand-in editors: which strategy runs, that a later
// one runs only when the text is still missing, and that a slow editor is not filled twice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertText } from '../../../lib/platforms/editor/insert';
import { $, mount } from './mount';

type Exec = (command: string, showUI?: boolean, value?: string) => boolean;

function setExecCommand(fn: Exec | undefined): void {
  Object.defineProperty(document, 'execCommand', { value: fn, configurable: true, writable: true });
}

/** Inserts at the current selection the way the browser's insertText does. */
function insertAtSelection(text: string): void {
  const selection = document.getSelection();
  const range = selection?.getRangeAt(0);
  if (!selection || !range) throw new Error('no selection');
  range.deleteContents();
  const node = document.createTextNode(text);
  range.insertNode(node);
  const after = document.createRange();
  after.setStartAfter(node);
  after.collapse(true);
  selection.removeAllRanges();
  selection.addRange(after);
}

function caretIn(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function plainEditor(initial = ''): HTMLElement {
  const ed = $(mount('<div id="ed" contenteditable="true"></div>'), '#ed');
  if (initial) ed.append(document.createTextNode(initial));
  return ed;
}

afterEach(() => {
  setExecCommand(undefined);
  document.body.replaceChildren();
});

describe('insertText into a textarea', () => {
  it('falls back to the native value setter when execCommand is unavailable, firing one input event', async () => {
    const area = $(mount('<textarea></textarea>'), 'textarea') as HTMLTextAreaElement;
    area.value = 'Hai kak';
    area.focus();
    area.setSelectionRange(4, 4);
    const inputs: string[] = [];
    area.addEventListener('input', (e) => inputs.push((e as InputEvent).data ?? ''));
    const result = await insertText(area, 'Terima kasih! ');
    expect(result).toEqual({ ok: true, strategy: 'execCommand>native-setter' });
    expect(area.value).toBe('Hai Terima kasih! kak');
    expect(area.selectionStart).toBe(18);
    expect(inputs).toEqual(['Terima kasih! ']);
  });

  it('stops after execCommand when it inserted the text', async () => {
    const area = $(mount('<textarea></textarea>'), 'textarea') as HTMLTextAreaElement;
    area.value = 'ab';
    area.focus();
    area.setSelectionRange(1, 1);
    const exec = vi.fn<Exec>((command, _ui, value) => {
      if (command !== 'insertText' || value === undefined) return false;
      area.setRangeText(value, area.selectionStart ?? 0, area.selectionEnd ?? 0, 'end');
      return true;
    });
    setExecCommand(exec);
    const result = await insertText(area, 'X\nY');
    expect(result).toEqual({ ok: true, strategy: 'execCommand' });
    expect(exec).toHaveBeenCalledTimes(1);
    expect(area.value).toBe('aX\nYb');
  });

  it('replaces the abbreviation before the caret, and refuses when it is not there', async () => {
    const area = $(mount('<textarea></textarea>'), 'textarea') as HTMLTextAreaElement;
    area.value = 'Hai ;thx kak';
    area.focus();
    area.setSelectionRange(8, 8);
    const ok = await insertText(area, 'Terima kasih!', { replaceRange: { before: ';thx' } });
    expect(ok.ok).toBe(true);
    expect(area.value).toBe('Hai Terima kasih! kak');
    area.setSelectionRange(3, 3);
    const refused = await insertText(area, 'Terima kasih!', { replaceRange: { before: ';thx' } });
    expect(refused).toMatchObject({ ok: false, strategy: 'none' });
    expect(area.value).toBe('Hai Terima kasih! kak');
  });
});

describe('insertText into contenteditable editors', () => {
  it('inserts at the kept caret with execCommand', async () => {
    const ed = plainEditor('Hai kak');
    const text = ed.firstChild;
    if (!text) throw new Error('no text');
    ed.focus();
    caretIn(text, 4);
    const exec = vi.fn<Exec>((command, _ui, value) => {
      if (command === 'insertText' && value !== undefined) insertAtSelection(value);
      return true;
    });
    setExecCommand(exec);
    const result = await insertText(ed, 'ok ');
    expect(result).toEqual({ ok: true, strategy: 'execCommand' });
    expect(ed.textContent).toBe('Hai ok kak');
  });

  it('puts the caret at the end when the selection is outside the editor', async () => {
    const ed = plainEditor('Hai kak');
    const outside = $(mount('<p id="out">elsewhere</p>'), '#out');
    const outText = outside.firstChild;
    if (!outText) throw new Error('no text');
    caretIn(outText, 2);
    setExecCommand((command, _ui, value) => {
      if (command === 'insertText' && value !== undefined) insertAtSelection(value);
      return true;
    });
    const result = await insertText(ed, '!', { engine: 'contenteditable' });
    expect(result.ok).toBe(true);
    expect(ed.textContent).toBe('Hai kak!');
    expect(outside.textContent).toBe('elsewhere');
  });

  it('falls back to paste for a paste-handling editor once execCommand did nothing', async () => {
    const ed = plainEditor('ab');
    const text = ed.firstChild;
    if (!text) throw new Error('no text');
    ed.focus();
    caretIn(text, 1);
    let pastes = 0;
    ed.addEventListener('paste', (e) => {
      e.preventDefault();
      pastes += 1;
      insertAtSelection(e.clipboardData?.getData('text/plain') ?? '');
    });
    setExecCommand(() => false);
    const result = await insertText(ed, 'X', { engine: 'lexical' });
    expect(result).toEqual({ ok: true, strategy: 'execCommand>paste' });
    expect(pastes).toBe(1);
    expect(ed.textContent).toBe('aXb');
  });

  it('waits for a slow editor instead of inserting a second time', async () => {
    const ed = plainEditor('ab');
    const text = ed.firstChild;
    if (!text) throw new Error('no text');
    ed.focus();
    caretIn(text, 2);
    let pastes = 0;
    ed.addEventListener('paste', () => {
      pastes += 1;
    });
    setExecCommand((command, _ui, value) => {
      // The editor applies the change from its own queue, after a short delay.
      if (command === 'insertText' && value !== undefined) setTimeout(() => ed.append(document.createTextNode(value)), 80);
      return true;
    });
    const result = await insertText(ed, 'X', { engine: 'quill' });
    expect(result).toEqual({ ok: true, strategy: 'execCommand' });
    expect(pastes).toBe(0);
    expect(ed.textContent).toBe('abX');
  });

  it('stops and reports when the editor changed in an unexpected way (never retries into a double)', async () => {
    const ed = plainEditor('ab');
    const text = ed.firstChild;
    if (!text) throw new Error('no text');
    ed.focus();
    caretIn(text, 2);
    let pastes = 0;
    ed.addEventListener('paste', () => {
      pastes += 1;
    });
    setExecCommand((command, _ui, value) => {
      if (command === 'insertText' && value !== undefined) insertAtSelection(value + value);
      return true;
    });
    const result = await insertText(ed, 'X', { engine: 'lexical' });
    expect(result.ok).toBe(false);
    expect(result.strategy).toBe('execCommand');
    expect(pastes).toBe(0);
  });

  it('never tries execCommand on an empty Draft editor', async () => {
    const ed = $(
      mount('<div class="DraftEditor-root"><div id="ed" class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"></div></div></div>'),
      '#ed',
    );
    ed.focus();
    const exec = vi.fn<Exec>(() => true);
    setExecCommand(exec);
    const result = await insertText(ed, 'Halo');
    expect(result).toMatchObject({ ok: false, strategy: 'paste' });
    expect(exec).not.toHaveBeenCalled();
  });

  it('replaces an abbreviation split over styled spans with one selection', async () => {
    const ed = $(mount('<div id="ed" contenteditable="true"><p><span>Hai ;t</span><b>hx</b></p></div>'), '#ed');
    const last = ed.querySelector('b')?.firstChild;
    if (!last) throw new Error('no text');
    ed.focus();
    caretIn(last, 2);
    const selected: string[] = [];
    setExecCommand((command, _ui, value) => {
      selected.push(document.getSelection()?.toString() ?? '');
      if (command === 'insertText' && value !== undefined) insertAtSelection(value);
      return true;
    });
    const result = await insertText(ed, 'Terima kasih!', { replaceRange: { before: ';thx' }, engine: 'contenteditable' });
    expect(selected).toEqual([';thx']);
    expect(result).toEqual({ ok: true, strategy: 'execCommand' });
    expect(ed.textContent).toBe('Hai Terima kasih!');
  });

  it('reports a missing editable element', async () => {
    const div = $(mount('<div id="x"><span>read only</span></div>'), '#x');
    expect(await insertText(div, 'Halo')).toMatchObject({ ok: false, strategy: 'none' });
  });
});
