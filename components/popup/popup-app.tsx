import { useState } from 'react';
import { useApi, useLang, useT } from '../app-context';
import { PageShell } from '../ui/page-shell';
import { TasksSection } from './tasks-section';
import { UnansweredSection } from './unanswered-section';

export function PopupApp() {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const [now] = useState(() => Date.now());
  const date = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long' }).format(now);
  return (
    <PageShell className="popup stack">
      <header className="row" style={{ justifyContent: 'space-between' }}>
        <div>
          <h1>Kelola</h1>
          <div className="muted">{date}</div>
        </div>
        <div className="row">
          <button type="button" onClick={() => api.openSidePanel?.()}>{t('nav.sidePanel')}</button>
          <button type="button" onClick={() => void api.openDashboard()}>{t('nav.dashboard')}</button>
        </div>
      </header>
      <UnansweredSection now={now} />
      <TasksSection now={now} />
    </PageShell>
  );
}
