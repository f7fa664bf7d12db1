import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/lib/db/repos/settings';
import { handoverText, loadHandover } from '@/lib/services/handover';
import { useApi, useLang, useSettings, useT } from '../../app-context';

const SHIFT_HOURS = [4, 6, 8, 10, 12, 24] as const;
const HOUR = 3_600_000;

/** The shift handover: answered, pending by SLA state, negatives and notes, copied as plain text. */
export function HandoverPanel() {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const settings = useSettings();
  const [hours, setHours] = useState<number>(8);
  const [notes, setNotes] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const summary = useLiveQuery(async () => {
    const now = Date.now();
    return loadHandover(now - hours * HOUR, now, await getSettings());
  }, [hours]);
  const text = summary ? handoverText(summary, lang, { notes, agent: settings.agentName }) : '';

  async function copy() {
    try {
      await api.copyText(text);
      setStatus(t('handover.copied'));
    } catch {
      setStatus(t('handover.copyFailed'));
    }
  }

  return (
    <section className="card stack no-print-break" aria-labelledby="handover-h" data-testid="handover">
      <h2 id="handover-h">{t('handover.heading')}</h2>
      <div className="row">
        <label>
          {t('handover.shiftLength')}
          <select data-testid="handover-hours" value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {SHIFT_HOURS.map((h) => (
              <option key={h} value={h}>{t('handover.lastHours', h)}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('handover.notesLabel')}
        <textarea data-testid="handover-notes" rows={3} maxLength={4000} value={notes} placeholder={t('handover.notesPlaceholder')} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <pre className="handover-preview" data-testid="handover-preview">{text}</pre>
      <div className="row no-print">
        <button type="button" className="primary" data-testid="handover-copy" disabled={!summary} onClick={() => void copy()}>
          {t('handover.copy')}
        </button>
        {status && <span role="status" className="muted">{status}</span>}
      </div>
    </section>
  );
}
