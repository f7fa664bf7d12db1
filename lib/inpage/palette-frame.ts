const HOST_ATTR = 'data-kelola-palette';
const FRAME_STYLE = 'width:400px;height:360px;border:1px solid #cbd2d9;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.25);background:#fff;z-index:2147483647;color-scheme:light dark';

/** What the page side tells the frame; the frame checks every message against `ToPaletteFrame`. */
type ToFrame = { kelola: 'open'; itemId: string | null } | { kelola: 'hide' };

/** `chrome-extension://<id>` (or `moz-extension://<uuid>`) of a URL inside the extension. */
function originOf(url: string): string {
  const start = url.indexOf('//') + 2;
  const end = url.indexOf('/', start);
  return end < 0 ? url : url.slice(0, end);
}

/**
 * The quick-reply palette: an extension-origin frame over the page. The template library lives
 * inside the frame, so the page never sees it; the page only sees the frame element.
 *
 * The frame is made once (ahead of time by `prepare`, or on the first `open`) and then shown and
 * hidden, so it keeps its loaded code and its copy of the library between opens. Each open starts
 * the frame afresh: empty search, and the library checked again in the background.
 */
export function createPalette(doc: Document, paletteUrl: string) {
  const origin = originOf(paletteUrl);
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  /** The frame's script listens (it said so); messages before that wait in `queued`. */
  let ready = false;
  let queued: ToFrame | null = null;
  let shown = false;
  let restoreFocus: HTMLElement | null = null;
  let destroyed = false;

  function post(msg: ToFrame) {
    if (!ready) {
      queued = msg;
      return;
    }
    frame?.contentWindow?.postMessage(msg, origin);
  }

  const onMessage = (e: MessageEvent) => {
    if (!frame || e.source !== frame.contentWindow || e.origin !== origin) return;
    const kind = (e.data as { kelola?: unknown } | null)?.kelola;
    if (kind === 'ready') {
      ready = true;
      const q = queued;
      queued = null;
      if (q) post(q);
      if (shown) frame.focus();
    } else if (kind === 'close') close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown) close();
  };

  function ensureFrame(): HTMLIFrameElement {
    if (frame && host?.isConnected) return frame;
    // Not made yet, or the page threw it away: start over.
    teardown();
    host = doc.createElement('div');
    host.setAttribute(HOST_ATTR, '');
    const root = host.attachShadow({ mode: 'closed' });
    frame = doc.createElement('iframe');
    const url = new URL(paletteUrl);
    url.searchParams.set('host', location.hostname);
    frame.src = url.href;
    frame.title = 'Kelola';
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = `position:fixed;display:none;${FRAME_STYLE}`;
    root.append(frame);
    doc.documentElement.append(host);
    window.addEventListener('message', onMessage);
    return frame;
  }

  function close() {
    if (!shown || !frame) return;
    shown = false;
    frame.style.display = 'none';
    post({ kelola: 'hide' });
    doc.removeEventListener('keydown', onKey, true);
    restoreFocus?.focus({ preventScroll: true });
    restoreFocus = null;
  }

  function open(itemId: string | null, near: Element | null) {
    const f = ensureFrame();
    // Opening again while open (another item) keeps the editor the user came from.
    if (!shown) restoreFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    const rect = near?.getBoundingClientRect();
    const top = Math.max(8, Math.min((rect ? rect.bottom : 80) + 4, window.innerHeight - 380));
    const left = Math.max(8, Math.min(rect ? rect.left : 80, window.innerWidth - 420));
    f.style.top = `${top}px`;
    f.style.left = `${left}px`;
    f.style.display = 'block';
    if (!shown) doc.addEventListener('keydown', onKey, true);
    shown = true;
    post({ kelola: 'open', itemId });
    if (ready) f.focus();
  }

  /** Makes the (hidden) frame ahead of the first open, when the browser is idle. */
  function prepare() {
    if (frame) return;
    const make = () => {
      if (!frame && !destroyed) ensureFrame();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(make, { timeout: 2000 });
    else setTimeout(make, 200);
  }

  function teardown() {
    if (shown) close();
    host?.remove();
    host = null;
    frame = null;
    ready = false;
    queued = null;
    window.removeEventListener('message', onMessage);
  }

  /** Removes the frame for good (the content script is going away). */
  function destroy() {
    destroyed = true;
    teardown();
  }

  return { open, close, prepare, destroy, isOpen: () => shown };
}
