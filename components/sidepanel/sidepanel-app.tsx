import { useEffect, useState } from 'react';
import { PageShell } from '../ui/page-shell';
import { useApi, useT } from '../app-context';
import { PaletteFromDb } from '../palette/palette-from-db';
import { Queue } from './queue';
import { CaptureSection } from './capture-section';
import { MentionsPanel } from './mentions-panel';

type Tab = 'queue' | 'templates' | 'capture' | 'mentions';

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
        {(['queue', 'templates', 'capture', 'mentions'] as const).map((x) => (
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
            {t(x === 'queue' ? 'queue.title' : x === 'capture' ? 'capture.tab' : x === 'mentions' ? 'listening.panel.tab' : 'nav.templates')}
          </a>
        ))}
      </nav>
      <div style={{ padding: 8 }}>
        {tab === 'queue' ? <Queue /> : tab === 'capture' ? <CaptureSection tabId={activeTab?.id ?? null} /> : tab === 'mentions' ? <MentionsPanel /> : <PaletteFromDb itemId={null} platform={null} tabId={activeTab?.id ?? null} onClose={() => setTab('queue')} />}
      </div>
    </PageShell>
  );
}
