import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { PageShell } from '../ui/page-shell';
import { useT } from '../app-context';
import { currentSection, prefetchScreens, SCREEN_LOADERS, SECTIONS, type Section } from './screens';

// The header's backup controls load beside the screen, not before it.
const ImportControl = lazy(() => import('./import-control').then((m) => ({ default: m.ImportControl })));
const downloadBackup = () => import('./backup-actions').then((m) => m.downloadBackup());

const SCREENS = {} as Record<Section, ComponentType>;
for (const s of SECTIONS) SCREENS[s] = lazy(SCREEN_LOADERS[s]);

export function DashboardApp() {
  const t = useT();
  const [section, setSection] = useState<Section>(currentSection);
  useEffect(() => {
    const on = () => setSection(currentSection());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  // Once the first screen's code is in, the others load in idle time: switching then waits only for data.
  useEffect(() => {
    const first = currentSection();
    let stop: (() => void) | undefined;
    let live = true;
    void SCREEN_LOADERS[first]()
      .catch(() => undefined)
      .then(() => {
        if (live) stop = prefetchScreens(first);
      });
    return () => {
      live = false;
      stop?.();
    };
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
