import type { UnansweredGroup } from '@/lib/services/kpi-snapshot';
import { formatWaiting } from '@/lib/timers';
import { useApi, useLang, useT } from '../app-context';

/** Open items across platforms, grouped by SLA state; each opens the page it was seen on. */
export function UnansweredSection({ groups, total }: { groups: readonly UnansweredGroup[]; total: number }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  return (
    <section className="stack" aria-labelledby="unanswered-h">
      <h2 id="unanswered-h">
        {t('queue.unanswered')} <span className="muted">({total})</span>
      </h2>
      <div className="row" data-testid="unanswered-counts">
        {groups.map((g) => (
          <span key={g.state} className={`pill sla-${g.state}`} data-sla={g.state}>
            {t(`sla.${g.state}`)}: {g.count}
          </span>
        ))}
      </div>
      {groups
        .filter((g) => g.count > 0)
        .map((g) => (
          <details key={g.state} open={g.state !== 'ok'} data-testid={`unanswered-${g.state}`}>
            <summary className={`sla-${g.state}`}>
              {t(`sla.${g.state}`)} · {g.count}
            </summary>
            <ul className="list">
              {g.items.map((i) => (
                <li key={i.id}>
                  <button
                    type="button"
                    className="linklike"
                    data-testid="unanswered-item"
                    disabled={!i.url}
                    title={i.url ? t('popup.openItem') : t('popup.noLink')}
                    onClick={() => i.url && void api.openUrl(i.url)}
                  >
                    <span className="pill">{t(`platform.${i.platform}`)}</span>{' '}
                    <strong>{i.author}</strong>
                    {i.negative && <span className="pill sent-negative">{t('sentiment.negative')}</span>}{' '}
                    <span className="excerpt">{i.excerpt}</span>
                  </button>
                  <span className={`muted sla-${g.state}`}>{formatWaiting(i.waitingMs, lang)}</span>
                </li>
              ))}
            </ul>
            {g.count > g.items.length && <p className="muted">{t('popup.moreItems', g.count - g.items.length)}</p>}
          </details>
        ))}
    </section>
  );
}
