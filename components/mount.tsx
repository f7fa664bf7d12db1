import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { AppProvider, type ExtApi } from './app-context';
import { getDb } from '@/lib/db/db';
import { translate } from '@/lib/i18n';
import { Settings as SettingsSchema, type Settings } from '@/lib/models';
import './ui/styles.css';

/** Provides the settings as stored (live), or as handed in (the palette frame cannot open the database). */
function StoredSettings({ api, browserLang, given, children }: { api: ExtApi; browserLang: string; given?: Settings; children: ReactNode }) {
  const row = useLiveQuery(() => (given ? undefined : getDb().settings.get('settings')), [given]);
  const parsed = SettingsSchema.safeParse(given ?? row);
  return (
    <AppProvider api={api} browserLang={browserLang} settings={parsed.success ? parsed.data : undefined} translate={translate}>
      {children}
    </AppProvider>
  );
}

export function mount(app: ReactNode, api: ExtApi, browserLang: string, settings?: Settings): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  createRoot(el).render(
    <StrictMode>
      <StoredSettings api={api} browserLang={browserLang} given={settings}>
        {app}
      </StoredSettings>
    </StrictMode>,
  );
}
