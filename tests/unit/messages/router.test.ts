import { describe, expect, it, vi } from 'vitest';
import { CONTENT_TYPES, PAGE_TYPES, createRouter, type HandlerTable } from '../../../lib/messages';
import { classifySender } from '../../../lib/messages/sender';

const EXT = { extensionId: 'kelolaid', extensionOrigin: 'chrome-extension://kelolaid' };
const contentSender = { id: 'kelolaid', url: 'https://x.com/toko/status/1', origin: 'https://x.com', tab: { id: 7, url: 'https://x.com/toko/status/1' }, frameId: 0 };
const pageSender = { id: 'kelolaid', url: 'chrome-extension://kelolaid/popup.html', origin: 'chrome-extension://kelolaid' };

function spyTable() {
  const calls: string[] = [];
  const table = Object.fromEntries(
    [...CONTENT_TYPES, ...PAGE_TYPES].map((t) => [t, vi.fn(async () => { calls.push(t); return {}; })]),
  ) as unknown as HandlerTable;
  return { table, calls };
}

const validSeen = {
  type: 'items/seen', platform: 'x', pageUrl: 'https://x.com/toko/status/1',
  items: [{ itemId: '1', kind: 'comment', author: 'A', authorHandle: 'a', text: 'hi', postedAt: null, postedAtPrecision: 'unknown', permalink: null }],
  answers: [],
};

describe('router', () => {
  it('calls exactly one handler for a valid content message', async () => {
    const { table, calls } = spyTable();
    const route = createRouter(table, () => EXT);
    const res = await route(validSeen, contentSender);
    expect(res.ok).toBe(true);
    expect(calls).toEqual(['items/seen']);
  });

  const bad: Array<[string, unknown]> = [
    ['unknown type', { type: 'db/drop' }],
    ['no type', { platform: 'x' }],
    ['not an object', 'items/seen'],
    ['null', null],
    ['array', [validSeen]],
    ['extra key', { ...validSeen, sneaky: true }],
    ['extra key in an item', { ...validSeen, items: [{ ...validSeen.items[0], html: '<b>' }] }],
    ['wrong platform', { ...validSeen, platform: 'myspace' }],
    ['non-https page', { ...validSeen, pageUrl: 'javascript:alert(1)' }],
    ['oversize text', { ...validSeen, items: [{ ...validSeen.items[0], text: 'x'.repeat(10_001) }] }],
    ['too many items', { ...validSeen, items: Array.from({ length: 201 }, () => validSeen.items[0]) }],
    ['prototype key', JSON.parse('{"type":"items/seen","__proto__":{"polluted":1}}')],
    ['constructor key', { type: 'ping', constructor: { prototype: { x: 1 } } }],
    ['number type', { type: 42 }],
  ];
  for (const [name, msg] of bad) {
    it(`rejects ${name} without calling a handler`, async () => {
      const { table, calls } = spyTable();
      const route = createRouter(table, () => EXT);
      const res = await route(msg, contentSender);
      expect(res.ok).toBe(false);
      expect(calls).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses privileged requests from content scripts', async () => {
    const { table, calls } = spyTable();
    const route = createRouter(table, () => EXT);
    for (const msg of [{ type: 'alarms/reconcile' }, { type: 'tab/items', tabId: 1 }, { type: 'sla/tick' }, { type: 'item/focus', tabId: 1, id: 'x:1' }]) {
      const res = await route(msg, contentSender);
      expect(res).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(calls).toEqual([]);
  });

  it('accepts privileged requests from extension pages', async () => {
    const { table, calls } = spyTable();
    const route = createRouter(table, () => EXT);
    expect((await route({ type: 'alarms/reconcile' }, pageSender)).ok).toBe(true);
    expect(calls).toEqual(['alarms/reconcile']);
  });

  it('refuses other extensions, subframes and forged urls', async () => {
    const { table, calls } = spyTable();
    const route = createRouter(table, () => EXT);
    const forged = [
      { ...pageSender, id: 'other-extension' },
      { ...contentSender, frameId: 3 },
      { ...contentSender, url: 'chrome-extension://kelolaid/options.html' },
      { url: 'chrome-extension://kelolaid/options.html' },
      undefined,
    ];
    for (const s of forged) {
      const res = await route({ type: 'alarms/reconcile' }, s as never);
      expect(res.ok).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('fails closed when a handler throws', async () => {
    const { table } = spyTable();
    (table as Record<string, unknown>).ping = async () => {
      throw new Error('boom');
    };
    const route = createRouter(table, () => EXT);
    expect(await route({ type: 'ping' }, pageSender)).toEqual({ ok: false, code: 'internal' });
  });

  it('maps storage-full failures to their own code', async () => {
    const { table } = spyTable();
    (table as Record<string, unknown>).ping = async () => {
      throw Object.assign(new Error('quota'), { code: 'storage-full' });
    };
    const route = createRouter(table, () => EXT);
    expect(await route({ type: 'ping' }, pageSender)).toEqual({ ok: false, code: 'storage-full' });
  });
});

describe('classifySender', () => {
  const table: Array<[string, unknown, string]> = [
    ['content script top frame', contentSender, 'content-script'],
    ['popup', pageSender, 'extension-page'],
    ['palette frame in a tab', { ...contentSender, url: 'chrome-extension://kelolaid/palette.html', origin: 'chrome-extension://kelolaid', frameId: 5 }, 'extension-page'],
    ['page claiming to be the popup', { ...contentSender, url: 'chrome-extension://kelolaid/popup.html' }, 'content-script'],
    ['subframe content script', { ...contentSender, frameId: 2 }, 'untrusted'],
    ['another extension', { ...pageSender, id: 'evil' }, 'untrusted'],
    ['no id', { url: pageSender.url }, 'untrusted'],
    ['web page without tab', { id: 'kelolaid', url: 'https://evil.example/' }, 'untrusted'],
    ['null', null, 'untrusted'],
  ];
  for (const [name, sender, kind] of table) {
    it(name, () => expect(classifySender(sender as never, EXT)).toBe(kind));
  }
});
