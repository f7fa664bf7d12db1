import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider, type ExtApi } from './app-context';
import type { Settings } from '@/lib/models';
import './ui/styles.css';

export function mount(app: ReactNode, api: ExtApi, browserLang: string, settings?: Settings): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  createRoot(el).render(
    <StrictMode>
      <AppProvider api={api} browserLang={browserLang} settings={settings}>
        {app}
      </AppProvider>
    </StrictMode>,
  );
}
