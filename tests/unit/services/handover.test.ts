import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { defaultSettings } from '../../../lib/db/defaults';
import type { Settings } from '../../../lib/models';
import { handoverText, loadHandover, summarizeHandover } from '../../../lib/services/handover';
import { interaction } from '../kpi/fixtures';

const MIN = 60_000;
const HOUR = 60 * MIN;
const TZ = 'Asia/Jakarta';
// Wednesday 14 May 2025, 16:00 in Jakarta; the shift began at 08:00.
const NOW = Date.parse('2025-05-14T09:00:00Z');
const FROM = NOW - 8 * HOUR;

function settings(): Settings {
  return { ...defaultSettings('en', 0), timeZone: TZ, sla: { targets: { comment: 60, reply: 60, message: 15 }, platformTargets: {}, warningRatio: 0.75, businessHours: null } };
}

function rows() {
  return [
    // Answered during the shift: one within the 60-minute target, one not.
    interaction({ id: 'x:1', itemId: '1', platform: 'x', firstSeenAt: NOW - 5 * HOUR, postedAt: NOW - 5 * HOUR, status: 'answered', answeredAt: NOW - 5 * HOUR + 20 * MIN, sentiment: 'positive' }),
    interaction({ id: 'x:2', itemId: '2', platform: 'x', firstSeenAt: NOW - 6 * HOUR, postedAt: NOW - 6 * HOUR, status: 'answered', answeredAt: NOW - 3 * HOUR, sentiment: 'negative', author: 'Rina', excerpt: 'Paket saya\nbelum sampai!!', permalink: 'https://x.com/rina/status/2' }),
    // Answered before the shift: not counted.
    interaction({ id: 'x:3', itemId: '3', platform: 'x', firstSeenAt: NOW - 30 * HOUR, postedAt: NOW - 30 * HOUR, status: 'answered', answeredAt: NOW - 20 * HOUR, sentiment: 'negative' }),
    // Open: breached, warning and ok.
    interaction({ id: 'instagram:4', itemId: '4', platform: 'instagram', kind: 'comment', firstSeenAt: NOW - 2 * HOUR, postedAt: NOW - 2 * HOUR, sentiment: 'negative', sentimentOverride: null, author: 'Budi', excerpt: 'Kecewa banget', permalink: null, pageUrl: 'https://www.instagram.com/p/abc/' }),
    interaction({ id: 'instagram:5', itemId: '5', platform: 'instagram', kind: 'comment', firstSeenAt: NOW - 50 * MIN, postedAt: NOW - 50 * MIN, sentiment: 'positive' }),
    interaction({ id: 'facebook:6', itemId: '6', platform: 'facebook', kind: 'message', firstSeenAt: NOW - 2 * MIN, postedAt: NOW - 2 * MIN, sentiment: 'neutral', sentimentOverride: 'negative', author: 'Sari', excerpt: 'Halo?' }),
    // Ignored negative: not a handover matter.
    interaction({ id: 'x:7', itemId: '7', platform: 'x', firstSeenAt: NOW - HOUR, postedAt: NOW - HOUR, status: 'ignored', sentiment: 'negative' }),
  ];
}

beforeEach(() => resetDbForTests());

describe('handover summary', () => {
  it('counts answered in the shift, pending by SLA state and negatives', async () => {
    await getDb().interactions.bulkPut(rows());
    const s = await loadHandover(FROM, NOW, settings());
    expect(s.answered).toBe(2);
    expect(s.answeredWithinSla).toBe(1);
    expect(s.pending).toEqual({ breached: 1, warning: 1, ok: 1, total: 3 });
    expect(s.negatives.total).toBe(3);
    expect(s.negatives.open).toBe(2);
    // Open ones first, longest waiting first.
    expect(s.negatives.items.map((n) => n.author)).toEqual(['Budi', 'Sari', 'Rina']);
    expect(s.negatives.items[0]!.url).toBe('https://www.instagram.com/p/abc/');
    expect(s).toEqual(summarizeHandover({ answered: rows().filter((r) => r.answeredAt !== null), open: rows().filter((r) => r.status === 'open'), arrived: rows() }, FROM, NOW, settings()));
  });

  it('is empty but complete for a quiet shift', () => {
    const s = summarizeHandover({ answered: [], open: [], arrived: [] }, FROM, NOW, settings());
    expect(s).toMatchObject({ answered: 0, pending: { total: 0 }, negatives: { total: 0, open: 0, items: [] } });
    expect(handoverText(s, 'en', { notes: '' })).toContain('Still waiting: none');
    expect(handoverText(s, 'id', { notes: '' })).toContain('Masih menunggu: tidak ada');
  });
});

describe('handover text', () => {
  const summary = () => summarizeHandover({ answered: rows(), open: rows().filter((r) => r.status === 'open'), arrived: rows() }, FROM, NOW, settings());

  it('reads naturally in English', () => {
    const text = handoverText(summary(), 'en', { notes: 'Refund for order 123 promised by Friday.', agent: 'Dewi' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('*Shift handover*');
    // ICU versions differ on the comma after the weekday.
    expect(lines[1]).toMatch(/^Wednesday,? 14 May 2025, 08:00–16:00 \(Asia\/Jakarta\)$/);
    expect(lines[2]).toBe('By: Dewi');
    expect(text).toContain('Answered: 2 (1 within SLA)');
    expect(text).toContain('Still waiting: 3 (overdue 1 · due soon 1 · on time 1)');
    expect(text).toContain('Negative: 3 (2 still open)');
    expect(text).toContain('• Instagram · Budi: "Kecewa banget" (waiting 2h) https://www.instagram.com/p/abc/');
    expect(text).toContain('• X · Rina: "Paket saya belum sampai!!" (handled) https://x.com/rina/status/2');
    expect(lines.at(-2)).toBe('Notes:');
    expect(lines.at(-1)).toBe('Refund for order 123 promised by Friday.');
    expect(text).not.toMatch(/<|>|\*\*/);
  });

  it('reads naturally in Indonesian', () => {
    const text = handoverText(summary(), 'id', { notes: '' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('*Serah terima shift*');
    expect(lines[1]).toBe('Rabu, 14 Mei 2025, 08.00–16.00 (Asia/Jakarta)');
    expect(text).toContain('Dijawab: 2 (1 sesuai SLA)');
    expect(text).toContain('Masih menunggu: 3 (terlambat 1 · segera 1 · tepat waktu 1)');
    expect(text).toContain('Negatif: 3 (2 belum dijawab)');
    expect(text).toContain('• Instagram · Budi: "Kecewa banget" (menunggu 2 j)');
    expect(text).toContain('(sudah ditangani)');
    expect(lines.at(-1)).toBe('(tidak ada catatan)');
    expect(text).not.toContain('Oleh:');
  });

  it('lists at most five negatives and says how many more', () => {
    const many = Array.from({ length: 8 }, (_, k) =>
      interaction({ id: `x:n${k}`, itemId: `n${k}`, platform: 'x', firstSeenAt: NOW - (k + 1) * MIN, postedAt: NOW - (k + 1) * MIN, sentiment: 'negative', excerpt: 'x'.repeat(300) }),
    );
    const s = summarizeHandover({ answered: [], open: many, arrived: many }, FROM, NOW, settings());
    expect(s.negatives.items).toHaveLength(5);
    const text = handoverText(s, 'en', { notes: '' });
    expect(text).toContain('…and 3 more');
    expect(text.split('\n').filter((l) => l.startsWith('•'))).toHaveLength(5);
    expect(text).toContain(`"${'x'.repeat(99)}…"`);
  });
});
