import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { CONTENT_TYPES, PAGE_TYPES, createRouter, type HandlerTable } from '../../../lib/messages';

const EXT = { extensionId: 'kelolaid', extensionOrigin: 'chrome-extension://kelolaid' };
const types = [...CONTENT_TYPES, ...PAGE_TYPES];

const sender = fc.oneof(
  fc.record({ id: fc.constant('kelolaid'), url: fc.webUrl(), origin: fc.webUrl(), tab: fc.record({ id: fc.nat() }), frameId: fc.nat({ max: 3 }) }),
  fc.record({ id: fc.string(), url: fc.oneof(fc.webUrl(), fc.constant('chrome-extension://kelolaid/options.html')) }),
  fc.constant(undefined),
  fc.anything(),
);
const payload = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom(...types) }, { requiredKeys: [] }),
  fc.dictionary(fc.constantFrom('type', 'items', 'id', '__proto__', 'constructor', 'tabId', 'text', 'platform'), fc.anything()),
  fc.record({ type: fc.constantFrom(...types), text: fc.string({ minLength: 10_001, maxLength: 12_000 }) }),
);

describe('router fuzz', () => {
  it('never throws, answers every message, and calls a handler only for a valid one', async () => {
    const calls: string[] = [];
    const table = Object.fromEntries(types.map((t) => [t, vi.fn(async () => { calls.push(t); return {}; })])) as unknown as HandlerTable;
    const route = createRouter(table, () => EXT);
    await fc.assert(
      fc.asyncProperty(payload, sender, async (msg, s) => {
        calls.length = 0;
        const res = await route(msg, s as never);
        expect(typeof res.ok).toBe('boolean');
        if (!res.ok) expect(calls).toEqual([]);
        else expect(calls).toHaveLength(1);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });
});
