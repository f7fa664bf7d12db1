import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { slaState } from '@/lib/timers';
import type { SlaState } from '@/lib/models';
import { useSettings, useT } from '../app-context';

/** Open items across platforms, grouped by SLA state. */
export function UnansweredSection({ now }: { now: number }) {
  const t = useT();
  const settings = useSettings();
  const open = useLiveQuery(() => getDb().interactions.where('status').equals('open').toArray(), []);
  const counts: Record<Exclude<SlaState, 'answered'>, number> = { breached: 0, warning: 0, ok: 0 };
  for (const row of open ?? []) {
    const s = slaState(row, now, settings.sla);
    if (s !== 'answered') counts[s] += 1;
  }
  return (
    <section className="stack" aria-labelledby="unanswered-h">
      <h2 id="unanswered-h">{t('queue.unanswered')}</h2>
      <div className="row" data-testid="unanswered-counts">
        {(['breached', 'warning', 'ok'] as const).map((s) => (
          <span key={s} className={`pill sla-${s}`} data-sla={s}>
            {t(`sla.${s}`)}: {counts[s]}
          </span>
        ))}
      </div>
    </section>
  );
}
