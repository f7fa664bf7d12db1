import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PopupApp, readPrefs } from '@/components/popup/popup-app';
import { browserLanguage, createPageApi } from '@/lib/ext/page-api';
import { readSnapshotDirect } from '@/lib/services/snapshot-read';
import '@/components/ui/styles.css';

/**
 * Opens the popup. The snapshot is read before the first render (plain IndexedDB, no database layer;
 * the page's early script has usually started the read while the chunks loaded), so the first
 * commit shows the figures; only when none holds does the popup load the database side first.
 */
export async function mountPopup(root: HTMLElement): Promise<void> {
  const now = Date.now();
  const prefs = readPrefs();
  const initial =
    (await readSnapshotDirect(now, prefs.period, prefs.platform)) ??
    (await import('@/components/popup/popup-live').then((db) => db.firstSource(now, prefs.period, prefs.platform)));
  // Rendered in this task, not the next one the scheduler would take.
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <PopupApp now={now} prefs={prefs} initial={initial} api={createPageApi()} browserLang={browserLanguage()} />
      </StrictMode>,
    ),
  );
}
