import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { PLATFORMS, effectiveSentiment, type Interaction, type ItemKind, type Platform, type Sentiment, type SlaState } from '@/lib/models';
import { formatWaiting, slaState, sortByUrgency, waitingMillis } from '@/lib/timers';
import { useApi, useLang, useSettings, useT } from '../app-context';

interface TabInfo {
  id: number;
  ids: string[];
}

function useNow(periodMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(h);
  }, [periodMs]);
  return now;
}

/** The current tab's unanswered items, most urgent first. */
export function Queue() {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const settings = useSettings();
  const now = useNow(15_000);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [platform, setPlatform] = useState<Platform | ''>('');
  const [sentiment, setSentiment] = useState<Sentiment | ''>('');
  const [kind, setKind] = useState<ItemKind | ''>('');

  useEffect(() => {
    let alive = true;
    async function load() {
      const active = await api.activeTab();
      if (!active) return alive && setTab(null);
      const res = await api.send<{ ids: string[] }>({ type: 'tab/items', tabId: active.id });
      if (alive) setTab({ id: active.id, ids: res.ok ? res.ids : [] });
    }
    void load();
    const stop = api.watchActiveTab(() => void load());
    const poll = setInterval(() => void load(), 3000);
    return () => {
      alive = false;
      stop();
      clearInterval(poll);
    };
  }, [api]);

  const rows = useLiveQuery(async () => {
    if (!tab || tab.ids.length === 0) return [] as Interaction[];
    const got = await getDb().interactions.bulkGet(tab.ids);
    return got.filter((r): r is Interaction => !!r);
  }, [tab?.ids.join('|')]);

  const withState = useMemo(
    () => (rows ?? []).map((r) => ({ row: r, state: slaState(r, now, settings.sla) as SlaState })),
    [rows, now, settings.sla],
  );
  const counts = { breached: 0, warning: 0, ok: 0, answered: 0 } as Record<SlaState, number>;
  for (const w of withState) counts[w.state] += 1;

  const stateOf = new Map(withState.map((w) => [w.row.id, w.state]));
  const visible = sortByUrgency(
    withState
      .map((w) => w.row)
      .filter((r) => r.status === 'open')
      .filter((r) => !platform || r.platform === platform)
      .filter((r) => !sentiment || effectiveSentiment(r) === sentiment)
      .filter((r) => !kind || r.kind === kind),
    now,
    settings.sla,
  ).map((row) => ({ row, state: stateOf.get(row.id) ?? 'ok' }));

  if (!tab) return <p className="empty">{t('queue.noTab')}</p>;
  return (
    <section className="stack" aria-labelledby="queue-h">
      <h2 id="queue-h">{t('queue.title')}</h2>
      <div className="row" data-testid="queue-counts">
        {(['breached', 'warning', 'ok', 'answered'] as const).map((s) => (
          <span key={s} className={`pill sla-${s}`} data-sla={s} data-count={counts[s]}>
            {t(`sla.${s}`)}: {counts[s]}
          </span>
        ))}
      </div>
      <div className="row">
        <select aria-label={t('queue.filterPlatform')} value={platform} onChange={(e) => setPlatform(e.target.value as Platform | '')}>
          <option value="">{t('queue.allPlatforms')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>{t(`platform.${p}`)}</option>
          ))}
        </select>
        <select aria-label={t('queue.filterSentiment')} value={sentiment} onChange={(e) => setSentiment(e.target.value as Sentiment | '')}>
          <option value="">{t('queue.allSentiments')}</option>
          {(['negative', 'neutral', 'positive'] as const).map((s) => (
            <option key={s} value={s}>{t(`sentiment.${s}`)}</option>
          ))}
        </select>
        <select aria-label={t('queue.filterKind')} value={kind} onChange={(e) => setKind(e.target.value as ItemKind | '')}>
          <option value="">{t('queue.allKinds')}</option>
          {(['comment', 'reply', 'message'] as const).map((k) => (
            <option key={k} value={k}>{t(`kind.${k}`)}</option>
          ))}
        </select>
      </div>
      {visible.length === 0 ? (
        <p className="empty" data-testid="queue-empty">{t('queue.empty')}</p>
      ) : (
        <ul className="list" data-testid="queue">
          {visible.map(({ row, state }) => {
            const s = effectiveSentiment(row);
            return (
              <li key={row.id} data-testid="queue-item" data-item={row.id}>
                <button
                  type="button"
                  style={{ all: 'unset', cursor: 'pointer', display: 'grid', gap: 2, width: '100%' }}
                  onClick={() => void api.send({ type: 'item/focus', tabId: tab.id, id: row.id })}
                >
                  <span className="row">
                    <span className={`pill sla-${state}`}>{formatWaiting(waitingMillis(row, now, settings.sla.businessHours), lang)}</span>
                    {s && <span className={`pill sent-${s}`}>{t(`sentiment.${s}`)}</span>}
                    <strong>{row.author || row.authorHandle}</strong>
                    <span className="muted">{t(`platform.${row.platform}`)} · {t(`kind.${row.kind}`)}</span>
                  </span>
                  <span className="excerpt">{row.excerpt}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
