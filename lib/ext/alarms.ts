import { browser } from 'wxt/browser';
import { reconcilePostAlarms } from './reminders';

export const SLA_ALARM = 'sla-tick';
export const DAILY_ALARM = 'daily';

/**
 * Makes the alarms match what the data needs. Called on every worker start, so a restart or a
 * browser restart never loses an alarm, and creating an alarm that exists replaces it (no doubles).
 */
export async function reconcileAlarms(now: number, extra: (now: number) => Promise<string[]> = reconcilePostAlarms): Promise<string[]> {
  const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
  if (!existing.has(SLA_ALARM)) await browser.alarms.create(SLA_ALARM, { periodInMinutes: 1, delayInMinutes: 1 });
  if (!existing.has(DAILY_ALARM)) await browser.alarms.create(DAILY_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
  await extra(now);
  return (await browser.alarms.getAll()).map((a) => a.name).sort();
}
