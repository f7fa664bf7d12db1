import { contentText } from './text';

export type EditorEngine = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'contenteditable' | 'textarea';

// Types whose caret can be read and set (email and number inputs refuse setSelectionRange).
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'tel']);
const EDITABLE_SELECTOR =
  'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

function editableAttr(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * The element that actually receives text: the element itself when it is a text control or
 * inside an editing host (then the host), else the first editable descendant (adapters
 * sometimes hold a wrapper such as X's `[data-testid="tweetTextarea_0"]` container).
 */
export function resolveEditable(el: HTMLElement): HTMLElement | null {
  if (isTextControl(el)) return el;
  const host = el.closest<HTMLElement>('[contenteditable]');
  if (host && editableAttr(host)) {
    let top: HTMLElement = host;
    let parent = top.parentElement?.closest<HTMLElement>('[contenteditable]') ?? null;
    while (parent && editableAttr(parent)) {
      top = parent;
      parent = top.parentElement?.closest<HTMLElement>('[contenteditable]') ?? null;
    }
    return top;
  }
  const inner = el.querySelector<HTMLElement>(EDITABLE_SELECTOR);
  if (inner) return inner;
  const input = el.querySelector<HTMLInputElement>('input');
  return input && isTextControl(input) ? input : null;
}

function near(el: HTMLElement, selector: string): boolean {
  return el.closest(selector) !== null || el.querySelector(selector) !== null;
}

/** Which editor engine drives `el`, judged from the DOM each engine leaves behind. */
export function detectEngine(el: HTMLElement): EditorEngine {
  const target = resolveEditable(el) ?? el;
  if (isTextControl(target)) return 'textarea';
  if (near(target, '.DraftEditor-root, .public-DraftEditor-content, [data-contents="true"]')) return 'draft';
  if (near(target, '[data-lexical-editor]')) return 'lexical';
  if (near(target, '.ql-editor')) return 'quill';
  if (near(target, '.ProseMirror, .tiptap')) return 'prosemirror';
  // The wrapper an adapter handed in may hold the engine's root rather than sit inside it.
  if (target !== el) {
    if (el.querySelector('.DraftEditor-root, [data-contents="true"]')) return 'draft';
    if (el.querySelector('[data-lexical-editor]')) return 'lexical';
    if (el.querySelector('.ql-editor')) return 'quill';
    if (el.querySelector('.ProseMirror, .tiptap')) return 'prosemirror';
  }
  return 'contenteditable';
}

/** The editor's text as the user sees it (lines joined with `\n`). */
export function readEditorText(el: HTMLElement): string {
  const target = resolveEditable(el) ?? el;
  if (isTextControl(target)) return target.value;
  return contentText(target);
}

export function isTextControlElement(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return isTextControl(el);
}
