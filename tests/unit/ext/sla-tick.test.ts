import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { saveSettings } from '../../../lib/db/repos/settings';
import { seedDefaults } from '../../../lib/services/seed';
import { recordSeen } from '../../../lib/services/interactions';
import { defaultSettings } from '../../../lib/db/defaults';
import { addTabItems } from '../../../lib/ext/tab-items';
import { slaTick } from '../../../lib/ext/sla';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 3, 0, 0);
let created: Array<{ id: string; title: string }>;
let badges: Array<{ tabId?: number; text: string }>;

beforeEach(async () => {
  resetDbForTests();
  fakeBrowser.reset();
  created = [];
  badges = [];
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  (fakeBrowser as unknown as { notifications: unknown }).notifications = {
    create: vi.fn(async (id: string, opts: { title: string }) => {
      created.push({ id, title: opts.title });
      return id;
    }),
  };
  (fakeBrowser as unknown as { action: unknown }).action = {
    setBadgeText: vi.fn(async (d: { tabId?: number; text: string }) => void badges.push(d)),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
  };
  await seedDefaults('en', T0);
  await saveSettings({ timeZone: 'UTC' }, T0);
  const batch = {
    platform: 'x' as const,
    pageUrl: 'https://x.com/toko/status/1',
    items: [{ itemId: '1', kind: 'comment' as const, author: 'Budi', authorHandle: 'budi', text: 'kak ready?', postedAt: T0, postedAtPrecision: 'exact' as const, permalink: null }],
    answers: [],
  };
  const states = await recordSeen(batch, defaultSettings('en', T0), T0);
  await addTabItems(7, batch.pageUrl, states.map((s) => s.id));
});

describe('the minute SLA check', () => {
  it('notifies once when an item on an open tab crosses into breached, and counts it on the toolbar', async () => {
    expect(await slaTick(T0 + 30 * MIN)).toBe(0);
    expect(created).toEqual([]);
    expect(badges.at(-1)).toEqual({ tabId: 7, text: '' });
    expect(await slaTick(T0 + 61 * MIN)).toBe(1);
    expect(created).toHaveLength(1);
    expect(created[0]!.title).toBe('1 item(s) overdue for a reply');
    expect(badges.at(-1)).toEqual({ tabId: 7, text: '1' });
    await slaTick(T0 + 62 * MIN);
    expect(created).toHaveLength(1);
  });

  it('respects the quiet setting', async () => {
    await saveSettings({ quietNotifications: true }, T0);
    expect(await slaTick(T0 + 61 * MIN)).toBe(1);
    expect(created).toEqual([]);
  });

  it('an answered item is not counted', async () => {
    await getDb().interactions.update('x:1', { status: 'answered', answeredAt: T0 + 10 * MIN });
    expect(await slaTick(T0 + 61 * MIN)).toBe(0);
    expect(created).toEqual([]);
  });
});
