// Reads the text a user sees in a contenteditable editor, line by line, without layout
// (content scripts may run before layout is ready, and tests run without a layout engine).
// Blocks and <br> become newlines the way editors render them: an empty block is an empty
// line, and the placeholder <br> that ends a non-empty block adds nothing.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const ZERO_WIDTH = /[\u200b\ufeff]/g;

export interface DomPoint {
  node: Node;
  offset: number;
}

interface WalkState {
  out: string;
  pendingBreak: boolean;
  hasOutput: boolean;
  stopped: boolean;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isText(node: Node): node is Text {
  return node.nodeType === 3;
}

export function isBlock(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.tagName.toUpperCase());
}

function visibleData(text: Text): string {
  return text.data.replace(ZERO_WIDTH, '');
}

/**
 * Source-formatting whitespace (a newline-bearing blank text node at a line's edge or between
 * blocks) that a browser does not render; hand-written and server-rendered markup has it.
 */
function isFormattingWhitespace(text: Text): boolean {
  if (!/^[ \t\r\n]*\n[ \t\r\n]*$/.test(text.data)) return false;
  const prev = text.previousSibling;
  const next = text.nextSibling;
  return !prev || !next || isBlock(prev) || isBlock(next);
}

function hasContent(node: Node): boolean {
  if (isText(node)) return !isFormattingWhitespace(node) && visibleData(node).length > 0;
  if (!isElement(node)) return false;
  const tag = node.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return false;
  if (tag === 'BR' || tag === 'IMG') return true;
  if ((node.textContent ?? '').replace(ZERO_WIDTH, '').length > 0) return true;
  return node.querySelector('br, img') !== null;
}

function blockAncestor(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root) {
    if (isBlock(current)) return current;
    current = current.parentNode;
  }
  return root;
}

function contentAround(node: Node, root: Node, direction: 'before' | 'after'): boolean {
  const block = blockAncestor(node, root);
  let current: Node | null = node;
  while (current && current !== block) {
    let sibling = direction === 'after' ? current.nextSibling : current.previousSibling;
    while (sibling) {
      if (hasContent(sibling)) return true;
      sibling = direction === 'after' ? sibling.nextSibling : sibling.previousSibling;
    }
    current = current.parentNode;
  }
  return false;
}

function flush(state: WalkState): void {
  if (state.pendingBreak) {
    if (state.hasOutput) state.out += '\n';
    state.pendingBreak = false;
  }
}

function emit(state: WalkState, text: string): void {
  if (text.length === 0) return;
  flush(state);
  state.out += text;
  state.hasOutput = true;
}

function walkChildren(parent: Node, root: Node, state: WalkState, stop: DomPoint | undefined, limit: number): void {
  const children = parent.childNodes;
  const count = Math.min(limit, children.length);
  for (let i = 0; i < count && !state.stopped; i += 1) {
    const child = children[i];
    if (child) walk(child, root, state, stop);
  }
}

function walk(node: Node, root: Node, state: WalkState, stop: DomPoint | undefined): void {
  if (state.stopped) return;
  if (isText(node)) {
    if (stop && stop.node === node) {
      emit(state, node.data.slice(0, stop.offset).replace(ZERO_WIDTH, ''));
      state.stopped = true;
      return;
    }
    if (!isFormattingWhitespace(node)) emit(state, visibleData(node));
    return;
  }
  if (!isElement(node)) return;
  const tag = node.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'BR') {
    if (!contentAround(node, root, 'after')) {
      // The <br> that closes a line: it only counts when the line is otherwise empty.
      if (!contentAround(node, root, 'before')) {
        flush(state);
        state.hasOutput = true;
      }
      return;
    }
    flush(state);
    state.out += '\n';
    state.hasOutput = true;
    return;
  }
  const block = isBlock(node);
  if (block) state.pendingBreak = true;
  if (stop && stop.node === node) {
    walkChildren(node, root, state, stop, stop.offset);
    state.stopped = true;
    return;
  }
  walkChildren(node, root, state, stop, Number.POSITIVE_INFINITY);
  if (block && !state.stopped) state.pendingBreak = true;
}

function newState(): WalkState {
  return { out: '', pendingBreak: false, hasOutput: false, stopped: false };
}

/** The user-visible text of a contenteditable root, with newlines between lines. */
export function contentText(root: Node): string {
  const state = newState();
  walkChildren(root, root, state, undefined, Number.POSITIVE_INFINITY);
  return state.out;
}

/** The text from the start of `root` up to a DOM point inside it. */
export function textBefore(root: Node, point: DomPoint): string {
  if (point.node === root) {
    const state = newState();
    walkChildren(root, root, state, undefined, point.offset);
    return state.out;
  }
  const state = newState();
  walkChildren(root, root, state, point, Number.POSITIVE_INFINITY);
  // A point at the start of a new block sits on a new line.
  if (state.pendingBreak && state.hasOutput) state.out += '\n';
  return state.out;
}

/** Same-looking text: editors turn spaces into nbsp, add zero-width characters and reshape newlines. */
export function normalizeText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim();
}

/** Spaces and nbsp compared alike, newlines kept: for checking characters typed just before the caret. */
export function normalizeSpaces(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n');
}

function textNodesIn(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node): void => {
    if (isText(node)) {
      if (!isFormattingWhitespace(node)) found.push(node);
      return;
    }
    if (isElement(node) && SKIPPED_TAGS.has(node.tagName.toUpperCase())) return;
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/**
 * The DOM point `count` visible characters before `point`, staying on the same line
 * (an abbreviation never spans a line break). Null when there are not enough characters.
 */
export function pointCharactersBefore(root: Node, point: DomPoint, count: number): DomPoint | null {
  const nodes = textNodesIn(root);
  let index: number;
  let offset: number;
  if (isText(point.node)) {
    index = nodes.indexOf(point.node);
    offset = point.offset;
  } else {
    // A point between children: start from the last text node before it.
    const marker = point.node.childNodes[point.offset] ?? null;
    index = -1;
    offset = 0;
    for (let i = nodes.length - 1; i >= 0; i -= 1) {
      const candidate = nodes[i];
      if (!candidate) continue;
      const isBefore = marker
        ? (candidate.compareDocumentPosition(marker) & 4) !== 0 // marker follows candidate
        : point.node.contains(candidate) || (candidate.compareDocumentPosition(point.node) & 2) !== 0;
      if (isBefore) {
        index = i;
        offset = candidate.data.length;
        break;
      }
    }
  }
  if (index < 0) return null;
  let remaining = count;
  let current = nodes[index];
  let lineBlock = current ? blockAncestor(current, root) : root;
  while (current) {
    // Zero-width characters are invisible and not part of what the user typed.
    const visibleBefore = current.data.slice(0, offset).replace(ZERO_WIDTH, '').length;
    if (visibleBefore >= remaining) {
      let pos = offset;
      while (remaining > 0 && pos > 0) {
        pos -= 1;
        const ch = current.data.charAt(pos);
        if (ch !== '\u200b' && ch !== '\ufeff') remaining -= 1;
      }
      return { node: current, offset: pos };
    }
    remaining -= visibleBefore;
    index -= 1;
    const previous = nodes[index];
    if (!previous) return null;
    if (blockAncestor(previous, root) !== lineBlock) return null;
    // A <br> between the two text nodes would also be a line break.
    const range = previous.ownerDocument.createRange();
    range.setStartAfter(previous);
    range.setEndBefore(current);
    const between = range.cloneContents();
    if (between.querySelector && between.querySelector('br')) return null;
    current = previous;
    offset = previous.data.length;
    lineBlock = blockAncestor(current, root);
  }
  return null;
}

/** The point just after the last visible character of `root`, where typing would continue. */
export function endPoint(root: Node): DomPoint {
  const nodes = textNodesIn(root).filter((t) => visibleData(t).length > 0);
  const last = nodes[nodes.length - 1];
  const lastElement = isElement(root) ? root : null;
  const brs = lastElement ? Array.from(lastElement.querySelectorAll('br')) : [];
  const lastBr = brs[brs.length - 1];
  if (last && (!lastBr || (last.compareDocumentPosition(lastBr) & 4) === 0)) {
    return { node: last, offset: last.data.length };
  }
  if (lastBr && lastBr.parentNode) {
    // An empty last line: the caret goes before its placeholder <br>.
    const parent = lastBr.parentNode;
    const index = Array.prototype.indexOf.call(parent.childNodes, lastBr) as number;
    return { node: parent, offset: index };
  }
  return { node: root, offset: root.childNodes.length };
}
