import { browser } from 'wxt/browser';

/** Shows the number of breached items on a tab on the toolbar icon (empty when none). */
export async function setBreachedBadge(tabId: number, breached: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
    await browser.action.setBadgeText({ tabId, text: breached > 0 ? String(Math.min(breached, 999)) : '' });
  } catch {
    // The tab closed meanwhile.
  }
}
