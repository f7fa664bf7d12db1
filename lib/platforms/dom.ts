/**
 * Small DOM helpers shared by the adapters. They read `textContent`-level data only: no layout
 * (innerText, getBoundingClientRect, getComputedStyle), because they run over thousands of items
 * inside one MutationObserver batch.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'TEXTAREA', 'INPUT', 'SELECT', 'IFRAME', 'VIDEO', 'AUDIO', 'CANVAS']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'PRE', 'TABLE', 'TR', 'HEADER', 'FOOTER']);
/** Screen-reader-only copies (LinkedIn, YouTube) would otherwise double the visible text. */
const HIDDEN_CLASSES = ['visually-hidden', 'sr-only', 'a11y-text', 'screen-reader-text', 'hidden-accessibility'];
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export interface TextOptions {
  /** Extra selector for descendants to leave out (e.g. a "see more" link inside the text). */
  skip?: string;
  /**
   * Whether block elements (div, p) start new lines. Off for sites that style divs as inline and
   * write line breaks as literal newlines in pre-wrap text (X, YouTube).
   */
  blockBreaks?: boolean;
}

/** True for elements a reader cannot see, judged from attributes only. */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.classList;
  if (cls.length) for (const c of HIDDEN_CLASSES) if (cls.contains(c)) return true;
  return false;
}

/**
 * The visible text of an element, close to `innerText` but computed from the DOM alone: hidden nodes,
 * buttons and screen-reader copies are skipped, emoji images (X and Facebook render emoji as
 * `<img alt="😀">`) contribute their alt text, `<br>` and block boundaries become line breaks.
 */
export function textOf(el: Element | null | undefined, opts: TextOptions = {}): string {
  if (!el) return '';
  const out: string[] = [];
  let lastChar = '';
  const push = (s: string) => {
    if (!s) return;
    out.push(s);
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const newline = () => {
    if (out.length && lastChar !== '\n') push('\n');
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const v = child.nodeValue;
        if (v) push(v.replace(/\r\n?/g, '\n').replace(/[ \t\f\u00a0]+/g, (ws) => (ws.includes('\u00a0') ? ws.replace(/[ \t\f]+/g, ' ') : ' ')));
        continue;
      }
      if (child.nodeType !== 1) continue;
      const e = child as Element;
      const tag = e.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        push('\n');
        continue;
      }
      if (tag === 'IMG') {
        const alt = e.getAttribute('alt');
        const src = e.getAttribute('src') ?? '';
        if (alt && (EMOJI.test(alt) || /emoji/i.test(src))) push(alt);
        continue;
      }
      if (e.getAttribute('role') === 'button' || isHiddenElement(e)) continue;
      if (opts.skip && e.matches(opts.skip)) continue;
      const block = opts.blockBreaks !== false && BLOCK_TAGS.has(tag);
      if (block) newline();
      walk(e);
      if (block) newline();
    }
  };
  walk(el);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of a short label (a name, a time): one line, whitespace collapsed. */
export function labelOf(el: Element | null | undefined, opts: TextOptions = {}): string {
  return textOf(el, opts).replace(/\s+/g, ' ').trim();
}

/** Elements matching any of the selectors under root (root itself included), in document order. */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  const sel = selectors.join(',');
  const found = Array.from(root.querySelectorAll(sel));
  if (isElement(root) && root.matches(sel)) found.unshift(root);
  return found;
}

/** The first match of the first selector that matches anything: selectors are tried in priority order. */
export function queryFirst<E extends Element = Element>(root: ParentNode, selectors: readonly string[]): E | null {
  for (const s of selectors) {
    const el = root.querySelector<E>(s);
    if (el) return el;
  }
  return null;
}

/** The nearest ancestor (or self) matching any of the selectors. */
export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  return el.closest(selectors.join(','));
}

/**
 * Matches under `el` that belong to `el` itself and not to a nested item (`boundary` is the item
 * selector), e.g. the author link of a comment but not those of its replies.
 */
export function ownMatches(el: Element, selector: string, boundary: string): Element[] {
  return Array.from(el.querySelectorAll(selector)).filter((m) => m.closest(boundary) === el);
}

/** The first own match (see ownMatches) of the first selector that has one. */
export function ownFirst(el: Element, selectors: readonly string[], boundary: string): Element | null {
  for (const s of selectors) {
    for (const m of Array.from(el.querySelectorAll(s))) if (m.closest(boundary) === el) return m;
  }
  return null;
}

/**
 * How many earlier siblings of `row` (up to `limit`) have the same text: two identical "ok" messages
 * from one person in one minute must still get different ids.
 */
export function duplicateIndex(row: Element, limit = 50): number {
  const text = row.textContent ?? '';
  let n = 0;
  for (const s of previousSiblings(row, limit)) if ((s.textContent ?? '') === text) n++;
  return n;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

export function isHTMLElement(node: unknown): node is HTMLElement {
  return isElement(node) && typeof (node as HTMLElement).focus === 'function';
}

/** An absolute http(s) URL for an href, or null (javascript:, data: and malformed hrefs are refused). */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    const s = u.toString();
    return s.length <= 2048 ? s : null;
  } catch {
    return null;
  }
}

/** The URL of the page a node lives in. */
export function pageUrlOf(node: Node): URL | null {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (!doc) return null;
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}

/** The page language (`<html lang>`), lower-cased; '' when unset. */
export function docLang(node: Node): string {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return (doc?.documentElement?.getAttribute('lang') ?? '').toLowerCase();
}

/** A handle as stored: trimmed, without leading `@`, lower-cased. */
export function cleanHandle(s: string | null | undefined): string {
  return (s ?? '').trim().replace(/^@+/, '').replace(/\/+$/, '').toLowerCase();
}

interface SiblingIndex {
  count: number;
  children: Element[];
  index: Map<Element, number>;
}

const siblingCache = new WeakMap<Element, SiblingIndex>();

/**
 * The element's siblings and its position among them, computed once per list (and again only when
 * the list changes), so walking back through a 2,000-row list stays linear.
 */
export function siblingsOf(el: Element): { children: Element[]; index: number } {
  const parent = el.parentElement;
  if (!parent) return { children: [el], index: 0 };
  let cached = siblingCache.get(parent);
  let index = cached?.index.get(el);
  if (!cached || index === undefined || cached.count !== parent.childElementCount || cached.children[index] !== el) {
    const children = Array.from(parent.children);
    cached = { count: children.length, children, index: new Map(children.map((c, i) => [c, i])) };
    siblingCache.set(parent, cached);
    index = cached.index.get(el) ?? 0;
  }
  return { children: cached.children, index };
}

/** Walks the previous element siblings of `el`, nearest first, at most `limit` of them. */
export function* previousSiblings(el: Element, limit: number): Generator<Element> {
  const { children, index } = siblingsOf(el);
  for (let i = index - 1, n = 0; i >= 0 && n < limit; i--, n++) yield children[i]!;
}

/** The previous element sibling (through the sibling index). */
export function previousSibling(el: Element): Element | null {
  const { children, index } = siblingsOf(el);
  return index > 0 ? children[index - 1]! : null;
}

/** The next element sibling (through the sibling index). */
export function nextSibling(el: Element): Element | null {
  const { children, index } = siblingsOf(el);
  return children[index + 1] ?? null;
}

/** Elements under root that the user can type into (contenteditable or textarea), de-duplicated. */
export function uniqueEditors(found: Iterable<Element>): HTMLElement[] {
  const out: HTMLElement[] = [];
  const seen = new Set<Element>();
  for (const el of found) {
    if (seen.has(el) || !isHTMLElement(el)) continue;
    seen.add(el);
    out.push(el);
  }
  return out;
}

/** The focused element when it is one of the candidates. */
export function focusedAmong(doc: Document, candidates: HTMLElement[]): HTMLElement | null {
  const active = doc.activeElement;
  if (!active) return null;
  return candidates.find((c) => c === active || c.contains(active)) ?? null;
}

export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  // Do not cut a surrogate pair in half.
  const cut = /[\ud800-\udbff]/.test(s.charAt(max - 1)) ? max - 1 : max;
  return s.slice(0, cut);
}
