import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider, type ExtApi } from './app-context';
import './ui/styles.css';

export function mount(app: ReactNode, api: ExtApi, browserLang: string): void {
  const el = document.getElementById('root');
  if (!el) throw new Error('#root missing');
  createRoot(el).render(
    <StrictMode>
      <AppProvider api={api} browserLang={browserLang}>
        {app}
      </AppProvider>
    </StrictMode>,
  );
}
