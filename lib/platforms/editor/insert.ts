// Puts text into a social site's own editor the way a user's paste or typing would, so the
// editor's model (not just its DOM) takes it. Runs in a content script: events and
// execCommand reach the page's listeners through the shared DOM. Never submits.
import { detectEngine, isTextControlElement, resolveEditable, type EditorEngine } from './engine';
import {
  contentText,
  endPoint,
  normalizeSpaces,
  normalizeText,
  pointCharactersBefore,
  textBefore,
  type DomPoint,
} from './text';

export type { EditorEngine } from './engine';

export interface InsertOptions {
  engine?: EditorEngine;
  /** Abbreviation expansion: the characters just before the caret (e.g. ";thx") to replace. */
  replaceRange?: { before: string };
}

export interface InsertResult {
  ok: boolean;
  strategy: string;
  reason?: string;
}

type Strategy = 'paste' | 'execCommand' | 'execCommand-lines' | 'native-setter';

/** How long an editor may take to show an insertion before the next strategy is tried. */
const SETTLE_MS = 250;

function frame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    // rAF does not run in background tabs; the timeout keeps insertion from hanging there.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });
}

async function tick(): Promise<void> {
  await Promise.resolve();
  await frame();
}

function isMultiLine(text: string): boolean {
  return /[\r\n]/.test(text);
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

function strategiesFor(engine: EditorEngine, text: string, editorEmpty: boolean): Strategy[] {
  const multi = isMultiLine(text);
  switch (engine) {
    case 'draft':
      // execCommand on an empty Draft editor breaks it, and with newlines it garbles the blocks.
      return editorEmpty || multi ? ['paste'] : ['paste', 'execCommand'];
    case 'lexical':
      // Lexical garbles execCommand newlines (insertText with "\n", insertParagraph, insertLineBreak).
      return multi ? ['paste'] : ['execCommand', 'paste'];
    case 'quill':
      return multi ? ['paste', 'execCommand'] : ['execCommand', 'paste'];
    case 'prosemirror':
      return multi ? ['paste', 'execCommand'] : ['execCommand', 'paste'];
    case 'contenteditable':
      // <br> line breaks keep a plain box plain; synthetic paste is ignored by plain
      // contenteditable and comes last only in case a site handles it.
      return multi ? ['execCommand-lines', 'execCommand', 'paste'] : ['execCommand', 'paste'];
    case 'textarea':
      return ['execCommand', 'native-setter'];
  }
}

function dispatchPaste(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
}

function execInsert(text: string): boolean {
  return document.execCommand('insertText', false, text);
}

function execInsertLines(text: string): void {
  lines(text).forEach((line, i) => {
    if (i > 0) document.execCommand('insertLineBreak', false);
    if (line.length > 0) document.execCommand('insertText', false, line);
  });
}

function selectionInside(root: HTMLElement): Range | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  return range.cloneRange();
}

function applyRange(root: HTMLElement, start: DomPoint, end: DomPoint = start): void {
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** Focuses the editor keeping the user's caret; with no caret inside, the caret goes to the end. */
async function prepareCaret(root: HTMLElement): Promise<void> {
  const saved = selectionInside(root);
  if (root.ownerDocument.activeElement !== root) root.focus({ preventScroll: true });
  const now = selectionInside(root);
  if (saved) {
    if (!now || !sameRange(saved, now)) {
      applyRange(root, { node: saved.startContainer, offset: saved.startOffset }, {
        node: saved.endContainer,
        offset: saved.endOffset,
      });
    }
  } else {
    applyRange(root, endPoint(root));
  }
  // Editors (Lexical, Draft) take the DOM selection into their model on selectionchange,
  // which fires asynchronously; inserting before that lands at a stale position or nowhere.
  await tick();
}

interface Expectation {
  before: string;
  expected: string;
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return count;
    count += 1;
    from = at + needle.length;
  }
}

type Outcome = 'inserted' | 'unchanged' | 'moved' | 'unexpected';

function classify(after: string, exp: Expectation, text: string): Outcome {
  const a = normalizeText(after);
  if (a === normalizeText(exp.expected)) return 'inserted';
  const b = normalizeText(exp.before);
  if (a === b) return 'unchanged';
  const t = normalizeText(text);
  if (
    t.length > 0 &&
    a.length === normalizeText(exp.expected).length &&
    countOccurrences(a, t) === countOccurrences(b, t) + 1
  ) {
    return 'moved';
  }
  return 'unexpected';
}

/**
 * Waits until the editor shows the expected text (or the settle time passes) and judges it;
 * editors may apply one change over several ticks (delete the selection, then insert).
 */
async function settle(read: () => string, exp: Expectation, text: string): Promise<Outcome> {
  const started = Date.now();
  await tick();
  let outcome = classify(read(), exp, text);
  while (outcome !== 'inserted' && Date.now() - started < SETTLE_MS) {
    await frame();
    outcome = classify(read(), exp, text);
  }
  return outcome;
}

function resultFor(outcome: Outcome, strategy: Strategy, tried: string[]): InsertResult | null {
  const strategyName = tried.join('>');
  switch (outcome) {
    case 'inserted':
      return { ok: true, strategy: strategyName };
    case 'moved':
      return { ok: true, strategy: strategyName, reason: `the editor placed the text elsewhere than the caret (${strategy})` };
    case 'unexpected':
      // Trying again could insert the text twice.
      return { ok: false, strategy: strategyName, reason: `the editor changed but does not show the text as expected after ${strategy}` };
    case 'unchanged':
      return null;
  }
}

function nativeSetValue(el: HTMLTextAreaElement | HTMLInputElement, value: string): void {
  const proto = el.tagName.toUpperCase() === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // The prototype's setter bypasses the page framework's own value tracking (React's), so the
  // framework sees a real change on the input event that follows.
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

async function insertIntoTextControl(
  el: HTMLTextAreaElement | HTMLInputElement,
  text: string,
  opts: InsertOptions,
): Promise<InsertResult> {
  if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
  const value = el.value;
  let start = el.selectionStart ?? value.length;
  const end = el.selectionEnd ?? start;
  const abbreviation = opts.replaceRange?.before;
  if (abbreviation !== undefined && abbreviation.length > 0) {
    if (start !== end) return { ok: false, strategy: 'none', reason: 'the selection is not a caret' };
    if (value.slice(start - abbreviation.length, start) !== abbreviation) {
      return { ok: false, strategy: 'none', reason: 'the abbreviation is not just before the caret' };
    }
    start -= abbreviation.length;
    el.setSelectionRange(start, end);
  }
  const exp: Expectation = { before: value, expected: value.slice(0, start) + text + value.slice(end) };
  const read = (): string => el.value;
  const tried: string[] = [];
  for (const strategy of strategiesFor('textarea', text, value.length === 0)) {
    tried.push(strategy);
    if (strategy === 'execCommand') {
      try {
        execInsert(text);
      } catch {
        // Judged by reading the value back below.
      }
    } else {
      nativeSetValue(el, exp.expected);
      const caret = start + text.length;
      el.setSelectionRange(caret, caret);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }
    const outcome = await settleTextControl(read, exp);
    const result = resultFor(outcome, strategy, tried);
    if (result) return result;
  }
  return { ok: false, strategy: tried.join('>'), reason: 'the text control did not take the text' };
}

async function settleTextControl(read: () => string, exp: Expectation): Promise<Outcome> {
  // A controlled field's framework may re-render (and so accept or revert) on the next tick.
  await tick();
  const after = read().replace(/\r\n?/g, '\n');
  if (after === exp.expected.replace(/\r\n?/g, '\n')) return 'inserted';
  if (after === exp.before) return 'unchanged';
  return 'unexpected';
}

/**
 * Inserts `text` at the caret of `editor` (or over the abbreviation before it), trying the
 * engine's strategies in order and reading the editor back after each one; a later strategy
 * runs only when the text is still missing, so the text never lands twice.
 */
export async function insertText(editor: HTMLElement, text: string, opts: InsertOptions = {}): Promise<InsertResult> {
  const target = resolveEditable(editor);
  if (!target) return { ok: false, strategy: 'none', reason: 'no editable element' };
  if (text.length === 0 && !opts.replaceRange) return { ok: true, strategy: 'none' };
  if (isTextControlElement(target)) return insertIntoTextControl(target, text, opts);

  const engine = opts.engine ?? detectEngine(target);
  await prepareCaret(target);

  const abbreviation = opts.replaceRange?.before;
  if (abbreviation !== undefined && abbreviation.length > 0) {
    const range = selectionInside(target);
    if (!range) return { ok: false, strategy: 'none', reason: 'the caret is not in the editor' };
    if (!range.collapsed) return { ok: false, strategy: 'none', reason: 'the selection is not a caret' };
    const caret: DomPoint = { node: range.endContainer, offset: range.endOffset };
    const typed = normalizeSpaces(textBefore(target, caret));
    if (!typed.endsWith(normalizeSpaces(abbreviation))) {
      return { ok: false, strategy: 'none', reason: 'the abbreviation is not just before the caret' };
    }
    const start = pointCharactersBefore(target, caret, abbreviation.length);
    if (!start) return { ok: false, strategy: 'none', reason: 'the abbreviation spans a line break' };
    applyRange(target, start, caret);
    await tick();
  }

  const range = selectionInside(target);
  if (!range) return { ok: false, strategy: 'none', reason: 'the caret is not in the editor' };
  const before = contentText(target);
  const head = textBefore(target, { node: range.startContainer, offset: range.startOffset });
  const through = textBefore(target, { node: range.endContainer, offset: range.endOffset });
  const exp: Expectation = { before, expected: head + text + before.slice(through.length) };
  const read = (): string => contentText(target);

  const tried: string[] = [];
  for (const strategy of strategiesFor(engine, text, normalizeText(before).length === 0)) {
    tried.push(strategy);
    try {
      if (strategy === 'paste') dispatchPaste(target, text);
      else if (strategy === 'execCommand') execInsert(text);
      else execInsertLines(text);
    } catch {
      // Judged by reading the editor back below.
    }
    const outcome = await settle(read, exp, text);
    const result = resultFor(outcome, strategy, tried);
    if (result) return result;
    // The editor may have moved focus or caret while rejecting the attempt.
    if (!selectionInside(target)) {
      target.focus({ preventScroll: true });
      try {
        applyRange(target, { node: range.startContainer, offset: range.startOffset }, {
          node: range.endContainer,
          offset: range.endOffset,
        });
      } catch {
        // The editor re-rendered the nodes the caret was in.
        applyRange(target, endPoint(target));
      }
      await tick();
    }
  }
  return { ok: false, strategy: tried.join('>'), reason: `the ${engine} editor did not take the text` };
}

export { readEditorText, detectEngine } from './engine';
