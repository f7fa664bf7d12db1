import { defineConfig } from 'wxt';

import { SOCIAL_HOST_PATTERNS } from './lib/platforms/hosts';
import { localModuleGraph } from './scripts/module-graph';

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
        // Pages only (content scripts are single IIFE files). The popup opens on every click: what its
        // first render needs loads as two chunks instead of twenty small requests, `page-core` (React
        // and the popup's own modules, which the worker never loads) and `page-shared` (the modules
        // the popup and the worker both use). The other pages share them.
        config(config) {
          if (config.build?.lib) return;
          const root = import.meta.dirname;
          const worker = localModuleGraph(root, 'entrypoints/background/index.ts');
          const popup = localModuleGraph(root, 'entrypoints/popup/mount-popup.tsx');
          const popupOnly = new Set([...popup].filter((f) => !worker.has(f)));
          const shared = new Set([...popup].filter((f) => worker.has(f)));
          const react = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
          const extApi = /[\\/]node_modules[\\/](webextension-polyfill|@wxt-dev[\\/](browser|webextension-polyfill)|wxt[\\/]dist[\\/]browser)|preload-helper/;
          return {
            build: {
              rolldownOptions: {
                output: {
                  codeSplitting: {
                    groups: [
                      { name: 'page-shared', test: (id: string) => shared.has(id) || extApi.test(id), priority: 2 },
                      { name: 'page-core', test: (id: string) => popupOnly.has(id) || react.test(id), priority: 1 },
                    ],
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
