import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { createRouter } from '../messages';
import { getDb } from '../db/db';
import { seedDefaults } from '../services/seed';
import { resolveLang } from '../i18n';
import { createHandlers } from './handlers';
import { DAILY_ALARM, SLA_ALARM, reconcileAlarms } from './alarms';
import { listeningAlertTick, slaTick } from './sla';
import { forgetTab } from './tab-items';
import { createIdeaMenu, onIdeaMenuClick } from './context-menu';
import { refreshPopupSnapshot } from '../services/popup-snapshot';
import { POST_ALARM_PREFIX, handlePostAlarm, markMissedPosts, onNotificationClicked, reconcilePostAlarms } from './reminders';

/** Writes often come in bursts (a page of comments): the snapshot is refreshed after this much quiet. */
const SNAPSHOT_QUIET_MS = 1500;

/**
 * Wires the worker. Every listener is registered synchronously in the first turn (a message that
 * woke the worker must find its listener); handlers wait for `ready` before touching data.
 */
export function startBackground(): void {
  const ready = (async () => {
    await getDb().open();
    await seedDefaults(resolveLang('auto', browser.i18n.getUILanguage()), Date.now());
    await reconcileAlarms(Date.now());
  })();
  ready.catch((err) => console.error('[kelola] start-up failed', err));

  const route = createRouter(
    createHandlers(),
    () => ({ extensionId: browser.runtime.id, extensionOrigin: new URL(browser.runtime.getURL('/')).origin }),
    (err, type) => console.warn('[kelola] handler failed', type, err),
  );

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return ready.then(
      () => route(message, sender),
      () => ({ ok: false, code: 'unavailable' }) as const,
    );
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    void ready.then(async () => {
      if (alarm.name.startsWith(POST_ALARM_PREFIX)) await handlePostAlarm(alarm.name, Date.now());
      if (alarm.name === DAILY_ALARM) {
        await markMissedPosts(Date.now())
          .then(() => reconcilePostAlarms(Date.now()))
          .catch((err) => console.warn('[kelola] post reminders failed', err));
      }
      if (alarm.name === SLA_ALARM || alarm.name === DAILY_ALARM) await slaTick(Date.now());
      if (alarm.name === SLA_ALARM) await listeningAlertTick(Date.now()).catch((err) => console.warn('[kelola] listening alerts failed', err));
      if (alarm.name === SLA_ALARM || alarm.name === DAILY_ALARM) refreshSnapshotSoon(0);
    });
  });

  // The popup paints from a snapshot that holds only while the data is unchanged: after writes
  // (from any context) it is read again here, once things are quiet, so the next popup finds it current.
  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  function refreshSnapshotSoon(delayMs: number): void {
    clearTimeout(snapshotTimer);
    snapshotTimer = setTimeout(() => {
      void ready.then(() => refreshPopupSnapshot(Date.now())).catch((err) => console.warn('[kelola] popup snapshot failed', err));
    }, delayMs);
  }
  Dexie.on('storagemutated', () => refreshSnapshotSoon(SNAPSHOT_QUIET_MS));

  browser.notifications.onClicked.addListener((notificationId) => {
    void onNotificationClicked(notificationId);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'open-side-panel') {
      // Must be called in the gesture's turn: no await before it.
      void browser.sidePanel?.open({ tabId });
      return;
    }
    const type = command === 'quick-reply' ? 'content/palette' : command === 'next-unanswered' ? 'content/next-unanswered' : null;
    if (type) void browser.tabs.sendMessage(tabId, { type }).catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    void ready.then(() => onIdeaMenuClick(info, tab?.title, Date.now())).catch((err) => console.warn('[kelola] save idea failed', err));
  });

  browser.runtime.onInstalled.addListener(() => {
    void ready.then(() => createIdeaMenu()).catch(() => undefined);
  });
}
