import type { Plugin } from 'vite';
import { localModuleGraph } from './module-graph';

const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
const EXT_API = /[\\/]node_modules[\\/](webextension-polyfill|@wxt-dev[\\/](browser|webextension-polyfill)|wxt[\\/]dist[\\/]browser)|preload-helper/;

/**
 * How the extension pages' code is cut into chunks (pages only: content scripts are single IIFE
 * files). The popup opens on every click: what its first render needs loads as two chunks instead of
 * twenty small requests, `page-core` (React and the popup's own modules, which the worker never loads)
 * and `page-shared` (the modules the popup and the worker both use). The other pages share them.
 */
export function pageChunks(root: string): Plugin {
  return {
    name: 'kelola-page-chunks',
    config(config) {
      if (config.build?.lib) return;
      const worker = localModuleGraph(root, 'entrypoints/background/index.ts');
      const popup = localModuleGraph(root, 'entrypoints/popup/mount-popup.tsx');
      const popupOnly = new Set([...popup].filter((f) => !worker.has(f)));
      const shared = new Set([...popup].filter((f) => worker.has(f)));
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'page-shared', test: (id: string) => shared.has(id) || EXT_API.test(id), priority: 2 },
                  { name: 'page-core', test: (id: string) => popupOnly.has(id) || REACT.test(id), priority: 1 },
                ],
              },
            },
          },
        },
      };
    },
  };
}
