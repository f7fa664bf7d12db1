import { useEffect, useState, type ReactNode } from 'react';
import { PageShell } from '../ui/page-shell';
import { useT } from '../app-context';
import { TemplatesScreen } from './templates-screen';
import { PlanScreen } from './plan/plan-screen';
import { CalendarScreen } from './calendar/calendar-screen';
import { CampaignsScreen } from './campaigns/campaigns-screen';
import { ReportsScreen } from './reports/reports-screen';
import { ListeningScreen } from './listening/listening-screen';
import { SettingsScreen } from './settings-screen';
import { DataScreen } from './data-screen';
import { ImportControl } from './import-control';
import { downloadBackup } from './backup-actions';

const SECTIONS = ['templates', 'calendar', 'plan', 'campaigns', 'reports', 'listening', 'settings', 'data'] as const;
type Section = (typeof SECTIONS)[number];

function currentSection(): Section {
  const h = location.hash.replace('#', '');
  return (SECTIONS as readonly string[]).includes(h) ? (h as Section) : 'templates';
}

export function DashboardApp() {
  const t = useT();
  const [section, setSection] = useState<Section>(currentSection);
  useEffect(() => {
    const on = () => setSection(currentSection());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const screens: Record<Section, ReactNode> = {
    templates: <TemplatesScreen />,
    calendar: <CalendarScreen />,
    plan: <PlanScreen />,
    campaigns: <CampaignsScreen />,
    reports: <ReportsScreen />,
    listening: <ListeningScreen />,
    settings: <SettingsScreen />,
    data: <DataScreen />,
  };
  return (
    <PageShell className="dashboard">
      <div style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
        <header className="row" style={{ justifyContent: 'space-between' }}>
          <h1>Kelola — {t('nav.dashboard')}</h1>
          <div className="row">
            <ImportControl />
            <button className="primary" type="button" data-testid="export-backup" onClick={() => void downloadBackup()}>
              {t('backup.export')}
            </button>
          </div>
        </header>
        <nav className="tabs" aria-label={t('nav.sections')}>
          {SECTIONS.map((s) => (
            <a key={s} href={`#${s}`} aria-current={s === section ? 'page' : undefined} data-testid={`nav-${s}`}>
              {t(`nav.${s}`)}
            </a>
          ))}
        </nav>
        <main>{screens[section]}</main>
      </div>
    </PageShell>
  );
}
