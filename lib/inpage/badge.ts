import type { ItemState } from '../messages';
import type { Sentiment, SlaState } from '../models';
import type { UiLang } from '../i18n';
import { translateInpage as translate } from '../i18n/inpage';
import { formatWaiting } from '../timers';

export const BADGE_ATTR = 'data-kelola-badge';

export type BadgeAction =
  | { type: 'reply' }
  | { type: 'mark'; status: 'answered' | 'ignored' | 'open' }
  | { type: 'sentiment'; sentiment: Sentiment }
  | { type: 'idea' };

const CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 4px; font: 12px/1.3 system-ui, sans-serif; position: relative; z-index: 1; }
.b { display: inline-flex; align-items: center; gap: 4px; border: 1px solid #cbd2d9; border-radius: 999px; padding: 1px 6px; background: #fff; color: #1f2933; cursor: default; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #9aa5b1; }
.positive .dot { background: #2e7d32; } .negative .dot { background: #c62828; } .neutral .dot { background: #78909c; }
.t { font-variant-numeric: tabular-nums; }
.ok .t { color: #2e7d32; } .warning .t { color: #b26a00; font-weight: 600; } .breached .t { color: #c62828; font-weight: 700; } .answered .t { color: #607d8b; }
button { all: unset; cursor: pointer; padding: 0 3px; border-radius: 4px; }
button:hover, button:focus-visible { background: #e4e7eb; outline: none; }
.menu { position: fixed; inset: auto; margin: 0; background: #fff; color: #1f2933; border: 1px solid #cbd2d9; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15); display: grid; min-width: 180px; padding: 4px; z-index: 2147483647; }

.menu button { padding: 4px 8px; }
.menu hr { border: 0; border-top: 1px solid #e4e7eb; margin: 4px 0; }
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** One parsed stylesheet shared by every badge of a document (2,000 badges, one parse), made by that document's window. */
function sharedSheet(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(CSS);
    sheets.set(doc, sheet);
  }
  return sheet;
}

export interface Badge {
  host: HTMLElement;
  update(state: ItemState | null, now: number): void;
  tick(now: number): void;
  setLang(lang: UiLang): void;
  destroy(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A small badge in a shadow root beside an item: sentiment, waiting time, SLA colour and a
 * menu of actions. Built with DOM calls and `textContent` only. Key and pointer events stop at the
 * host so the site's own shortcuts do not fire while the user works in the badge.
 */
export function createBadge(doc: Document, itemId: string, lang: UiLang, onAction: (a: BadgeAction) => void): Badge {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTR, itemId);
  // Open, so users' own automation can drive the badge; it holds nothing beyond this item's state.
  const root = host.attachShadow({ mode: 'open' });
  const wrap = el(doc, 'span', 'b');
  wrap.setAttribute('role', 'group');
  const dot = el(doc, 'span', 'dot');
  const sentLabel = el(doc, 'span', 's');
  const time = el(doc, 'span', 't');
  const more = el(doc, 'button', 'more', '▾');
  more.setAttribute('aria-haspopup', 'menu');
  more.setAttribute('aria-expanded', 'false');
  // A popover lives in the top layer, above the site's stacking contexts and clipping.
  const menu = el(doc, 'div', 'menu');
  menu.setAttribute('role', 'menu');
  menu.popover = 'auto';
  wrap.append(dot, sentLabel, time, more);
  root.adoptedStyleSheets = [sharedSheet(doc)];
  root.append(wrap, menu);

  let state: ItemState | null = null;
  let curLang = lang;

  for (const type of ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'pointerdown', 'focusin'] as const) {
    host.addEventListener(type, (e) => {
      e.stopPropagation();
      // Keep the caret in the user's editor when clicking the badge.
      if (type === 'mousedown' || type === 'pointerdown') e.preventDefault();
    });
  }

  function buildMenu() {
    menu.replaceChildren();
    const add = (label: string, action: BadgeAction, testId: string) => {
      const b = el(doc, 'button', undefined, label);
      b.setAttribute('role', 'menuitem');
      b.dataset.action = testId;
      b.addEventListener('click', () => {
        closeMenu();
        onAction(action);
      });
      menu.append(b);
    };
    add(translate(curLang, 'badge.reply'), { type: 'reply' }, 'reply');
    if (state?.status === 'open' || !state) {
      add(translate(curLang, 'badge.markAnswered'), { type: 'mark', status: 'answered' }, 'answered');
      add(translate(curLang, 'badge.ignore'), { type: 'mark', status: 'ignored' }, 'ignored');
    } else {
      add(translate(curLang, 'badge.reopen'), { type: 'mark', status: 'open' }, 'open');
    }
    menu.append(el(doc, 'hr'));
    for (const s of ['positive', 'neutral', 'negative'] as const) {
      add(translate(curLang, 'badge.setSentiment', translate(curLang, `sentiment.${s}`)), { type: 'sentiment', sentiment: s }, `sentiment-${s}`);
    }
    menu.append(el(doc, 'hr'));
    add(translate(curLang, 'badge.saveIdea'), { type: 'idea' }, 'idea');
  }
  const isOpen = () => menu.matches(':popover-open');
  function closeMenu() {
    if (isOpen()) menu.hidePopover();
  }
  menu.addEventListener('toggle', () => more.setAttribute('aria-expanded', String(isOpen())));
  more.addEventListener('click', () => {
    if (isOpen()) return closeMenu();
    buildMenu();
    const r = more.getBoundingClientRect();
    menu.style.top = `${Math.min(r.bottom + 2, window.innerHeight - 260)}px`;
    menu.style.left = `${Math.max(4, Math.min(r.left, window.innerWidth - 200))}px`;
    menu.showPopover();
    (menu.firstElementChild as HTMLElement | null)?.focus();
  });

  // Writes only what changed: the once-a-second tick over every badge must not touch the DOM
  // (and cause style or layout work) when the shown minute has not moved.
  const set = (node: HTMLElement, prop: 'className' | 'textContent' | 'title', value: string) => {
    if (node[prop] !== value) node[prop] = value;
  };
  function paint(now: number) {
    const sla: SlaState = state ? liveSla(state, now) : 'ok';
    set(wrap, 'className', `b ${state?.sentiment ?? ''} ${sla}`);
    const label = state?.sentiment ? translate(curLang, `sentiment.${state.sentiment}`) : '…';
    set(sentLabel, 'textContent', label);
    const cues = state?.sentimentCues.length ? ` (${state.sentimentCues.join(', ')})` : '';
    set(wrap, 'title', state?.sentiment ? label + cues : '');
    const end = state?.status === 'open' ? now : (state?.answeredAt ?? now);
    set(time, 'textContent', state ? (state.status === 'ignored' ? translate(curLang, 'badge.ignored') : formatWaiting(Math.max(0, end - state.clockStart), curLang)) : '');
    return sla;
  }
  more.setAttribute('aria-label', translate(curLang, 'badge.actions'));

  return {
    host,
    update(next, now) {
      state = next;
      paint(now);
    },
    tick(now) {
      if (state?.status === 'open') paint(now);
    },
    setLang(l) {
      curLang = l;
      more.setAttribute('aria-label', translate(curLang, 'badge.actions'));
    },
    destroy() {
      host.remove();
    },
  };
}

/** The SLA state a badge shows at `now`, from the stored clock start (mirrors the badge). */
export function liveSla(state: ItemState, now: number): SlaState {
  if (state.status !== 'open') return 'answered';
  const waited = now - state.clockStart;
  return waited >= state.targetMs ? 'breached' : waited >= state.warnMs ? 'warning' : 'ok';
}
