import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageConfig, Reply } from '../messages';
import { ToContent } from '../messages/to-content';
import { adapterForUrl } from '../platforms';
import { createPageController, type Transport } from '../inpage/controller';
import { createEditorAssist } from '../inpage/editor-assist';
import { createPalette } from '../inpage/palette-frame';
import { afterNextFrame } from '../inpage/frame';
import { createMentionScanner } from '../listening/scanner';

function isInvalidated(err: unknown): boolean {
  return /context invalidated|Receiving end does not exist/i.test(String((err as Error)?.message ?? err));
}

/**
 * The in-page half of Kelola on one social tab. Everything it starts is tied to `ctx`, so an
 * extension reload or update tears it down without errors or leftovers.
 */
export async function runContent(ctx: ContentScriptContext): Promise<void> {
  const adapter = adapterForUrl(new URL(location.href));
  if (!adapter) return;

  const transport: Transport = {
    async send<T extends object>(message: unknown): Promise<Reply<T>> {
      if (ctx.isInvalid) return { ok: false, code: 'unavailable' };
      try {
        return (await browser.runtime.sendMessage(message)) as Reply<T>;
      } catch (err) {
        if (!isInvalidated(err)) console.warn('[kelola]', err);
        return { ok: false, code: 'unavailable' };
      }
    },
  };

  const hello = await transport.send<{ config: PageConfig }>({ type: 'page/hello', platform: adapter.id });
  if (ctx.isInvalid) return;
  const config: PageConfig = hello.ok
    ? hello.config
    : { ownHandles: [], abbreviationPrefix: ';', abbreviations: [], language: 'en' };
  const detected = adapter.detectOwnHandle(document);
  const own = [...config.ownHandles, ...(detected ? [detected.toLowerCase()] : [])];

  const palette = createPalette(document, browser.runtime.getURL('/palette.html'));
  const controller = createPageController({
    adapter,
    doc: document,
    transport,
    lang: config.language,
    ownHandles: own,
    onReply: (itemId, el) => {
      const editor = el ? adapter.findReplyEditor(el) : null;
      assist.rememberTarget(editor, itemId);
      palette.open(itemId, el);
    },
  });
  // The palette frame is made (hidden) once the user is in an editor, so the first open is quick.
  const assist = createEditorAssist({ adapter, doc: document, transport, config, controller, onEditorFocus: () => palette.prepare() });

  const mentions = createMentionScanner({ platform: adapter.id, doc: document, transport });

  controller.start();
  assist.start();
  // Its first pass in a later task than the items' first pass: the page never waits for both at once.
  afterNextFrame(() => {
    if (!ctx.isInvalid) mentions.start();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    controller.refresh();
    mentions.refresh();
  });
  // The context checks itself on each tick of its own timers: this one makes an extension reload or
  // update noticed within a second, so the orphaned script takes its badges and observers away.
  ctx.setInterval(() => undefined, 1000);
  ctx.onInvalidated(() => {
    controller.stop();
    assist.stop();
    mentions.stop();
    palette.destroy();
  });

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = ToContent.safeParse(raw);
    if (!parsed.success) return undefined;
    const msg = parsed.data;
    switch (msg.type) {
      case 'content/insert':
        palette.close();
        return assist.insert(msg.text, msg.itemId).then((ok) => ({ ok }));
      case 'content/focus': {
        const el = controller.find(msg.id);
        if (el instanceof HTMLElement) {
          el.scrollIntoView({ block: 'center' });
          el.setAttribute('tabindex', el.getAttribute('tabindex') ?? '-1');
          el.focus({ preventScroll: true });
        }
        return Promise.resolve({ ok: !!el });
      }
      case 'content/next-unanswered': {
        const el = controller.nextUnanswered(document.activeElement?.closest('[data-kelola-item]')?.getAttribute('data-kelola-item') ?? null);
        if (el instanceof HTMLElement) {
          el.scrollIntoView({ block: 'center' });
          el.setAttribute('tabindex', el.getAttribute('tabindex') ?? '-1');
          el.focus({ preventScroll: true });
        }
        return Promise.resolve({ ok: !!el });
      }
      case 'content/palette': {
        const focusedItem = document.activeElement?.closest('[data-kelola-item]') ?? null;
        const itemId = focusedItem?.getAttribute('data-kelola-item') ?? assist.currentItemId();
        assist.rememberTarget(null, itemId);
        palette.open(itemId, focusedItem);
        return Promise.resolve({ ok: true });
      }
      case 'content/items':
        return Promise.resolve({ ok: true, ids: controller.items() });
      case 'content/config':
        return Promise.resolve({ ok: true });
      case 'content/capture':
        return Promise.resolve({ ok: true, counts: adapter.readProfileCounts(document, new URL(location.href)), platform: adapter.id });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
