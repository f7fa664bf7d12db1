import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/models';
import {
  DEFAULT_TIME_ZONE,
  escapeTemplateText,
  firstName,
  formatHandle,
  renderTemplate,
  type RenderContext,
} from '../../../lib/templates';

/** Monday 23 November 2026, 10:05 in Jakarta (03:05 UTC). */
const NOW = Date.UTC(2026, 10, 23, 3, 5);

function ctx(over: Partial<RenderContext> = {}): RenderContext {
  return { lang: 'id', now: NOW, timeZone: 'Asia/Jakarta', ...over };
}

function text(body: string, over: Partial<RenderContext> = {}): string {
  return renderTemplate(body, ctx(over)).text;
}

/** The instant at which Jakarta's wall clock shows `h:m` on 23 November 2026. */
function jakarta(h: number, m = 0): number {
  return Date.UTC(2026, 10, 23, h - 7, m);
}

describe('people and places', () => {
  it('renders name, first name, handle, brand and agent', () => {
    const r = renderTemplate('{name}|{first_name}|{handle}|{brand}|{agent}', ctx({
      name: 'Budi Santoso',
      handle: 'budisan',
      brand: 'Toko Maju',
      agent: 'Rina',
    }));
    expect(r.text).toBe('Budi Santoso|Budi|@budisan|Toko Maju|Rina');
    expect(r.unknown).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('adds exactly one @ to the handle', () => {
    expect(formatHandle('@budi')).toBe('@budi');
    expect(formatHandle('  @@budi ')).toBe('@budi');
    expect(formatHandle('budi')).toBe('@budi');
    expect(formatHandle(' @ ')).toBeNull();
    expect(text('{handle}', { handle: '@budi' })).toBe('@budi');
  });

  it.each([
    ['Budi Santoso', 'Budi'],
    ['  budi  ', 'budi'],
    ['@budi', 'budi'],
    ['@budi.santoso', 'budi'],
    ['@budi_santoso', 'budi'],
    ['🌸✨ Sari Dewi 🌸', 'Sari'],
    ['Sari🌸 Dewi', 'Sari'],
    ['👩‍👩‍👧 Mama Ani', 'Mama'],
    ['Kak Rina', 'Rina'],
    ['Dr. Budi Santoso', 'Budi'],
    ['Bu Sari', 'Sari'],
    ['Kak', 'Kak'],
    ['José María', 'José'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['محمد علي', 'محمد'],
    ['山田 太郎', '山田'],
  ])('first name of %j is %j', (name, expected) => {
    expect(firstName(name)).toBe(expected);
    expect(text('{first_name}', { name })).toBe(expected);
  });

  it('an emoji-only name has no first name and falls back like an unknown name', () => {
    expect(firstName('✨✨🌸')).toBeNull();
    expect(text('Halo {first_name}', { name: '✨✨🌸' })).toBe('Halo Kak');
    expect(text('{name}', { name: '✨✨🌸' })).toBe('✨✨🌸');
  });

  it('uses a language-appropriate default for an unknown name and does not report it', () => {
    const id = renderTemplate('Terima kasih, {first_name}! Salam untuk {name}.', ctx());
    expect(id.text).toBe('Terima kasih, Kak! Salam untuk Kak.');
    expect(id.missing).toEqual([]);
    expect(text('Hi {first_name}, thanks!', { lang: 'en' })).toBe('Hi there, thanks!');
    expect(text('Hi {first_name}, thanks!', { lang: 'en', name: '   ' })).toBe('Hi there, thanks!');
  });

  it('does not double the honorific when the template already says "Kak"', () => {
    expect(text('Halo Kak {first_name}, terima kasih')).toBe('Halo Kak, terima kasih');
    expect(text('Halo kak {name} yang baik')).toBe('Halo kak yang baik');
    expect(text('Halo Kakak {first_name}!')).toBe('Halo Kakak!');
    expect(text('Halo Kak {first_name}, terima kasih', { name: 'Budi' })).toBe('Halo Kak Budi, terima kasih');
    // "Kak" inside another word is not the honorific.
    expect(text('Salam Pak Kak{first_name}')).toBe('Salam Pak KakKak');
  });

  it('renders every platform by its display name', () => {
    const names = PLATFORMS.map((platform) => text('{platform}', { platform }));
    expect(names).toEqual(['X', 'Facebook', 'Instagram', 'LinkedIn', 'YouTube', 'TikTok', 'Threads']);
  });

  it('reports other known variables without a value as missing and renders them empty', () => {
    const r = renderTemplate('Dari {brand} ({agent}) di {platform}: {handle}', ctx());
    expect(r.missing).toEqual(['brand', 'agent', 'platform', 'handle']);
    expect(r.unknown).toEqual([]);
    expect(r.text).toBe('Dari () di:');
  });

  it('drops the space left by an empty value before punctuation', () => {
    expect(text('Terima kasih {handle}!')).toBe('Terima kasih!');
    expect(text('Terima kasih {handle}')).toBe('Terima kasih');
    expect(text('Hai {handle} {brand}, halo')).toBe('Hai, halo');
    expect(text('Hai {handle} semua')).toBe('Hai semua');
    expect(text('Hai\n{handle}\nsemua')).toBe('Hai\n\nsemua');
  });
});

describe('dates and times', () => {
  it('formats the date in both languages', () => {
    expect(text('{date}')).toBe('23 November 2026');
    expect(text('{date}', { lang: 'en' })).toBe('November 23, 2026');
    expect(text('{date:long}', { lang: 'en' })).toBe('November 23, 2026');
    expect(text('{date:short}')).toBe('23/11/2026');
    expect(text('{date:short}', { lang: 'en' })).toBe('11/23/2026');
    expect(text('{date:iso}')).toBe('2026-11-23');
    expect(text('{date:iso}', { lang: 'en' })).toBe('2026-11-23');
  });

  it('formats the time 24h for id and 12h for en, with explicit overrides', () => {
    expect(text('{time}')).toBe('10:05');
    expect(text('{time}', { lang: 'en' })).toBe('10:05 AM');
    expect(text('{time:12h}')).toBe('10:05 AM');
    expect(text('{time:24h}', { lang: 'en' })).toBe('10:05');
    expect(text('{time:iso}', { lang: 'en' })).toBe('10:05');
    expect(text('{time}', { lang: 'en', now: jakarta(0, 30) })).toBe('12:30 AM');
    expect(text('{time}', { lang: 'en', now: jakarta(12, 0) })).toBe('12:00 PM');
    expect(text('{time}', { lang: 'en', now: jakarta(23, 59) })).toBe('11:59 PM');
    expect(text('{time}', { now: jakarta(0, 30) })).toBe('00:30');
  });

  it('names the weekday', () => {
    expect(text('{day}')).toBe('Senin');
    expect(text('{day}', { lang: 'en' })).toBe('Monday');
    expect(text('{day:short}', { lang: 'en' })).toBe('Mon');
    expect(text('{day+1d}')).toBe('Selasa');
    expect(text('{day-1d}', { lang: 'en' })).toBe('Sunday');
  });

  it('applies day, week, month and hour offsets', () => {
    expect(text('{date+3d}')).toBe('26 November 2026');
    expect(text('{date-1d}', { lang: 'en' })).toBe('November 22, 2026');
    expect(text('{date+2w}')).toBe('7 Desember 2026');
    expect(text('{date+1m:short}')).toBe('23/12/2026');
    expect(text('{date+1y:iso}')).toBe('2027-11-23');
    expect(text('{time+2h}')).toBe('12:05');
    expect(text('{time+30min}', { lang: 'en' })).toBe('10:35 AM');
    expect(text('{time-11h}')).toBe('23:05');
    expect(text('{date-11h:iso}')).toBe('2026-11-22');
  });

  it.each([
    ['2026-01-31 +1m', Date.UTC(2026, 0, 31, 5), '{date+1m:iso}', '2026-02-28'],
    ['2028-01-31 +1m (leap year)', Date.UTC(2028, 0, 31, 5), '{date+1m:iso}', '2028-02-29'],
    ['2026-03-31 -1m', Date.UTC(2026, 2, 31, 5), '{date-1m:iso}', '2026-02-28'],
    ['2026-01-31 +1d', Date.UTC(2026, 0, 31, 5), '{date+1d:iso}', '2026-02-01'],
    ['2026-03-01 -1d', Date.UTC(2026, 2, 1, 5), '{date-1d:iso}', '2026-02-28'],
    ['2026-12-25 +2w', Date.UTC(2026, 11, 25, 5), '{date+2w:iso}', '2027-01-08'],
    ['2026-12-31 +1d', Date.UTC(2026, 11, 31, 5), '{date+1d:short}', '01/01/2027'],
    ['2028-02-29 +1y', Date.UTC(2028, 1, 29, 5), '{date+1y:iso}', '2029-02-28'],
    ['2026-01-31 +1m+1d', Date.UTC(2026, 0, 31, 5), '{date+1m+1d:iso}', '2026-03-01'],
  ])('month and year ends: %s', (_label, now, body, expected) => {
    expect(text(body, { now })).toBe(expected);
  });

  it('uses the given time zone, Jakarta by default', () => {
    const late = Date.UTC(2026, 10, 23, 20, 0);
    expect(text('{date:iso} {time}', { now: late })).toBe('2026-11-24 03:00');
    expect(text('{date:iso} {time}', { now: late, timeZone: 'America/New_York' })).toBe('2026-11-23 15:00');
    expect(text('{date:iso} {time}', { now: late, timeZone: 'Asia/Kolkata' })).toBe('2026-11-24 01:30');
    expect(text('{date:iso} {time}', { now: late, timeZone: 'Asia/Makassar' })).toBe('2026-11-24 04:00');
    expect(text('{date:iso} {time}', { now: late, timeZone: '' })).toBe('2026-11-24 03:00');
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Jakarta');
  });

  it('falls back to Jakarta with a warning for a zone Intl does not know', () => {
    const r = renderTemplate('{time}', ctx({ timeZone: 'Mars/Olympus' }));
    expect(r.text).toBe('10:05');
    expect(r.warnings).toEqual([{ code: 'bad-time-zone', timeZone: 'Mars/Olympus' }]);
  });

  it('days move the calendar date across DST, hours move the instant', () => {
    // 7 March 2026, 12:00 EST; clocks go forward at 02:00 on 8 March.
    const now = Date.UTC(2026, 2, 7, 17, 0);
    const ny = { now, timeZone: 'America/New_York', lang: 'en' as const };
    expect(text('{date+1d:iso} {time+1d}', ny)).toBe('2026-03-08 12:00 PM');
    expect(text('{date+24h:iso} {time+24h}', ny)).toBe('2026-03-08 1:00 PM');
  });

  it('reports date variables as missing when the clock is unusable', () => {
    const r = renderTemplate('Tanggal: {date}, {greeting}', ctx({ now: Number.NaN }));
    expect(r.missing).toEqual(['date', 'greeting']);
    expect(r.warnings).toEqual([{ code: 'bad-now' }]);
    expect(renderTemplate('{date|hari ini}', ctx({ now: Number.NaN })).text).toBe('hari ini');
  });
});

describe('greeting', () => {
  it.each([
    [0, 0, 'Selamat malam'],
    [3, 59, 'Selamat malam'],
    [4, 0, 'Selamat pagi'],
    [10, 59, 'Selamat pagi'],
    [11, 0, 'Selamat siang'],
    [14, 59, 'Selamat siang'],
    [15, 0, 'Selamat sore'],
    [17, 59, 'Selamat sore'],
    [18, 0, 'Selamat malam'],
    [23, 59, 'Selamat malam'],
  ])('id at %i:%i is %s', (h, m, expected) => {
    expect(text('{greeting}', { now: jakarta(h, m) })).toBe(expected);
  });

  it.each([
    [0, 0, 'Good morning'],
    [11, 59, 'Good morning'],
    [12, 0, 'Good afternoon'],
    [17, 59, 'Good afternoon'],
    [18, 0, 'Good evening'],
    [23, 59, 'Good evening'],
  ])('en at %i:%i is %s', (h, m, expected) => {
    expect(text('{greeting}', { lang: 'en', now: jakarta(h, m) })).toBe(expected);
  });

  it('follows the time zone, not UTC', () => {
    // 10:05 in Jakarta is 03:05 UTC and 22:05 the evening before in New York.
    expect(text('{greeting}', { timeZone: 'UTC' })).toBe('Selamat malam');
    expect(text('{greeting}', { timeZone: 'America/New_York', lang: 'en' })).toBe('Good evening');
    expect(text('{greeting}', { timeZone: 'Asia/Jakarta', lang: 'en' })).toBe('Good morning');
  });
});

describe('custom variables, fallbacks and prompts', () => {
  it('uses the custom value, else the fallback', () => {
    expect(text('No. {order_id|nomor pesanan}', { custom: { order_id: 'INV-7' } })).toBe('No. INV-7');
    expect(text('No. {order_id|nomor pesanan}')).toBe('No. nomor pesanan');
    expect(text('No. { ORDER_ID | nomor pesanan }', { custom: { order_id: 'INV-7' } })).toBe('No. INV-7');
    expect(text('Tim {brand|kami}')).toBe('Tim kami');
    expect(text('Tim {brand|kami}', { brand: 'Maju' })).toBe('Tim Maju');
    expect(text('Halo {first_name|Pelanggan}')).toBe('Halo Pelanggan');
    expect(text('Kode: {kode|}.')).toBe('Kode:.');
  });

  it('reports a custom variable with neither value nor fallback as unknown and leaves it visible', () => {
    const r = renderTemplate('Resi {resi} untuk {order_id}', ctx({ custom: { order_id: 'A1' } }));
    expect(r.unknown).toEqual(['resi']);
    expect(r.text).toBe('Resi {resi} untuk A1');
    expect(renderTemplate('{resi}', ctx({ custom: { resi: '   ' } })).unknown).toEqual(['resi']);
  });

  it('reports an invalid placeholder as unknown so it cannot be sent by mistake', () => {
    const r = renderTemplate('Halo {first name}!', ctx());
    expect(r.unknown).toEqual(['first name']);
    expect(r.text).toBe('Halo {first name}!');
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'invalid-placeholder', reason: 'bad-syntax' })]);
  });

  it('fills prompts from the values the user typed', () => {
    const body = 'Pesanan {?order_id:Nomor pesanan} ({order_id}) dikirim. {?note}';
    const asked = renderTemplate(body, ctx());
    expect(asked.prompts).toEqual([
      { name: 'order_id', label: 'Nomor pesanan' },
      { name: 'note', label: null },
    ]);
    expect(asked.missing).toEqual(['order_id', 'note']);
    expect(asked.unknown).toEqual([]);
    expect(asked.text).toBe('Pesanan () dikirim.');

    const filled = renderTemplate(body, ctx({ promptValues: { order_id: ' INV-9 ', note: 'Terima kasih!' } }));
    expect(filled.text).toBe('Pesanan INV-9 (INV-9) dikirim. Terima kasih!');
    expect(filled.missing).toEqual([]);
  });

  it('a prompt value wins over a custom value of the same name', () => {
    expect(text('{?kode} {kode}', { custom: { kode: 'lama' }, promptValues: { kode: 'baru' } })).toBe('baru baru');
  });

  it('does not re-read placeholders inside inserted values', () => {
    expect(text('Halo {name}', { name: '{brand} {{x}}' , brand: 'Maju' })).toBe('Halo {brand} {{x}}');
    expect(text('{x}', { custom: { x: '{date}' } })).toBe('{date}');
  });
});

describe('escapes and hostile input', () => {
  it('turns doubled braces into literal braces', () => {
    const r = renderTemplate('{{name}} = {name}; {{{name}}}', ctx({ name: 'Budi' }));
    expect(r.text).toBe('{name} = Budi; {Budi}');
    expect(r.unknown).toEqual([]);
  });

  it('keeps markup as literal text', () => {
    const body = '<b>Halo</b> {name} <script>alert(1)</script> &amp;';
    const name = '<img src=x onerror="alert(1)">';
    expect(text(body, { name })).toBe(`<b>Halo</b> ${name} <script>alert(1)</script> &amp;`);
  });

  it('preserves emoji, combining marks and right-to-left text exactly', () => {
    const body = '🙏🏽 {name} 👨‍👩‍👧‍👦 🇮🇩 مرحبا بك ‏{first_name}‏ e\u0301';
    expect(text(body, { name: 'שלום עולם' })).toBe('🙏🏽 שלום עולם 👨‍👩‍👧‍👦 🇮🇩 مرحبا بك ‏שלום‏ e\u0301');
  });

  it('a brace without its partner is literal text and a warning', () => {
    const r = renderTemplate('Diskon {hari ini saja} { dan } kurung {', ctx());
    expect(r.unknown).toEqual(['hari ini saja', 'dan']);
    const lone = renderTemplate('Senyum :-{ ya', ctx());
    expect(lone.text).toBe('Senyum :-{ ya');
    expect(lone.unknown).toEqual([]);
    expect(lone.warnings.map((w) => w.code)).toEqual(['unclosed-brace']);
  });

  it('names like constructor and __proto__ never reach the prototype', () => {
    const r = renderTemplate('{constructor} {__proto__} {toString} {hasOwnProperty} {valueOf|v}', ctx({ custom: {} }));
    expect(r.unknown).toEqual(['constructor', '__proto__', 'tostring', 'hasownproperty']);
    expect(r.text).toBe('{constructor} {__proto__} {toString} {hasOwnProperty} v');

    const custom = JSON.parse('{"__proto__": "own value", "constructor": "c"}') as Record<string, string>;
    const own = renderTemplate('{__proto__} {constructor} {?prototype}', ctx({ custom, promptValues: {} }));
    expect(own.text).toBe('own value c');
    expect(own.missing).toEqual(['prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(custom)).toBe(Object.prototype);
  });

  it('ignores values that are not strings', () => {
    const custom = { n: 42, o: { toString: () => 'boom' } } as unknown as Record<string, string>;
    expect(renderTemplate('{n|x} {o|y}', ctx({ custom })).text).toBe('x y');
  });

  it('renders a 5000-character body full of placeholders', () => {
    const chunk = 'Halo {first_name}, {day} {date+3d} {order_id}. {greeting} <b>{time+2h}</b> {handle|kamu} ';
    const body = chunk.repeat(Math.floor(5000 / chunk.length)).padEnd(5000, '.');
    expect(body.length).toBe(5000);
    const r = renderTemplate(body, ctx({ name: 'Budi Santoso', custom: { order_id: 'A1' } }));
    expect(r.unknown).toEqual([]);
    expect(r.text).toContain('Budi, Senin 26 November 2026 A1');
  });

  it.each([
    ['opening braces', '{'.repeat(5000)],
    ['unclosed placeholders', '{a'.repeat(2500)],
    ['long unclosed runs', `${'{'}${'a'.repeat(199)}`.repeat(25)],
    ['closing braces', '}'.repeat(4999)],
    ['alternating', '{}'.repeat(2500)],
    ['offset chains', `{date${'+1d'.repeat(60)}}`.repeat(27)],
    ['pipes', `{x${'|'.repeat(190)}}`.repeat(26)],
    ['spaces before empty values', `${' '.repeat(2500)}{handle}!`.repeat(2)],
    ['honorific runs', 'Kak {first_name}'.repeat(300)],
  ])('pathological input (%s) stays fast', (_label, body) => {
    const t0 = performance.now();
    const r = renderTemplate(body, ctx());
    const ms = performance.now() - t0;
    expect(typeof r.text).toBe('string');
    // Far above linear time; catches catastrophic backtracking, not speed (the bench measures speed).
    expect(ms).toBeLessThan(3_000);
  });

  it('pathological input keeps its text', () => {
    expect(text('{'.repeat(7))).toBe('{{{{');
    expect(text('{a'.repeat(3))).toBe('{a{a{a');
    expect(text('}'.repeat(5))).toBe('}}}');
  });
});

describe('properties', () => {
  const anyText = fc.string({ unit: 'grapheme', maxLength: 300 });
  const braceHeavy = fc
    .array(fc.constantFrom('{', '}', '{{', '}}', 'name', '?', ':', '|', '+1d', ' ', 'Kak ', '\n', '🙏', 'date', 'x'), { maxLength: 120 })
    .map((parts) => parts.join(''));

  it('escaped text renders as itself', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, braceHeavy), (s) => {
        const r = renderTemplate(escapeTemplateText(s), ctx({ name: 'Budi' }));
        expect(r.text).toBe(s);
        expect(r.unknown).toEqual([]);
        expect(r.warnings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('text without braces renders unchanged', () => {
    fc.assert(
      fc.property(anyText.filter((s) => !/[{}]/.test(s)), (s) => {
        expect(renderTemplate(s, ctx()).text).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never invents braces it was not given', () => {
    fc.assert(
      fc.property(braceHeavy, (s) => {
        const r = renderTemplate(s, ctx({ lang: 'en' }));
        const count = (t: string) => (t.match(/[{}]/g) ?? []).length;
        expect(count(r.text)).toBeLessThanOrEqual(count(s));
      }),
      { numRuns: 300 },
    );
  });
});
