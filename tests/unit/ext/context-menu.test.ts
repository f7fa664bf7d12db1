import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { IDEA_MENU_ID, createIdeaMenu, onIdeaMenuClick } from '../../../lib/ext/context-menu';
import { SOCIAL_HOST_PATTERNS } from '../../../lib/platforms/hosts';

beforeEach(() => {
  resetDbForTests();
  fakeBrowser.reset();
});

describe('save as idea from the context menu', () => {
  it('is offered only on the social sites', async () => {
    const create = vi.fn();
    (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { create, removeAll: vi.fn(async () => undefined) };
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('id');
    await createIdeaMenu();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: IDEA_MENU_ID, documentUrlPatterns: SOCIAL_HOST_PATTERNS, title: 'Simpan sebagai ide' }));
  });

  it('stores the link with the selected text as an unscheduled idea', async () => {
    const id = await onIdeaMenuClick(
      { menuItemId: IDEA_MENU_ID, linkUrl: 'https://x.com/kopi/status/1', pageUrl: 'https://x.com/search?q=kopi', selectionText: 'Kopi susu terenak <b>2026</b>' },
      'Search / X',
      1_800_000_000_000,
    );
    const post = await getDb().posts.get(id!);
    expect(post).toMatchObject({ status: 'idea', scheduledAt: null, link: 'https://x.com/kopi/status/1', caption: 'Kopi susu terenak <b>2026</b>', platforms: ['x'] });
  });

  it('ignores other menus and pages that are not https', async () => {
    expect(await onIdeaMenuClick({ menuItemId: 'other', pageUrl: 'https://x.com/' }, undefined, 1)).toBeNull();
    expect(await onIdeaMenuClick({ menuItemId: IDEA_MENU_ID, pageUrl: 'javascript:alert(1)' }, undefined, 1)).toBeNull();
    expect(await getDb().posts.count()).toBe(0);
  });
});
