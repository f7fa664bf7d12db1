import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import {
  copyPlan,
  emptyPlan,
  formatSlot,
  getPlan,
  mixTotal,
  monthBounds,
  monthOf,
  parseSlotText,
  planMix,
  savePlan,
  shiftMonth,
} from '../../../lib/services/plans';
import { createPost, newPostDraft } from '../../../lib/services/calendar';
import type { MonthlyPlan } from '../../../lib/models';

beforeEach(() => resetDbForTests());

const JKT = 'Asia/Jakarta';

function plan(over: Partial<MonthlyPlan> = {}): MonthlyPlan {
  return {
    ...emptyPlan('2025-03', JKT, 1),
    goals: ['Naikkan penjualan Ramadan'],
    personas: [{ name: 'Ibu muda', ageMin: 25, ageMax: 35, interests: ['resep'], platforms: ['instagram'], pains: ['waktu sempit'] }],
    pillars: [
      { name: 'Edukasi', targetShare: 40 },
      { name: 'Promosi', targetShare: 20 },
      { name: 'Engagement', targetShare: 30 },
      { name: 'UGC', targetShare: 10 },
    ],
    platformContent: [{ platform: 'instagram', contentTypes: ['reels', 'carousel'] }],
    slots: [{ platform: 'instagram', weekdays: [1, 3, 5], time: '19:00' }],
    kpiTargets: { reach: 50000, posts: 24 },
    ...over,
  };
}

describe('monthly plan', () => {
  it('saves and reads a plan by YYYY-MM, stamping updatedAt', async () => {
    const saved = await savePlan(plan(), 5000);
    expect(saved.updatedAt).toBe(5000);
    expect(await getPlan('2025-03')).toEqual(saved);
    expect(await getPlan('2025-04')).toBeNull();
    await savePlan({ ...saved, goals: ['Lain'] }, 6000);
    expect((await getPlan('2025-03'))?.goals).toEqual(['Lain']);
    expect(await getDb().plans.count()).toBe(1);
  });

  it('refuses an invalid plan and keeps the stored one', async () => {
    await savePlan(plan(), 1);
    await expect(savePlan(plan({ id: '2025-13' }), 2)).rejects.toMatchObject({ code: 'invalid' });
    await expect(savePlan(plan({ pillars: [{ name: ' ', targetShare: 10 }] }), 2)).rejects.toMatchObject({ code: 'invalid' });
    await expect(savePlan(plan({ pillars: [{ name: 'A', targetShare: 120 }] }), 2)).rejects.toMatchObject({ code: 'invalid' });
    expect((await getPlan('2025-03'))?.updatedAt).toBe(1);
  });

  it('copies a plan to another month', async () => {
    await savePlan(plan(), 1);
    const copy = await copyPlan('2025-03', '2025-04', 9);
    expect(copy?.id).toBe('2025-04');
    expect(copy?.pillars).toHaveLength(4);
    expect(await copyPlan('2024-01', '2024-02', 9)).toBeNull();
  });

  it('warns when the mix does not add up to 100', () => {
    expect(mixTotal(plan().pillars)).toEqual({ total: 100, off: false });
    expect(mixTotal([{ targetShare: 40 }, { targetShare: 50 }])).toEqual({ total: 90, off: true });
    expect(mixTotal([])).toEqual({ total: 0, off: false });
  });

  it('compares the planned mix with the posts of the month in the plan zone', async () => {
    await savePlan(plan(), 1);
    const d = newPostDraft(JKT, null);
    // 2025-03-31 23:30 WIB is still March in Jakarta (16:30 UTC), 2025-04-01 00:30 WIB is April.
    await createPost({ ...d, platforms: ['instagram'], status: 'scheduled', pillar: 'Edukasi', scheduledAt: Date.UTC(2025, 2, 31, 16, 30) }, 1);
    await createPost({ ...d, platforms: ['instagram'], status: 'scheduled', pillar: 'edukasi', scheduledAt: Date.UTC(2025, 2, 10, 12) }, 1);
    await createPost({ ...d, platforms: ['instagram'], status: 'draft', pillar: 'Promosi', scheduledAt: Date.UTC(2025, 2, 11, 12) }, 1);
    await createPost({ ...d, platforms: ['instagram'], status: 'scheduled', pillar: 'Promosi', scheduledAt: Date.UTC(2025, 2, 31, 17, 30) }, 1);
    await createPost({ ...d, platforms: ['instagram'], status: 'idea', pillar: 'UGC', scheduledAt: Date.UTC(2025, 2, 12, 12) }, 1);
    const mix = await planMix('2025-03', JKT);
    expect(mix?.total).toBe(3);
    expect(mix?.rows.find((r) => r.pillar === 'Edukasi')?.actualCount).toBe(2);
    expect(mix?.rows.find((r) => r.pillar === 'Promosi')?.actualShare).toBeCloseTo(100 / 3);
    expect(mix?.rows.find((r) => r.pillar === 'UGC')?.actualCount).toBe(0);
    expect(await planMix('2025-05', JKT)).toBeNull();
  });

  it('month helpers work in the zone and across years', () => {
    expect(monthOf(Date.UTC(2025, 2, 31, 17, 30), JKT)).toBe('2025-04');
    expect(monthOf(Date.UTC(2025, 2, 31, 17, 30), 'UTC')).toBe('2025-03');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    const b = monthBounds('2025-03', JKT);
    expect(b.start).toBe(Date.UTC(2025, 1, 28, 17));
    expect(b.end).toBe(Date.UTC(2025, 2, 31, 17));
  });
});

describe('slot text', () => {
  it('reads English and Indonesian slot text', () => {
    expect(parseSlotText('IG Mon/Wed/Fri 19:00')).toEqual({ platform: 'instagram', weekdays: [1, 3, 5], time: '19:00' });
    expect(parseSlotText('tiktok Sen-Jum 12.00')).toEqual({ platform: 'tiktok', weekdays: [1, 2, 3, 4, 5], time: '12:00' });
    expect(parseSlotText('x daily 9:05')).toEqual({ platform: 'x', weekdays: [0, 1, 2, 3, 4, 5, 6], time: '09:05' });
    expect(parseSlotText('fb Sabtu, Minggu 08:00')).toEqual({ platform: 'facebook', weekdays: [0, 6], time: '08:00' });
  });

  it('refuses what it cannot read', () => {
    expect(parseSlotText('myspace Mon 19:00')).toBeNull();
    expect(parseSlotText('IG Funday 19:00')).toBeNull();
    expect(parseSlotText('IG Mon 25:00')).toBeNull();
    expect(parseSlotText('IG Fri-Mon 10:00')).toBeNull();
    expect(parseSlotText('IG 19:00')).toBeNull();
  });

  it('formats a slot in both languages, the week starting on Monday', () => {
    const s = { platform: 'instagram' as const, weekdays: [0, 1, 5], time: '19:00' };
    expect(formatSlot(s, 'en')).toBe('IG Mon/Fri/Sun 19:00');
    expect(formatSlot(s, 'id')).toBe('IG Sen/Jum/Min 19:00');
    expect(parseSlotText(formatSlot(s, 'id'))).toEqual({ ...s, weekdays: [0, 1, 5] });
  });
});
