import { PageShell } from '../ui/page-shell';
import { useApi, useT } from '../app-context';
import { Queue } from './queue';

export function SidePanelApp() {
  const t = useT();
  const api = useApi();
  return (
    <PageShell className="stack" >
      <header className="row" style={{ justifyContent: 'space-between', padding: '8px 8px 0' }}>
        <h1>Kelola</h1>
        <button type="button" onClick={() => void api.openDashboard()}>{t('nav.dashboard')}</button>
      </header>
      <div style={{ padding: 8 }}>
        <Queue />
      </div>
    </PageShell>
  );
}
