import { defineConfig } from 'wxt';

import { SOCIAL_HOST_PATTERNS } from './lib/platforms/hosts';

// Content scripts are declared statically for these hosts, so panels appear on the first visit with
// no extra permission prompt. Nothing else is requested.
const SOCIAL_HOSTS = SOCIAL_HOST_PATTERNS;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  srcDir: '.',
  i18n: { localesDir: 'lib/i18n/locales' },
  outDir: '.output',
  vite: () => ({
    plugins: [
      {
        name: 'kelola-popup-chunk',
        // Pages only (content scripts are single IIFE files): the popup opens on every click, and what
        // its first render needs (React, the popup's components, the catalogs they use) loads as one
        // chunk instead of twenty small requests. The other pages share that chunk.
        config(config) {
          if (config.build?.lib) return;
          return {
            build: {
              rolldownOptions: {
                output: {
                  codeSplitting: {
                    groups: [{ name: 'page-core', test: /entrypoints[\\/]popup[\\/]mount-popup\.tsx$/, includeDependenciesRecursively: true }],
                  },
                },
              },
            },
          };
        },
      },
    ],
  }),
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
