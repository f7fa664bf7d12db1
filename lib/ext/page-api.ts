import { browser } from 'wxt/browser';
import type { ExtApi } from '../messages/ext-api';

const SOCIAL = /^https:\/\/([a-z0-9-]+\.)*(x\.com|twitter\.com|facebook\.com|messenger\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|threads\.net|threads\.com)\//;

/** The browser-backed `ExtApi` for Kelola's own pages. */
export function createPageApi(): ExtApi {
  // sidePanel.open() must run in the click's own turn, so the window id is looked up beforehand.
  let windowId: number | undefined;
  void browser.windows?.getCurrent().then((w) => (windowId = w.id)).catch(() => undefined);
  return {
    async send(message) {
      try {
        return (await browser.runtime.sendMessage(message)) as never;
      } catch {
        return { ok: false, code: 'unavailable' };
      }
    },
    async activeTab() {
      const forced = new URL(location.href).searchParams.get('tab');
      if (forced) {
        const tab = await browser.tabs.get(Number(forced)).catch(() => null);
        return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? null } : null;
      }
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.id) return null;
      return { id: tab.id, url: tab.url && SOCIAL.test(tab.url) ? tab.url : tab.url ?? null };
    },
    watchActiveTab(cb) {
      const onActivated = () => cb();
      const onUpdated = (_id: number, info: { status?: string; url?: string }) => {
        if (info.status === 'complete' || info.url) cb();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      };
    },
    async openUrl(url) {
      await browser.tabs.create({ url });
    },
    async openDashboard(section) {
      const url = browser.runtime.getURL('/options.html') + (section ? `#${section}` : '');
      await browser.tabs.create({ url });
    },
    openSidePanel() {
      if (windowId !== undefined) void browser.sidePanel?.open({ windowId });
    },
    async sendToTab(tabId, message) {
      try {
        return (await browser.tabs.sendMessage(tabId, message)) as never;
      } catch {
        return undefined;
      }
    },
    async copyText(text) {
      await navigator.clipboard.writeText(text);
    },
  };
}

export function browserLanguage(): string {
  return browser.i18n.getUILanguage();
}
