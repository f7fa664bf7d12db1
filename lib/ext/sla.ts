import { browser } from 'wxt/browser';
import type { Settings } from '../models';
import { getSettings } from '../db/repos/settings';
import { getInteractions } from '../services/interactions';
import { checkListeningAlerts } from '../services/listening';
import { slaState } from '../timers';
import { translate, resolveLang } from '../i18n';
import { allTabIds, getTabItems } from './tab-items';
import { setBreachedBadge } from './badge';

const NOTIFIED_KEY = 'notified-breach';
const NOTIFIED_KEEP_MS = 14 * 24 * 3600_000;

export async function refreshTabBadge(tabId: number, settings: Settings, now: number): Promise<number> {
  const { ids } = await getTabItems(tabId);
  const rows = await getInteractions(ids);
  const breached = rows.filter((r) => slaState(r, now, settings.sla) === 'breached');
  await setBreachedBadge(tabId, breached.length);
  return breached.length;
}

const pendingBadge = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * Refreshes a tab's toolbar badge shortly after its items change. A page reporting 2,000 comments
 * in batches gets one refresh, not one per batch (the minute alarm refreshes it anyway).
 */
export function scheduleTabBadge(tabId: number, delayMs = 750): void {
  if (pendingBadge.has(tabId)) return;
  pendingBadge.set(
    tabId,
    setTimeout(() => {
      pendingBadge.delete(tabId);
      void getSettings().then((s) => refreshTabBadge(tabId, s, Date.now())).catch(() => undefined);
    }, delayMs),
  );
}

/**
 * Runs every minute (alarm): refreshes the breached count of every open social tab and notifies once
 * per item that has just crossed into `breached`, unless notifications are quiet.
 */
export async function slaTick(now: number): Promise<number> {
  const settings = await getSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const stored = (await browser.storage.local.get(NOTIFIED_KEY)) as Record<string, Record<string, number> | undefined>;
  const notified: Record<string, number> = { ...(stored[NOTIFIED_KEY] ?? {}) };
  let total = 0;
  const fresh: string[] = [];
  for (const tabId of await allTabIds()) {
    const { ids } = await getTabItems(tabId);
    const rows = await getInteractions(ids);
    const breached = rows.filter((r) => slaState(r, now, settings.sla) === 'breached');
    total += breached.length;
    await setBreachedBadge(tabId, breached.length);
    for (const r of breached) {
      if (notified[r.id] === undefined) {
        notified[r.id] = now;
        fresh.push(r.author || r.authorHandle || r.platform);
      }
    }
  }
  for (const [id, at] of Object.entries(notified)) if (now - at > NOTIFIED_KEEP_MS) delete notified[id];
  await browser.storage.local.set({ [NOTIFIED_KEY]: notified });
  if (fresh.length > 0 && !settings.quietNotifications) {
    await browser.notifications.create(`breach-${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(lang, 'notify.breachTitle', fresh.length),
      message: translate(lang, 'notify.breachBody', fresh.slice(0, 3).join(', ')),
    });
  }
  return total;
}

/**
 * Runs with the minute alarm: raises listening alerts (a spike or a run of negative mentions) as
 * tasks, once per term and window, and notifies about the ones raised now.
 */
export async function listeningAlertTick(now: number): Promise<number> {
  const settings = await getSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  const raised = await checkListeningAlerts(settings, lang, now);
  if (raised.length > 0 && !settings.quietNotifications) {
    await browser.notifications.create(`listening-${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: translate(lang, 'listening.alert.notifyTitle', raised.length),
      message: raised.slice(0, 3).map((r) => r.title).join('\n'),
    });
  }
  return raised.length;
}
