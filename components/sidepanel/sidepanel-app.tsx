import { useEffect, useState } from 'react';
import { PageShell } from '../ui/page-shell';
import { useApi, useT } from '../app-context';
import { PaletteApp } from '../palette/palette-app';
import { Queue } from './queue';

type Tab = 'queue' | 'templates';

export function SidePanelApp() {
  const t = useT();
  const api = useApi();
  const [tab, setTab] = useState<Tab>('queue');
  const [activeTab, setActiveTab] = useState<{ id: number; url: string | null } | null>(null);
  useEffect(() => {
    const load = () => void api.activeTab().then(setActiveTab);
    load();
    return api.watchActiveTab(load);
  }, [api]);
  return (
    <PageShell className="stack">
      <header className="row" style={{ justifyContent: 'space-between', padding: '8px 8px 0' }}>
        <h1>Kelola</h1>
        <button type="button" onClick={() => void api.openDashboard()}>{t('nav.dashboard')}</button>
      </header>
      <nav className="tabs" aria-label={t('nav.sections')} style={{ padding: '0 8px' }}>
        {(['queue', 'templates'] as const).map((x) => (
          <a
            key={x}
            href={`#${x}`}
            data-testid={`panel-tab-${x}`}
            aria-current={tab === x ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              setTab(x);
            }}
          >
            {t(x === 'queue' ? 'queue.title' : 'nav.templates')}
          </a>
        ))}
      </nav>
      <div style={{ padding: 8 }}>
        {tab === 'queue' ? <Queue /> : <PaletteApp itemId={null} platform={null} tabId={activeTab?.id ?? null} onClose={() => setTab('queue')} />}
      </div>
    </PageShell>
  );
}
