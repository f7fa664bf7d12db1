import { browser } from 'wxt/browser';

/*
 * Which Kelola items each open tab shows, kept in session storage so a restarted worker still knows
 * (and forgets them when the browser closes).
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function getTabItems(tabId: number): Promise<{ ids: string[]; url: string | null }> {
  const got = (await browser.storage.session.get(key(tabId))) as Record<string, { ids: string[]; url: string } | undefined>;
  const v = got[key(tabId)];
  return v ? { ids: v.ids, url: v.url } : { ids: [], url: null };
}

export async function addTabItems(tabId: number, url: string, ids: string[]): Promise<string[]> {
  const cur = await getTabItems(tabId);
  const sameUrl = cur.url === url;
  const set = new Set(sameUrl ? cur.ids : []);
  for (const id of ids) set.add(id);
  const all = [...set].slice(-5000);
  await browser.storage.session.set({ [key(tabId)]: { ids: all, url } });
  return all;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function allTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice(4)))
    .filter((n) => Number.isInteger(n));
}
