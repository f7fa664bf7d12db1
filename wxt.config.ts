import { defineConfig } from 'wxt';

import { SOCIAL_HOST_PATTERNS } from './lib/platforms/hosts';
import { pageChunks } from './scripts/page-chunks';

// Content scripts are declared statically for these hosts, so panels appear on the first visit with
// no extra permission prompt. Nothing else is requested.
const SOCIAL_HOSTS = SOCIAL_HOST_PATTERNS;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  srcDir: '.',
  i18n: { localesDir: 'lib/i18n/locales' },
  outDir: '.output',
  vite: () => ({ plugins: [pageChunks(import.meta.dirname)] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'clipboardWrite', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: SOCIAL_HOSTS,
    action: { default_title: '__MSG_extName__' },
    // Only the quick-reply palette may be framed by the social pages (it holds the template list,
    // so the page itself never sees it).
    web_accessible_resources: [{ resources: ['palette.html'], matches: SOCIAL_HOSTS }],
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdOpenSidePanel__',
      },
      'quick-reply': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_cmdQuickReply__',
      },
      'next-unanswered': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_cmdNextUnanswered__',
      },
    },
  }),
});
