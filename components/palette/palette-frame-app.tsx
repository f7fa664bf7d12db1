import { useSyncExternalStore } from 'react';
import { Platform } from '@/lib/models';
import { translate } from '@/lib/i18n';
import { AppProvider, type ExtApi } from '../app-context';
import { PaletteApp } from './palette-app';
import type { PaletteSession } from './palette-session';

/**
 * The palette inside its frame over a social page. Renders nothing while the frame is hidden; each
 * open mounts a new palette (empty search, first row active) over the kept library.
 */
export function PaletteFrameApp({ session, api, browserLang, hostPlatform, onClose }: {
  session: PaletteSession;
  api: ExtApi;
  browserLang: string;
  /** The platform of the page the frame sits in. */
  hostPlatform: Platform | null;
  onClose: () => void;
}) {
  const view = useSyncExternalStore(session.subscribe, session.getView);
  const { open, templates, settings } = view;
  if (!open || !templates || !settings) return null;
  const fromItem = Platform.safeParse(open.itemId?.split(':')[0]);
  return (
    <AppProvider api={api} browserLang={browserLang} settings={settings} translate={translate}>
      <PaletteApp
        key={open.seq}
        itemId={open.itemId}
        templates={templates}
        item={view.item}
        platform={fromItem.success ? fromItem.data : hostPlatform}
        tabId={null}
        onClose={onClose}
        fresh={session.fresh}
      />
    </AppProvider>
  );
}
