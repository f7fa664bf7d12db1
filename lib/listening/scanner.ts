import type { PlatformId } from '../platforms/types';
import type { TermGroup } from '../models';
import type { Reply } from '../messages/protocol';
import { extractPost, findPosts, isListeningPage, type ListeningPost } from './posts';
import { createBatchedObserver } from '../inpage/batched-observer';
import { afterNextFrame, createSlicedPasses, type Pass as SlicedPass } from '../inpage/frame';

/** Page contract: set on a post or comment that matches a tracked term (`own` · `competitor` · `industry`). */
export const MENTION_ATTR = 'data-kelola-mention';

export interface MentionTransport {
  send<T extends object>(message: unknown): Promise<Reply<T>>;
}

export interface MentionsSeenReply {
  matches: Array<{ itemId: string; group: TermGroup }>;
  /** Changes whenever the tracked terms change: earlier "no match" answers are then asked again. */
  version: string;
}

export interface MentionScannerOptions {
  platform: PlatformId;
  doc: Document;
  transport: MentionTransport;
  now?: () => number;
  sendDelayMs?: number;
  /** Longest run of page reading in one task, in ms; a long page is read over several frames. */
  sliceMs?: number;
}

interface Pass extends SlicedPass {
  ctx: { url: URL; now: number };
}

interface Seen {
  id: string;
  /** The value last written to the element; undefined when it must be written again. */
  applied: TermGroup | null | undefined;
}

export const MENTION_BATCH = 50;
const MAX_REMEMBERED = 20_000;

/**
 * Finds the posts on listening pages (feeds, search, hashtags, notifications), asks the background
 * which ones match a tracked term, and marks those with `data-kelola-mention`. The page never sees
 * the term list: matching happens in the background. Posts are keyed by their platform id, and an
 * answer is remembered per id, so a post scrolled past twice is asked about once. `stop()` removes
 * every mark it set.
 */
export function createMentionScanner(opts: MentionScannerOptions) {
  const { platform, doc, transport } = opts;
  const now = opts.now ?? (() => Date.now());
  const delay = opts.sendDelayMs ?? 300;
  const sliceMs = opts.sliceMs ?? 8;
  const results = new Map<string, TermGroup | null>();
  let seen = new WeakMap<Element, Seen>();
  /** The element last read for each post id: answers are marked there without reading the page again. */
  const elOf = new Map<string, Element>();
  const marked = new Set<Element>();
  const pending = new Map<string, ListeningPost>();
  const inflight = new Set<string>();
  let version: string | null = null;
  let sendTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let flushing = false;
  // Off listening pages the observer does nothing; a soft navigation (refresh) looks again.
  let active = false;

  // Its batch runs in a task of its own after the frame, never in the same task as the items' batch.
  const watch = createBatchedObserver(doc, (el) => seen.has(el), () => scan(), () => active, undefined, afterNextFrame);
  const dirty = watch.dirty;

  function pageUrl(): URL | null {
    try {
      return new URL(doc.location?.href ?? '');
    } catch {
      return null;
    }
  }

  function mark(el: Element, s: Seen) {
    const group = results.get(s.id);
    if (group === undefined || s.applied === group) return;
    s.applied = group;
    if (group === null) {
      el.removeAttribute(MENTION_ATTR);
      marked.delete(el);
    } else {
      el.setAttribute(MENTION_ATTR, group);
      marked.add(el);
    }
  }

  function unmark(el: Element) {
    el.removeAttribute(MENTION_ATTR);
    marked.delete(el);
  }

  function clearMarks() {
    for (const el of marked) el.removeAttribute(MENTION_ATTR);
    marked.clear();
    seen = new WeakMap();
    elOf.clear();
  }

  const passes = createSlicedPasses<Pass>({
    sliceMs,
    stopped: () => stopped,
    visit,
    done(_p, askedAgain) {
      for (const [id, el] of elOf) if (!el.isConnected) elOf.delete(id);
      if (pending.size > 0) queueSend();
      if (askedAgain) watch.schedule();
      else dirty.clear();
    },
  });

  function scan(budget = sliceMs) {
    if (stopped) return;
    const url = pageUrl();
    active = !!url && isListeningPage(platform, url);
    if (!url || !active) {
      if (marked.size > 0) clearMarks();
      pending.clear();
      dirty.clear();
      passes.cancel();
      return;
    }
    passes.run(() => ({ els: findPosts(doc, platform), i: 0, ctx: { url, now: now() } }), budget);
  }

  function visit(p: Pass, el: Element) {
    if (!el.isConnected) return;
    let s = seen.get(el);
    const wasDirty = dirty.delete(el);
    if (!s || wasDirty) {
      const post = extractPost(el, platform, p.ctx);
      if (!post) {
        if (s) unmark(el);
        seen.delete(el);
        return;
      }
      if (s && s.id !== post.id) unmark(el);
      s = { id: post.id, applied: s && s.id === post.id && !wasDirty ? s.applied : undefined };
      seen.set(el, s);
      if (!results.has(post.id) && !inflight.has(post.id)) pending.set(post.id, post);
    }
    elOf.set(s.id, el);
    mark(el, s);
  }

  function queueSend() {
    if (sendTimer || flushing) return;
    sendTimer = setTimeout(() => {
      sendTimer = null;
      void flush();
    }, delay);
  }

  async function flush() {
    flushing = true;
    try {
      while (!stopped && pending.size > 0) {
        const batch = [...pending.values()].slice(0, MENTION_BATCH);
        for (const p of batch) {
          pending.delete(p.id);
          inflight.add(p.id);
        }
        const url = pageUrl();
        const res = await transport
          .send<MentionsSeenReply>({
            type: 'mentions/seen',
            platform,
            pageUrl: url && url.protocol === 'https:' ? url.href.slice(0, 2048) : 'https://invalid.invalid/',
            posts: batch.map((p) => ({
              itemId: p.id,
              author: p.author,
              authorHandle: p.authorHandle,
              text: p.text,
              postedAt: p.postedAt,
              permalink: p.permalink,
            })),
          })
          .catch(() => null);
        for (const p of batch) inflight.delete(p.id);
        // Unavailable (reloading, invalidated): these posts are asked about again when they change or the page does.
        if (!res || !res.ok) return;
        const termsChanged = version !== null && res.version !== version;
        if (termsChanged) {
          for (const [id, g] of results) if (g === null) results.delete(id);
          seen = new WeakMap();
        }
        version = res.version;
        if (results.size > MAX_REMEMBERED) results.clear();
        const matched = new Map(res.matches.map((m) => [m.itemId, m.group] as const));
        for (const p of batch) results.set(p.id, matched.get(p.id) ?? null);
        if (termsChanged) {
          // Every post is asked about again under the new terms: read the page again.
          watch.schedule();
          continue;
        }
        // Mark the answered posts where they were read; the page itself is not read again.
        for (const p of batch) {
          const el = elOf.get(p.id);
          const s = el ? seen.get(el) : undefined;
          if (el && s && s.id === p.id && el.isConnected) mark(el, s);
        }
      }
    } finally {
      flushing = false;
    }
  }

  return {
    start() {
      watch.start();
      scan();
    },
    /** A soft navigation: marks are rebuilt for the new page; answers per post id are kept. */
    refresh() {
      clearMarks();
      passes.cancel();
      scan();
    },
    stop() {
      stopped = true;
      passes.cancel();
      watch.stop();
      if (sendTimer) clearTimeout(sendTimer);
      for (const el of marked) el.removeAttribute(MENTION_ATTR);
      marked.clear();
      pending.clear();
    },
    /** Reads the whole page now, in one task (tests; otherwise passes run per animation frame, in slices). */
    scanNow() {
      passes.cancel();
      scan(Infinity);
    },
    /** Ids of the posts currently marked on the page. */
    marked(): string[] {
      const out: string[] = [];
      for (const el of marked) {
        const s = seen.get(el);
        if (s) out.push(`${platform}:${s.id}`);
      }
      return out;
    },
  };
}

export type MentionScanner = ReturnType<typeof createMentionScanner>;
