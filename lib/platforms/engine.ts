import type { EditorEngine } from './types';

/**
 * The editor framework behind an editable element, from the marks each one leaves in the DOM.
 * The insertion strategy (lib/platforms/editor) differs per engine.
 */
export function detectEditorEngine(el: HTMLElement): EditorEngine {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'INPUT') return 'textarea';
  if (el.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  const cls = el.classList;
  if (cls.contains('ql-editor')) return 'quill';
  if (cls.contains('ProseMirror') || cls.contains('tiptap')) return 'prosemirror';
  if (cls.contains('public-DraftEditor-content') || el.closest('.DraftEditor-root')) return 'draft';
  return 'contenteditable';
}

/** Editable elements that must never be filled: Quill's hidden paste target and read-only boxes. */
export function isFillable(el: Element): boolean {
  if (el.classList.contains('ql-clipboard')) return false;
  if (el.getAttribute('contenteditable') === 'false') return false;
  if (el.getAttribute('aria-readonly') === 'true' || el.hasAttribute('readonly') || el.hasAttribute('disabled')) return false;
  if (el.closest('[hidden]')) return false;
  return true;
}
