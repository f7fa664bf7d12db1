import { browser } from 'wxt/browser';
import type { HandlerTable } from '../messages';
import { HandlerError } from '../messages';
import { getDb } from '../db/db';
import { getSettings } from '../db/repos/settings';
import { listTemplates, recordTemplateUse } from '../db/repos/templates';
import { getInteractions, markItem, markReplyStarted, overrideSentiment, recordSeen } from '../services/interactions';
import { expandAbbreviation } from '../services/expand';
import { libraryVersion } from '../templates/version';
import { listOwnHandles } from '../services/accounts';
import { recordMentions, saveIdea } from '../services/listening';
import { platformForHost } from '../platforms/registry';
import { resolveLang } from '../i18n';
import { addTabItems, getTabItems } from './tab-items';
import { reconcileAlarms } from './alarms';
import { slaTick, scheduleTabBadge } from './sla';

function tabOf(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number') throw new HandlerError('bad-request', 'no tab');
  return id;
}

/** One handler per message type; `ready` is awaited by the caller before any handler runs. */
export function createHandlers(): HandlerTable {
  return {
    'page/hello': async (req) => {
      const settings = await getSettings();
      const own = await listOwnHandles(req.platform);
      const templates = await getDb().templates.toArray();
      const abbreviations = templates
        .filter((t) => t.abbreviation && (t.platforms.length === 0 || t.platforms.includes(req.platform)))
        .map((t) => t.abbreviation!.toLowerCase());
      return {
        config: {
          ownHandles: own,
          abbreviationPrefix: settings.abbreviationPrefix,
          abbreviations: [...new Set(abbreviations)],
          language: resolveLang(settings.language, browser.i18n.getUILanguage()),
        },
      };
    },
    'items/seen': async (req, ctx) => {
      const tabId = tabOf(ctx.sender);
      const settings = await getSettings();
      const now = Date.now();
      const items = await recordSeen(req, settings, now);
      await addTabItems(tabId, req.pageUrl, items.map((i) => i.id));
      scheduleTabBadge(tabId);
      return { items };
    },
    'item/mark': async (req) => {
      const settings = await getSettings();
      return { item: await markItem(req.id, req.status, settings, Date.now()) };
    },
    'item/sentiment': async (req) => {
      const settings = await getSettings();
      return { item: await overrideSentiment(req.id, req.sentiment, settings, Date.now()) };
    },
    'item/reply-started': async (req) => {
      await markReplyStarted(req.id, Date.now());
      if (req.templateId) await recordTemplateUse(req.templateId);
      return {};
    },
    'template/expand': async (req) => {
      // The item and the settings are read side by side: this runs between a key press and the text.
      const [[item], settings] = await Promise.all([req.itemId ? getInteractions([req.itemId]) : [], getSettings()]);
      const res = await expandAbbreviation(req.abbreviation, req.platform, item ?? null, settings, resolveLang(settings.language, browser.i18n.getUILanguage()), Date.now());
      if (res.text !== null) {
        // Bookkeeping must not delay the text the user is waiting for.
        const templateId = res.templateId;
        void recordTemplateUse(templateId)
          .then(() => (item ? markReplyStarted(item.id, Date.now()) : undefined))
          .catch((err) => console.warn('[kelola] could not record template use', err));
      }
      return res;
    },
    'palette/open': async () => ({}),
    'mentions/seen': async (req) => recordMentions(req, Date.now()),
    'idea/save': async (req, ctx) => {
      const platform = ctx.sender.tab?.url ? platformForHost(new URL(ctx.sender.tab.url).hostname) : null;
      const post = await saveIdea({ url: req.url, author: req.author, excerpt: req.excerpt, platform }, await getSettings(), Date.now());
      return { id: post.id };
    },
    'tab/items': async (req) => getTabItems(req.tabId),
    'alarms/reconcile': async () => ({ alarms: await reconcileAlarms(Date.now()) }),
    'sla/tick': async () => ({ breached: await slaTick(Date.now()) }),
    ping: async () => ({ at: Date.now() }),
    'palette/insert': async (req, ctx) => {
      const tabId = req.tabId ?? tabOf(ctx.sender);
      const res = (await browser.tabs.sendMessage(tabId, { type: 'content/insert', text: req.text, itemId: req.itemId })) as { ok?: boolean } | undefined;
      if (res?.ok) {
        if (req.templateId) await recordTemplateUse(req.templateId);
        if (req.itemId) await markReplyStarted(req.itemId, Date.now());
      }
      return { inserted: !!res?.ok };
    },
    // The palette frame sits inside a social page, where its own storage is partitioned away from
    // Kelola's database: it gets the library over the extension's message channel instead.
    // It asks again on every open; the library travels only when it changed since the frame's copy.
    'palette/data': async (req) => {
      const [[item], templates, settings] = await Promise.all([req.itemId ? getInteractions([req.itemId]) : [], listTemplates(), getSettings()]);
      const version = libraryVersion(templates);
      return {
        templates: version === req.known ? null : templates,
        version,
        item: item ? { author: item.author, authorHandle: item.authorHandle, lang: item.lang, kind: item.kind, platform: item.platform } : null,
        settings,
      };
    },
    'item/focus': async (req) => {
      const res = (await browser.tabs.sendMessage(req.tabId, { type: 'content/focus', id: req.id })) as { ok?: boolean } | undefined;
      return { found: !!res?.ok };
    },
  };
}
