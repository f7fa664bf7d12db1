import { describe, expect, it } from 'vitest';
import type { Template } from '../../../lib/models';
import { libraryVersion } from '../../../lib/templates';

const NOW = Date.UTC(2026, 10, 23, 3, 5);
const tpl = (id: string, over: Partial<Template> = {}): Template => ({
  id, title: id, body: 'Terima kasih.', abbreviation: null, language: 'id', variantGroup: null, folder: '', tags: [],
  platforms: [], favorite: false, usageCount: 0, lastUsedAt: null, createdAt: NOW, updatedAt: NOW, ...over,
});

describe('libraryVersion', () => {
  const lib = [tpl('a'), tpl('b', { favorite: true })];

  it('is the same for equal libraries', () => {
    expect(libraryVersion(structuredClone(lib))).toBe(libraryVersion(lib));
    expect(libraryVersion([])).toBe(libraryVersion([]));
  });

  it('changes with any edit, addition, removal, reorder or use', () => {
    const v = libraryVersion(lib);
    const changed = [
      [tpl('a', { body: 'Terima kasih!' }), lib[1]!],
      [lib[0]!, tpl('b', { favorite: false })],
      [...lib, tpl('c')],
      [lib[0]!],
      [lib[1]!, lib[0]!],
      [tpl('a', { usageCount: 1 }), lib[1]!],
      [tpl('a', { title: 'á' }), lib[1]!],
    ];
    const versions = changed.map((l) => libraryVersion(l));
    for (const x of versions) expect(x).not.toBe(v);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
