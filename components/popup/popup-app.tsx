import { useEffect, useMemo, useRef, useState } from 'react';
import { afterPaint } from '@/components/ui/after-paint';
import { PLATFORMS } from '@/lib/models/platforms';
import type { PlatformFilter, PopupPeriod, PopupSource } from '@/lib/services/kpi-snapshot';
import { popupView, POPUP_PERIODS } from '@/lib/services/popup-view';
import { translatePopup } from '@/lib/i18n/popup';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';
import { AppProvider, useApi, useLang, useSettings, useT, type ExtApi } from '../app-context';
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

type Prefs = ReturnType<typeof readPrefs>;

/**
 * The toolbar popup: what to do today and how the figures stand. Everything shown comes from one
 * `PopupSource`: the stored snapshot when it still holds (read before the first render, without
 * the database layer, so the first commit is complete), else one full read. After painting, the
 * database side is loaded: it follows the data revision, which any write replaces, and reads again
 * when it changed, so the popup never keeps showing figures older than the data. The settings
 * (language) come with the source.
 */
export function PopupApp(props: { now: number; prefs: Prefs; initial: PopupSource | null; api: ExtApi; browserLang: string }) {
  const { now } = props;
  const [prefs, setPrefs] = useState(props.prefs);
  const [source, setSource] = useState<PopupSource | null>(props.initial);
  const shown = useRef<PopupSource | null>(props.initial);
  const current = source && source.period === prefs.period && source.platform === prefs.platform ? source : null;
  if (current) shown.current = current;

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    // The database side loads once the first frame is on screen: loading it earlier delays the paint.
    const cancel = afterPaint(() => {
      void import('./popup-live').then(async (db) => {
        await db.ensureChecklist(now);
        if (live) stop = db.watchPopupSource(now, prefs.period, prefs.platform, () => shown.current, (next) => live && setSource(next));
      });
    });
    return () => {
      live = false;
      cancel();
      stop?.();
    };
  }, [now, prefs.period, prefs.platform]);

  return (
    <AppProvider api={props.api} browserLang={props.browserLang} settings={(current ?? shown.current)?.settings} translate={translatePopup}>
      <PopupBody now={now} prefs={prefs} source={current} onPrefs={setPrefs} />
    </AppProvider>
  );
}

function PopupBody({ now, prefs, source, onPrefs }: { now: number; prefs: Prefs; source: PopupSource | null; onPrefs: (p: Prefs) => void }) {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const api = useApi();
  const data = useMemo(() => (source ? popupView(source, now) : undefined), [source, now]);

  function update(next: Partial<typeof prefs>) {
    const merged = { ...prefs, ...next };
    onPrefs(merged);
    try {
      localStorage.setItem(PREF_KEY, JSON.stringify(merged));
    } catch {
      // Private windows may refuse storage; the choice then lasts for this opening only.
    }
  }

  const date = dateTimeFormat(localeOf(lang), { weekday: 'long', day: 'numeric', month: 'long', timeZone: settings.timeZone }).format(now);
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
