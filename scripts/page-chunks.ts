import type { Plugin } from 'vite';
import { localModuleGraph } from './module-graph';

const REACT = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;
/** The extension API layer, the build's helpers and what WXT adds to every HTML page. */
const PAGE_RUNTIME = /[\\/]node_modules[\\/](webextension-polyfill|@wxt-dev[\\/](browser|webextension-polyfill)|wxt[\\/]dist[\\/]browser)|preload-helper|modulepreload-polyfill|virtual:wxt-(html-)?plugins/;

/**
 * How the extension pages' code is cut into chunks (pages only: the worker and the content scripts
 * are single self-contained files). The popup opens on every click: everything its first render
 * needs is one chunk, `page-core` (React, the page runtime and the popup's modules), which the other
 * pages load too, instead of twenty small requests.
 */
export function pageChunks(root: string): Plugin {
  return {
    name: 'kelola-page-chunks',
    config(config) {
      if (config.build?.lib) return;
      const popup = localModuleGraph(root, 'entrypoints/popup/mount-popup.tsx');
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: 'page-core', test: (id: string) => popup.has(id) || REACT.test(id) || PAGE_RUNTIME.test(id) }],
              },
            },
          },
        },
      };
    },
  };
}
