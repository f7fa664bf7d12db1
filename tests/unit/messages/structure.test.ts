import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, PAGE_TYPES } from '../../../lib/messages';
import { createHandlers } from '../../../lib/ext/handlers';

describe('message structure', () => {
  it('every message type has one schema and one handler, and every handler a schema', () => {
    const types = [...CONTENT_TYPES, ...PAGE_TYPES];
    expect(new Set(types).size).toBe(types.length);
    expect(Object.keys(createHandlers()).sort()).toEqual([...types].sort());
  });
  it('content scripts and pages share no message type', () => {
    const overlap = CONTENT_TYPES.filter((t) => (PAGE_TYPES as readonly string[]).includes(t));
    expect(overlap).toEqual([]);
  });
});
