import { describe, expect, it } from 'vitest';
import { foldIcsLines, icsSequence, postsToIcs, type IcsPost } from '../../../lib/calendar/ics';

interface Prop {
  name: string;
  params: string;
  value: string;
}

/** Minimal RFC 5545 reader: unfold, split into components, unescape TEXT. */
function parseIcs(text: string): { calendar: Prop[]; events: Prop[][] } {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const calendar: Prop[] = [];
  const events: Prop[][] = [];
  let current: Prop[] | null = null;
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`bad line: ${line}`);
    const prop = { name: m[1]!, params: m[2]!, value: m[3]! };
    if (prop.name === 'BEGIN' && prop.value === 'VEVENT') current = [];
    else if (prop.name === 'END' && prop.value === 'VEVENT') {
      events.push(current!);
      current = null;
    } else (current ?? calendar).push(prop);
  }
  return { calendar, events };
}

const unescapeText = (v: string): string =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const get = (event: Prop[], name: string): string | undefined => event.find((p) => p.name === name)?.value;

const base: IcsPost = {
  id: 'post-1',
  platforms: ['instagram', 'tiktok'],
  scheduledAt: Date.UTC(2025, 2, 3, 12, 0), // 19:00 WIB
  caption: 'Menu sahur praktis 🌙\nSimpan dulu, ya; jangan lupa share!\nC:\\resep',
  link: 'https://contoh.co.id/resep?x=1',
  utm: { source: 'instagram', medium: 'social', campaign: 'promo-ramadan' },
  status: 'scheduled',
  pillar: 'Edukasi, Tips',
  createdAt: Date.UTC(2025, 1, 20, 8, 0),
  updatedAt: Date.UTC(2025, 1, 25, 9, 30, 15),
};
const NOW = Date.UTC(2025, 1, 26, 0, 0);

describe('postsToIcs', () => {
  it('writes one VEVENT per dated post with stable UID, UTC start and the caption', () => {
    const idea: IcsPost = { ...base, id: 'idea-1', scheduledAt: null, status: 'idea' };
    const ics = postsToIcs([base, idea], { now: NOW, calendarName: 'Kalender Konten, Maret' });
    const { calendar, events } = parseIcs(ics);
    expect(get(calendar, 'VERSION')).toBe('2.0');
    expect(get(calendar, 'PRODID')).toBe('-//Kelola//Content Calendar//EN');
    expect(get(calendar, 'METHOD')).toBe('PUBLISH');
    expect(unescapeText(get(calendar, 'X-WR-CALNAME')!)).toBe('Kalender Konten, Maret');
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(get(e, 'UID')).toBe('post-1@kelola');
    expect(get(e, 'DTSTART')).toBe('20250303T120000Z');
    expect(get(e, 'DURATION')).toBe('PT15M');
    expect(get(e, 'DTSTAMP')).toBe('20250226T000000Z');
    expect(get(e, 'CREATED')).toBe('20250220T080000Z');
    expect(get(e, 'LAST-MODIFIED')).toBe('20250225T093015Z');
    expect(Number(get(e, 'SEQUENCE'))).toBe(icsSequence(base.updatedAt));
    expect(get(e, 'STATUS')).toBe('CONFIRMED');
    expect(unescapeText(get(e, 'SUMMARY')!)).toBe('[IG, TikTok] Menu sahur praktis 🌙');
    const link = 'https://contoh.co.id/resep?x=1&utm_source=instagram&utm_medium=social&utm_campaign=promo-ramadan';
    expect(unescapeText(get(e, 'DESCRIPTION')!)).toBe(`${base.caption}\n\n${link}`);
    expect(get(e, 'URL')).toBe(link);
    expect(get(e, 'CATEGORIES')).toBe('Edukasi\\, Tips');
  });

  it('escapes TEXT per RFC 5545 and keeps every line within 75 octets with CRLF endings', () => {
    const long: IcsPost = {
      ...base,
      id: 'long',
      caption: `${'Promo Lebaran 🌙✨ diskon 50%, gratis ongkir; '.repeat(12)}\r\nbaris kedua\rbaris ketiga\u0007`,
    };
    const ics = postsToIcs([long], { now: NOW });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const enc = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(enc.encode(line).length).toBeLessThanOrEqual(75);
    const desc = unescapeText(get(parseIcs(ics).events[0]!, 'DESCRIPTION')!);
    expect(desc.startsWith(`${'Promo Lebaran 🌙✨ diskon 50%, gratis ongkir; '.repeat(12)}\nbaris kedua\nbaris ketiga\n\nhttps://`)).toBe(true);
    expect(desc).not.toContain('\u0007');
  });

  it('maps post status to event status', () => {
    const statuses = ['idea', 'draft', 'scheduled', 'published', 'missed'] as const;
    const posts = statuses.map((status, i) => ({ ...base, id: `p${i}`, status }));
    const events = parseIcs(postsToIcs(posts, { now: NOW })).events;
    expect(events.map((e) => get(e, 'STATUS'))).toEqual(['TENTATIVE', 'TENTATIVE', 'CONFIRMED', 'CONFIRMED', 'CANCELLED']);
  });

  it('keeps the UID and raises SEQUENCE when the post is edited, so a re-import updates the event', () => {
    const before = parseIcs(postsToIcs([base], { now: NOW })).events[0]!;
    const edited = { ...base, caption: 'Menu sahur (revisi)', updatedAt: base.updatedAt + 1_000 };
    const after = parseIcs(postsToIcs([edited], { now: NOW + 5_000 })).events[0]!;
    expect(get(after, 'UID')).toBe(get(before, 'UID'));
    expect(Number(get(after, 'SEQUENCE'))).toBeGreaterThan(Number(get(before, 'SEQUENCE')));
    expect(get(after, 'LAST-MODIFIED')).toBe('20250225T093016Z');
  });

  it('writes a summary for posts without a caption and leaves out invalid links', () => {
    const bare: IcsPost = { ...base, caption: '\n  \n', link: null, utm: null, pillar: null };
    const e = parseIcs(postsToIcs([bare], { now: NOW })).events[0]!;
    expect(unescapeText(get(e, 'SUMMARY')!)).toBe('[IG, TikTok]');
    expect(get(e, 'DESCRIPTION')).toBeUndefined();
    expect(get(e, 'URL')).toBeUndefined();
    expect(get(e, 'CATEGORIES')).toBeUndefined();
  });

  it('keeps markup as text', () => {
    const html: IcsPost = { ...base, caption: '<script>alert(1)</script> & <b>tebal</b>', utm: null, link: null };
    const e = parseIcs(postsToIcs([html], { now: NOW })).events[0]!;
    expect(unescapeText(get(e, 'DESCRIPTION')!)).toBe('<script>alert(1)</script> & <b>tebal</b>');
  });

  it('produces an empty calendar for no dated posts', () => {
    const { events, calendar } = parseIcs(postsToIcs([], { now: NOW }));
    expect(events).toEqual([]);
    expect(get(calendar, 'VERSION')).toBe('2.0');
  });
});

describe('foldIcsLines', () => {
  it('never splits a multi-byte character and unfolds back to the original', () => {
    const line = `DESCRIPTION:${'é🌙a'.repeat(40)}`;
    const folded = foldIcsLines(`${line}\r\n`);
    const parts = folded.split('\r\n').filter(Boolean);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
  });

  it('counts SEQUENCE from 2020 within 32 bits', () => {
    expect(icsSequence(Date.UTC(2020, 0, 1))).toBe(0);
    expect(icsSequence(Date.UTC(2025, 0, 1))).toBeGreaterThan(icsSequence(Date.UTC(2024, 11, 31, 23, 59, 59)));
    expect(icsSequence(Date.UTC(2100, 0, 1))).toBe(2_147_483_647);
  });
});
