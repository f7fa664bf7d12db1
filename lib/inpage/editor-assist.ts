import type { PageConfig } from '../messages';
import type { PlatformAdapter } from '../platforms';
import { insertText, readEditorText } from '../platforms/editor/insert';
import type { Transport, PageController } from './controller';

interface Target {
  editor: HTMLElement | null;
  range: Range | null;
  itemId: string | null;
}

const ABBR = /^[\p{L}\p{N}_-]{1,32}$/u;

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Text of the editor just before the caret (same text node / textarea value only). */
function textBeforeCaret(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return editor.value.slice(0, editor.selectionStart ?? editor.value.length);
  }
  const sel = editor.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return '';
  const node = sel.anchorNode;
  if (!node || !editor.contains(node)) return '';
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').slice(0, sel.anchorOffset);
  return '';
}

/**
 * Abbreviation expansion and text insertion into the page's editors. Remembers which editor (and
 * caret) the user was in when the palette opened, so the reply lands where they were typing.
 */
export function createEditorAssist(opts: {
  adapter: PlatformAdapter;
  doc: Document;
  transport: Transport;
  config: PageConfig;
  controller: PageController;
  /** Called when focus enters one of the page's reply editors. */
  onEditorFocus?: (editor: HTMLElement) => void;
}) {
  const { adapter, doc, transport, config, controller, onEditorFocus } = opts;
  const abbreviations = new Set(config.abbreviations.map((a) => a.toLowerCase()));
  const trigger = new RegExp(`(?:^|[\\s(])${escapeRe(config.abbreviationPrefix)}([\\p{L}\\p{N}_-]{1,32})$`, 'u');
  let target: Target = { editor: null, range: null, itemId: null };
  let lastEditor: HTMLElement | null = null;

  function editorOf(node: EventTarget | null): HTMLElement | null {
    if (!(node instanceof Element)) return null;
    const marked = node.closest<HTMLElement>('[data-kelola-editor]');
    if (marked) return marked;
    const editable = node.closest<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]');
    return editable && adapter.findEditors(doc).includes(editable) ? editable : null;
  }

  function itemFor(editor: HTMLElement): string | null {
    const inside = editor.closest('[data-kelola-item]');
    return inside?.getAttribute('data-kelola-item') ?? (target.editor === editor ? target.itemId : null);
  }

  const onFocusIn = (e: FocusEvent) => {
    const ed = editorOf(e.target);
    if (!ed) return;
    lastEditor = ed;
    onEditorFocus?.(ed);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.key !== ' ' && e.key !== 'Tab') || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    const editor = editorOf(e.target);
    if (!editor) return;
    const m = trigger.exec(textBeforeCaret(editor));
    const abbr = m?.[1]?.toLowerCase();
    if (!abbr || !ABBR.test(abbr) || !abbreviations.has(abbr)) return;
    e.preventDefault();
    e.stopPropagation();
    const typed = config.abbreviationPrefix + m![1]!;
    void (async () => {
      const itemId = itemFor(editor);
      const res = await transport.send<{ text: string | null; templateId?: string }>({
        type: 'template/expand',
        abbreviation: abbr,
        itemId,
        platform: adapter.id,
      });
      if (res.ok && res.text) {
        await insertText(editor, res.text, { replaceRange: { before: typed } });
      } else {
        // Not expandable inline (needs values, or unknown): keep what the user typed.
        await insertText(editor, e.key === 'Tab' ? '\t' : ' ');
      }
    })();
  };

  return {
    start() {
      doc.addEventListener('focusin', onFocusIn, true);
      doc.addEventListener('keydown', onKeyDown, true);
    },
    stop() {
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.removeEventListener('keydown', onKeyDown, true);
    },
    rememberTarget(editor: HTMLElement | null, itemId: string | null) {
      const ed = editor ?? (doc.activeElement ? editorOf(doc.activeElement) : null) ?? lastEditor;
      const sel = doc.getSelection();
      const range = ed && sel && sel.rangeCount > 0 && ed.contains(sel.anchorNode) ? sel.getRangeAt(0).cloneRange() : null;
      target = { editor: ed, range, itemId };
    },
    currentItemId(): string | null {
      return target.itemId;
    },
    async insert(text: string, itemId: string | null): Promise<boolean> {
      const itemEl = itemId ? controller.find(itemId) : null;
      const candidates = [
        target.editor,
        itemEl ? adapter.findReplyEditor(itemEl) : null,
        lastEditor,
        adapter.findComposer(doc),
      ];
      const editor = candidates.find((c): c is HTMLElement => !!c && c.isConnected) ?? null;
      if (!editor) return false;
      if (target.editor === editor && target.range) {
        editor.focus({ preventScroll: true });
        const sel = doc.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(target.range);
      }
      const before = readEditorText(editor);
      const res = await insertText(editor, text);
      return res.ok && readEditorText(editor) !== before;
    },
  };
}
