import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { PageShell } from '../ui/page-shell';
import { useT } from '../app-context';

// The header's backup controls load beside the screen, not before it.
const ImportControl = lazy(() => import('./import-control').then((m) => ({ default: m.ImportControl })));
const downloadBackup = () => import('./backup-actions').then((m) => m.downloadBackup());

const SECTIONS = ['templates', 'calendar', 'plan', 'campaigns', 'reports', 'listening', 'settings', 'data'] as const;
type Section = (typeof SECTIONS)[number];

// Each screen is its own chunk: opening the dashboard on one section loads and runs only that
// screen's code (the calendar does not wait for the charts, the listening model or the editors).
const SCREENS: Record<Section, ComponentType> = {
  templates: lazy(() => import('./templates-screen').then((m) => ({ default: m.TemplatesScreen }))),
  calendar: lazy(() => import('./calendar/calendar-screen').then((m) => ({ default: m.CalendarScreen }))),
  plan: lazy(() => import('./plan/plan-screen').then((m) => ({ default: m.PlanScreen }))),
  campaigns: lazy(() => import('./campaigns/campaigns-screen').then((m) => ({ default: m.CampaignsScreen }))),
  reports: lazy(() => import('./reports/reports-screen').then((m) => ({ default: m.ReportsScreen }))),
  listening: lazy(() => import('./listening/listening-screen').then((m) => ({ default: m.ListeningScreen }))),
  settings: lazy(() => import('./settings-screen').then((m) => ({ default: m.SettingsScreen }))),
  data: lazy(() => import('./data-screen').then((m) => ({ default: m.DataScreen }))),
};

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
  const Screen = SCREENS[section];
  return (
    <PageShell className="dashboard">
      <div style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
        <header className="row" style={{ justifyContent: 'space-between' }}>
          <h1>Kelola — {t('nav.dashboard')}</h1>
          <div className="row">
            <Suspense fallback={null}>
              <ImportControl />
            </Suspense>
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
        <main>
          <Suspense fallback={null}>
            <Screen />
          </Suspense>
        </main>
      </div>
    </PageShell>
  );
}
