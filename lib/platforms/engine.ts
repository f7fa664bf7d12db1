/**
 * The editor framework behind an editable element: the same detection the insertion strategies use
 * (lib/platforms/editor), so an adapter and the inserter never disagree.
 */
export { detectEngine as detectEditorEngine } from './editor/engine';

/** Editable elements that must never be filled: Quill's hidden paste target and read-only boxes. */
export function isFillable(el: Element): boolean {
  if (el.classList.contains('ql-clipboard')) return false;
  if (el.getAttribute('contenteditable') === 'false') return false;
  if (el.getAttribute('aria-readonly') === 'true' || el.hasAttribute('readonly') || el.hasAttribute('disabled')) return false;
  if (el.closest('[hidden]')) return false;
  return true;
}
