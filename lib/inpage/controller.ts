import type { ItemState, Reply } from '../messages';
import type { PageItem, PlatformAdapter } from '../platforms';
import type { Sentiment } from '../models';
import type { UiLang } from '../i18n';
import { BADGE_ATTR, createBadge, liveSla, type Badge, type BadgeAction } from './badge';
import { createBatchedObserver } from './batched-observer';
import { createSlicedPasses, nextTask, type Pass as SlicedPass } from './frame';

/** The page contract (ARCHITECTURE.md): attributes set on the platform's own elements. */
export const ATTR = {
  item: 'data-kelola-item',
  kind: 'data-kelola-kind',
  sentiment: 'data-kelola-sentiment',
  sla: 'data-kelola-sla',
  editor: 'data-kelola-editor',
} as const;

export interface Transport {
  send<T extends object>(message: unknown): Promise<Reply<T>>;
}

export interface ControllerOptions {
  adapter: PlatformAdapter;
  doc: Document;
  transport: Transport;
  lang: UiLang;
  ownHandles: string[];
  now?: () => number;
  /** Called when the user asks for the template palette on an item (or the focused editor). */
  onReply?: (itemId: string | null, el: Element | null) => void;
  /** Longest run of page reading in one task, in ms; the rest continues in later tasks. */
  sliceMs?: number;
  /**
   * Watches elements and calls `onNear` when one comes near the viewport. Badges are built there,
   * not for the thousands of items far down a long thread (their contract attributes are set all
   * the same). When it gives null, every item gets its badge at once.
   */
  nearViewport?: (onNear: (el: Element) => void) => NearViewport | null;
}

/** The subset of IntersectionObserver the controller uses. */
export interface NearViewport {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

interface Tracked {
  el: Element;
  item: PageItem;
  key: string;
  badge: Badge | null;
  state: ItemState | null;
}

interface Pass extends SlicedPass {
  ordered: PageItem[];
  seenNow: Set<string>;
  ctx: { url: URL; now: number; ownHandles: string[] };
}

const SEND_DELAY_MS = 250;
const BATCH = 200;
const RESYNC_MS = 5 * 60_000;
const SLICE_MS = 8;

/**
 * An IntersectionObserver reporting elements within one viewport height of the screen. An element
 * without a box of its own (`display: contents`, or hidden) is reported at once: a badge there
 * costs no layout, and a `display: contents` item would otherwise never get one.
 */
export function viewportWatcher(onNear: (el: Element) => void): NearViewport | null {
  if (typeof IntersectionObserver !== 'function') return null;
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const r = e.boundingClientRect;
        if (e.isIntersecting || (r.width === 0 && r.height === 0)) onNear(e.target);
      }
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  return io;
}

/**
 * Finds the page's items, marks them with the page contract, gives each one badge, and reports
 * them to the background in batches. One MutationObserver per page, batched per animation frame;
 * items are keyed by their platform id, so recycled nodes are re-read rather than trusted. A pass
 * over a long page is cut into short tasks, so the page stays responsive while it is read.
 * `stop()` removes everything it added.
 */
export function createPageController(opts: ControllerOptions) {
  const { adapter, doc, transport } = opts;
  const now = opts.now ?? (() => Date.now());
  const sliceMs = opts.sliceMs ?? SLICE_MS;
  let lang = opts.lang;
  let ownHandles = opts.ownHandles.map((h) => h.toLowerCase());
  const byId = new Map<string, Tracked>();
  const byEl = new WeakMap<Element, Tracked>();
  const pending = new Map<string, PageItem>();
  const answers = new Map<string, number>();
  let sendTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let unseen: Tracked[] = [];

  // A previous instance (an extension reload) may have left badges behind: they are not ours to keep.
  for (const stale of Array.from(doc.querySelectorAll(`[${BADGE_ATTR}]`))) stale.remove();

  const near = (opts.nearViewport ?? viewportWatcher)((el) => {
    near?.unobserve(el);
    const tr = byEl.get(el);
    if (!stopped && tr && !tr.badge && !tr.item.isOwnAccount && byId.get(tr.item.id) === tr) attachBadge(tr);
  });

  const isBadge = (n: Node) => n.nodeType === 1 && (n as Element).hasAttribute(BADGE_ATTR);
  const watch = createBatchedObserver(doc, (el) => byEl.has(el), () => scan(), undefined, isBadge);
  const dirty = watch.dirty;

  function signature(item: PageItem): string {
    return `${item.id}|${item.text.length}`;
  }

  const passes = createSlicedPasses<Pass>({ sliceMs, stopped: () => stopped, visit, done: finish });

  /** Starts a pass over the page's items, or asks for another one when a pass is under way. */
  function scan() {
    if (stopped) return;
    passes.run(() => ({
      els: adapter.findItems(doc),
      i: 0,
      ordered: [],
      seenNow: new Set(),
      ctx: { url: new URL(doc.location?.href ?? 'https://invalid.invalid/'), now: now(), ownHandles },
    }));
  }

  function visit(p: Pass, el: Element) {
    if (!el.isConnected) return;
    const known = byEl.get(el);
    const wasDirty = dirty.delete(el);
    if (known && !wasDirty && byId.get(known.item.id) === known) {
      p.ordered.push(known.item);
      p.seenNow.add(known.item.id);
      return;
    }
    let item: PageItem | null;
    try {
      item = adapter.extract(el, p.ctx);
    } catch {
      item = null;
    }
    if (!item) return;
    p.ordered.push(item);
    p.seenNow.add(item.id);
    if (known && known.item.id === item.id && known.key === signature(item)) {
      // The page may have dropped the badge while re-rendering the item: put it back.
      if (known.badge && !known.badge.host.isConnected) placeBadge(known.el, known.badge);
      return;
    }
    if (known && known.item.id !== item.id) untrack(known);
    track(el, item);
  }

  function finish(p: Pass, askedAgain: boolean) {
    for (const tr of unseen) if (byId.get(tr.item.id) === tr && !tr.badge) near?.observe(tr.el);
    unseen = [];
    collectAnswers(p.ordered, p.ctx.now);
    for (const [id, tr] of byId) {
      if (!p.seenNow.has(id) || !tr.el.isConnected) untrack(tr);
    }
    markEditorsSoon();
    if (pending.size > 0 || answers.size > 0) queueSend();
    if (askedAgain) {
      watch.schedule();
    } else {
      dirty.clear();
    }
  }

  let editorsQueued = false;
  /** Marks the page's fillable editors, in a task of its own: on a long page the query is a cost of its own. */
  function markEditorsSoon() {
    if (editorsQueued) return;
    editorsQueued = true;
    nextTask(() => {
      editorsQueued = false;
      if (stopped) return;
      for (const ed of adapter.findEditors(doc)) {
        if (!ed.hasAttribute(ATTR.editor)) ed.setAttribute(ATTR.editor, '');
      }
    });
  }

  function collectAnswers(ordered: PageItem[], t: number) {
    const idx = new Map(ordered.map((it, i) => [it.id, i] as const));
    ordered.forEach((it, i) => {
      if (!it.isOwnAccount) return;
      const at = it.postedAt ?? t;
      if (it.parentId && idx.has(it.parentId)) {
        answers.set(it.parentId, at);
      } else if (it.kind === 'message') {
        // In a conversation, the user's message answers every earlier message from the other side.
        for (let j = i - 1; j >= 0; j--) {
          const prev = ordered[j]!;
          if (prev.isOwnAccount) break;
          answers.set(prev.id, at);
        }
      }
    });
    for (const id of answers.keys()) {
      const tr = byId.get(id);
      if (tr?.state && tr.state.status !== 'open') answers.delete(id);
    }
  }

  function track(el: Element, item: PageItem) {
    const existing = byId.get(item.id);
    if (existing && existing.el !== el) untrack(existing);
    const contractId = `${adapter.id}:${item.id}`;
    el.setAttribute(ATTR.item, contractId);
    el.setAttribute(ATTR.kind, item.kind);
    if (item.isOwnAccount) {
      el.setAttribute(ATTR.sla, 'answered');
      const tr: Tracked = { el, item, key: signature(item), badge: null, state: null };
      byId.set(item.id, tr);
      byEl.set(el, tr);
      return;
    }
    const badge = existing?.el === el ? existing.badge : null;
    const tr: Tracked = { el, item, key: signature(item), badge, state: existing?.state ?? null };
    byId.set(item.id, tr);
    byEl.set(el, tr);
    if (!badge) {
      // Watched once the pass is over: one intersection computation for all new items, not one per slice.
      if (near) unseen.push(tr);
      else attachBadge(tr);
    }
    if (tr.state) apply(tr, tr.state);
    pending.set(item.id, item);
  }

  function placeBadge(el: Element, badge: Badge) {
    const anchor = adapter.badgeAnchor(el);
    if (anchor === el) el.prepend(badge.host);
    else anchor.after(badge.host);
  }

  function attachBadge(tr: Tracked) {
    const contractId = `${adapter.id}:${tr.item.id}`;
    const badge = createBadge(doc, contractId, lang, (a) => void onAction(contractId, a));
    tr.badge = badge;
    placeBadge(tr.el, badge);
    if (tr.state) badge.update(tr.state, now());
  }

  function untrack(tr: Tracked) {
    near?.unobserve(tr.el);
    tr.badge?.destroy();
    for (const a of Object.values(ATTR)) if (a !== ATTR.editor) tr.el.removeAttribute(a);
    byId.delete(tr.item.id);
    byEl.delete(tr.el);
    pending.delete(tr.item.id);
  }

  function queueSend() {
    if (sendTimer) return;
    sendTimer = setTimeout(() => {
      sendTimer = null;
      void flush();
    }, SEND_DELAY_MS);
  }

  async function flush() {
    while (!stopped && (pending.size > 0 || answers.size > 0)) {
      const items = [...pending.values()].slice(0, BATCH);
      for (const it of items) pending.delete(it.id);
      const ans = [...answers.entries()].slice(0, BATCH);
      for (const [id] of ans) answers.delete(id);
      const res = await transport
        .send<{ items: ItemState[] }>({
          type: 'items/seen',
          platform: adapter.id,
          pageUrl: doc.location.href.slice(0, 2048),
          items: items.map((it) => ({
            itemId: it.id.slice(0, 160),
            kind: it.kind,
            author: it.author.slice(0, 200),
            authorHandle: it.authorHandle.slice(0, 100),
            text: it.text.slice(0, 10_000),
            postedAt: it.postedAt,
            postedAtPrecision: it.postedAtPrecision,
            permalink: it.permalink && /^https:\/\//.test(it.permalink) ? it.permalink.slice(0, 2048) : null,
          })),
          answers: ans.map(([itemId, at]) => ({ itemId: itemId.slice(0, 160), at })),
        })
        .catch(() => null);
      if (!res || !res.ok) return;
      for (const st of res.items) {
        const local = st.id.slice(adapter.id.length + 1);
        const tr = byId.get(local);
        if (tr) apply(tr, st);
      }
    }
  }

  function apply(tr: Tracked, st: ItemState) {
    tr.state = st;
    const t = now();
    if (st.sentiment) tr.el.setAttribute(ATTR.sentiment, st.sentiment);
    tr.el.setAttribute(ATTR.sla, liveSla(st, t));
    tr.badge?.update(st, t);
  }

  async function onAction(contractId: string, a: BadgeAction) {
    const local = contractId.slice(adapter.id.length + 1);
    const tr = byId.get(local);
    if (a.type === 'reply') {
      opts.onReply?.(contractId, tr?.el ?? null);
      return;
    }
    if (a.type === 'idea') {
      if (!tr) return;
      await transport.send({
        type: 'idea/save',
        url: tr.item.permalink ?? doc.location.href,
        author: tr.item.author.slice(0, 200),
        excerpt: tr.item.text.slice(0, 1000),
      });
      return;
    }
    const msg =
      a.type === 'mark' ? { type: 'item/mark', id: contractId, status: a.status } : { type: 'item/sentiment', id: contractId, sentiment: a.sentiment as Sentiment };
    const res = await transport.send<{ item: ItemState }>(msg).catch(() => null);
    if (res?.ok && tr) apply(tr, res.item);
  }

  // One timer for every badge: at most one repaint per second for all items together.
  const ticker = setInterval(() => {
    const t = now();
    for (const tr of byId.values()) {
      if (!tr.state) continue;
      tr.badge?.tick(t);
      const sla = liveSla(tr.state, t);
      if (tr.el.getAttribute(ATTR.sla) !== sla) tr.el.setAttribute(ATTR.sla, sla);
    }
  }, 1000);
  const resync = setInterval(() => {
    for (const tr of byId.values()) if (!tr.item.isOwnAccount && tr.state?.status === 'open') pending.set(tr.item.id, tr.item);
    queueSend();
  }, RESYNC_MS);

  return {
    start() {
      watch.start();
      scan();
    },
    /** A soft navigation: forget the old page's items, look again. */
    refresh() {
      passes.cancel();
      unseen = [];
      for (const tr of [...byId.values()]) untrack(tr);
      scan();
    },
    stop() {
      stopped = true;
      passes.cancel();
      watch.stop();
      near?.disconnect();
      clearInterval(ticker);
      clearInterval(resync);
      if (sendTimer) clearTimeout(sendTimer);
      for (const tr of [...byId.values()]) untrack(tr);
      for (const ed of Array.from(doc.querySelectorAll(`[${ATTR.editor}]`))) ed.removeAttribute(ATTR.editor);
    },
    setLang(l: UiLang) {
      lang = l;
      for (const tr of byId.values()) {
        tr.badge?.setLang(l);
        tr.badge?.update(tr.state, now());
      }
    },
    setOwnHandles(h: string[]) {
      ownHandles = h.map((x) => x.toLowerCase());
    },
    /** The tracked element for a contract id, for focus and scroll. */
    find(contractId: string): Element | null {
      return byId.get(contractId.slice(adapter.id.length + 1))?.el ?? null;
    },
    /** The open item most urgent to answer, after the given one. */
    nextUnanswered(after: string | null): Element | null {
      const t = now();
      const open = [...byId.values()].filter((tr) => tr.state && tr.state.status === 'open');
      const rank = { breached: 0, warning: 1, ok: 2, answered: 3 } as const;
      open.sort((a, b) => rank[liveSla(a.state!, t)] - rank[liveSla(b.state!, t)] || a.state!.clockStart - b.state!.clockStart);
      if (open.length === 0) return null;
      const i = after ? open.findIndex((tr) => `${adapter.id}:${tr.item.id}` === after) : -1;
      return open[(i + 1) % open.length]!.el;
    },
    items(): string[] {
      return [...byId.values()].map((tr) => `${adapter.id}:${tr.item.id}`);
    },
    itemOf(contractId: string): PageItem | null {
      return byId.get(contractId.slice(adapter.id.length + 1))?.item ?? null;
    },
  };
}

export type PageController = ReturnType<typeof createPageController>;
