import { mount } from '@/components/mount';
import { PaletteFrameApp } from '@/components/palette/palette-frame-app';
import { createPaletteSession } from '@/components/palette/palette-session';
import { ToPaletteFrame, type ResponseMap } from '@/lib/messages';
// The host table alone: the palette needs no site adapters.
import { platformForHost } from '@/lib/platforms/domains';
import { prepareSearch } from '@/lib/templates/choose';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';

// The content script makes this frame once per page and shows and hides it; it says what to do
// by messages, and nothing but its messages (from the page that holds the frame) is listened to.
const hostName = new URL(location.href).searchParams.get('host') ?? '';
const api = createPageApi();
const session = createPaletteSession((itemId, known) => api.send<ResponseMap['palette/data']>({ type: 'palette/data', itemId, known }));
const close = () => window.parent.postMessage({ kelola: 'close' }, '*');

function fromHostPage(e: MessageEvent): boolean {
  if (e.source !== window.parent || window.parent === window) return false;
  try {
    return new URL(e.origin).hostname === hostName;
  } catch {
    return false;
  }
}

window.addEventListener('message', (e) => {
  if (!fromHostPage(e)) return;
  const msg = ToPaletteFrame.safeParse(e.data);
  if (!msg.success) return;
  if (msg.data.kelola === 'open') session.open(msg.data.itemId);
  else session.hide();
});
let warmed: unknown = null;
session.subscribe(() => {
  const view = session.getView();
  if (view.failed && view.open) close();
  // A new library: build its search index while nothing else happens, before the next open needs it.
  if (view.templates && view.templates !== warmed) {
    const templates = (warmed = view.templates);
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback : (f: () => void) => setTimeout(f, 50);
    idle(() => prepareSearch(templates));
  }
});
session.prefetch();
mount(<PaletteFrameApp session={session} api={api} browserLang={browserLanguage()} hostPlatform={platformForHost(hostName)} onClose={close} />, api, browserLanguage());
window.parent.postMessage({ kelola: 'ready' }, '*');
