const HOST_ATTR = 'data-kelola-palette';

/**
 * The quick-reply palette: an extension-origin frame over the page. The template library lives
 * inside the frame, so the page never sees it; the page only sees the frame element.
 */
export function createPalette(doc: Document, paletteUrl: string) {
  let host: HTMLElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let restoreFocus: HTMLElement | null = null;

  const onMessage = (e: MessageEvent) => {
    if (!frame || e.source !== frame.contentWindow) return;
    const data = e.data as { kelola?: string } | null;
    if (data?.kelola === 'close') close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && host) close();
  };

  function close() {
    if (!host) return;
    host.remove();
    host = null;
    frame = null;
    window.removeEventListener('message', onMessage);
    doc.removeEventListener('keydown', onKey, true);
    restoreFocus?.focus({ preventScroll: true });
    restoreFocus = null;
  }

  function open(itemId: string | null, near: Element | null) {
    close();
    restoreFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    host = doc.createElement('div');
    host.setAttribute(HOST_ATTR, '');
    const root = host.attachShadow({ mode: 'closed' });
    frame = doc.createElement('iframe');
    const url = new URL(paletteUrl);
    if (itemId) url.searchParams.set('item', itemId);
    url.searchParams.set('host', location.hostname);
    frame.src = url.href;
    frame.title = 'Kelola';
    frame.setAttribute('allow', 'clipboard-write');
    const rect = near?.getBoundingClientRect();
    const top = Math.max(8, Math.min((rect ? rect.bottom : 80) + 4, window.innerHeight - 380));
    const left = Math.max(8, Math.min(rect ? rect.left : 80, window.innerWidth - 420));
    frame.style.cssText = `position:fixed;top:${top}px;left:${left}px;width:400px;height:360px;border:1px solid #cbd2d9;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.25);background:#fff;z-index:2147483647;color-scheme:light dark`;
    root.append(frame);
    doc.documentElement.append(host);
    window.addEventListener('message', onMessage);
    doc.addEventListener('keydown', onKey, true);
    frame.addEventListener('load', () => frame?.focus());
  }

  return { open, close, isOpen: () => host !== null };
}
