import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { REVISION_KEY } from '@/lib/db/revision';
import { getSettings } from '@/lib/db/repos/settings';
import { PLATFORMS } from '@/lib/models';
import { ensureChecklistTasks } from '@/lib/services/tasks';
import { loadPopupSource, popupView, POPUP_PERIODS, type PlatformFilter, type PopupPeriod, type PopupSource } from '@/lib/services/kpi-snapshot';
import { saveSnapshot } from '@/lib/services/popup-snapshot';
import { useApi, useLang, useT } from '../app-context';
import { PageShell } from '../ui/page-shell';
import { TasksSection } from './tasks-section';
import { UnansweredSection } from './unanswered-section';
import { KpiSection } from './kpi-section';
import { localeOf } from './kpi-format';
import './popup.css';

const PREF_KEY = 'kelola.popup';

export function readPrefs(): { period: PopupPeriod; platform: PlatformFilter } {
  try {
    const raw = JSON.parse(localStorage.getItem(PREF_KEY) ?? '{}') as { period?: unknown; platform?: unknown };
    const period = POPUP_PERIODS.find((p) => p === raw.period) ?? 'week';
    const platform = raw.platform === 'all' ? 'all' : PLATFORMS.find((p) => p === raw.platform) ?? 'all';
    return { period, platform };
  } catch {
    return { period: 'week', platform: 'all' };
  }
}

/**
 * The toolbar popup: what to do today and how the figures stand. Everything shown comes from one
 * `PopupSource`: the stored snapshot when it still holds (so the first commit is complete), else
 * one read. A write anywhere changes the data revision, which the popup watches: it then reads
 * again, so it never keeps showing figures older than the data.
 */
export function PopupApp(props: { now: number; prefs: ReturnType<typeof readPrefs>; snapshot: PopupSource | null }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const { now } = props;
  const [prefs, setPrefs] = useState(props.prefs);
  const [ready, setReady] = useState(false);
  const shown = useRef<PopupSource | null>(props.snapshot);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await ensureChecklistTasks(await getSettings(), now);
      } catch {
        // The checklist is a convenience: a failed write must not keep the popup from showing.
      }
      if (live) setReady(true);
    })();
    return () => {
      live = false;
    };
  }, [now]);

  const source = useLiveQuery(
    async () => {
      if (!ready) return undefined;
      const row = await getDb().meta.get(REVISION_KEY);
      const rev = typeof row?.value === 'string' ? row.value : null;
      const last = shown.current;
      if (last && last.rev === rev && last.period === prefs.period && last.platform === prefs.platform) return last;
      const next = await loadPopupSource(now, prefs.period, prefs.platform);
      void saveSnapshot(next).catch(() => undefined);
      return next;
    },
    [ready, now, prefs.period, prefs.platform],
  );
  const current = source ?? (shown.current && shown.current.period === prefs.period && shown.current.platform === prefs.platform ? shown.current : undefined);
  if (current) shown.current = current;
  const data = useMemo(() => (current ? popupView(current, now) : undefined), [current, now]);

  function update(next: Partial<typeof prefs>) {
    const merged = { ...prefs, ...next };
    setPrefs(merged);
    try {
      localStorage.setItem(PREF_KEY, JSON.stringify(merged));
    } catch {
      // Private windows may refuse storage; the choice then lasts for this opening only.
    }
  }

  const date = new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', day: 'numeric', month: 'long' }).format(now);
  return (
    <PageShell className="popup stack">
      <header className="row popup-header">
        <div>
          <h1>Kelola</h1>
          <div className="muted">{date}</div>
        </div>
        <div className="row">
          <button type="button" onClick={() => api.openSidePanel?.()}>{t('nav.sidePanel')}</button>
          <button type="button" onClick={() => void api.openDashboard()}>{t('nav.dashboard')}</button>
        </div>
      </header>
      <div className="row popup-filters">
        <label>
          {t('popup.period')}
          <select data-testid="popup-period" value={prefs.period} onChange={(e) => update({ period: e.target.value as PopupPeriod })}>
            {POPUP_PERIODS.map((p) => (
              <option key={p} value={p}>{t(`popup.periods.${p}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('popup.platform')}
          <select data-testid="popup-platform" value={prefs.platform} onChange={(e) => update({ platform: e.target.value as PlatformFilter })}>
            <option value="all">{t('queue.allPlatforms')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>{t(`platform.${p}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {data ? (
        <div className="stack" data-testid="popup-body">
          <UnansweredSection groups={data.unanswered} total={data.unansweredTotal} />
          <TasksSection data={data} />
          <KpiSection data={data} />
        </div>
      ) : (
        <div className="popup-pending" aria-busy="true" />
      )}
    </PageShell>
  );
}
