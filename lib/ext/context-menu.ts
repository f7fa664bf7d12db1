import { browser } from 'wxt/browser';
import { SOCIAL_HOST_PATTERNS } from '../platforms/hosts';
import { platformForHost } from '../platforms/registry';
import { getSettings } from '../db/repos/settings';
import { saveIdea } from '../services/listening';
import { resolveLang, translate } from '../i18n';

export const IDEA_MENU_ID = 'kelola-save-idea';

/** "Save as idea" on the social sites' pages, links, images and selected text. */
export async function createIdeaMenu(): Promise<void> {
  const settings = await getSettings();
  const lang = resolveLang(settings.language, browser.i18n.getUILanguage());
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: IDEA_MENU_ID,
    title: translate(lang, 'badge.saveIdea'),
    contexts: ['page', 'link', 'selection', 'image', 'video'],
    documentUrlPatterns: SOCIAL_HOST_PATTERNS,
  });
}

export interface IdeaClick {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
  selectionText?: string;
  srcUrl?: string;
}

/** Stores the clicked link (or the page) with the selected text as a calendar idea. */
export async function onIdeaMenuClick(info: IdeaClick, tabTitle: string | undefined, now: number): Promise<string | null> {
  if (info.menuItemId !== IDEA_MENU_ID) return null;
  const url = [info.linkUrl, info.pageUrl].find((u) => !!u && /^https:\/\//.test(u));
  if (!url) return null;
  const excerpt = (info.selectionText ?? tabTitle ?? '').trim().slice(0, 1000) || url;
  const post = await saveIdea({ url: url.slice(0, 2048), author: '', excerpt, platform: platformForHost(new URL(url).hostname) }, await getSettings(), now);
  return post.id;
}
