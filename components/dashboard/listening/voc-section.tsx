import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { digestToCsv, digestToText } from '@/lib/listening/digest';
import { loadDigest } from '@/lib/services/listening';
import { addDays, parseDateKey, weekdayOf, zonedTimeToUtc } from '@/lib/calendar/tz';
import { dayKey } from '@/lib/timers';
import { useApi, useLang, useSettings, useT } from '../../app-context';
import { downloadText } from '../../ui/download';

function weekStart(key: string): string {
  // Weeks start on Monday, as Indonesian and British calendars do.
  return addDays(key, -((weekdayOf(key) + 6) % 7));
}

function startOf(key: string, timeZone: string): number {
  const { year, month, day } = parseDateKey(key);
  return zonedTimeToUtc({ year, month, day, hour: 0, minute: 0 }, timeZone);
}

/** The weekly voice-of-the-customer digest, exportable as text and CSV. */
export function VocSection() {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const settings = useSettings();
  const thisWeek = weekStart(dayKey(Date.now(), settings.timeZone));
  const [week, setWeek] = useState(thisWeek);
  const [status, setStatus] = useState<string | null>(null);
  const from = startOf(week, settings.timeZone);
  const to = startOf(addDays(week, 7), settings.timeZone);
  const digest = useLiveQuery(() => loadDigest(from, to), [from, to]);

  return (
    <section className="stack" aria-labelledby="voc-h">
      <h2 id="voc-h">{t('listening.voc.title')}</h2>
      <p className="muted">{t('listening.voc.help')}</p>
      <div className="row">
        <label>
          {t('listening.voc.week')}
          <input type="date" data-testid="voc-week" value={week} onChange={(e) => e.target.value && setWeek(weekStart(e.target.value))} />
        </label>
        <button type="button" data-testid="voc-this-week" onClick={() => setWeek(thisWeek)}>{t('listening.voc.thisWeek')}</button>
        <button type="button" data-testid="voc-last-week" onClick={() => setWeek(addDays(thisWeek, -7))}>{t('listening.voc.lastWeek')}</button>
      </div>
      {digest && (
        <>
          <p className="muted" data-testid="voc-sources">{t('listening.voc.sources', digest.interactions, digest.mentions)}</p>
          <div className="row">
            <button type="button" data-testid="voc-copy" onClick={() => void api.copyText(digestToText(digest, lang, settings.timeZone)).then(() => setStatus(t('listening.voc.copied')))}>
              {t('listening.voc.copy')}
            </button>
            <button type="button" data-testid="voc-export-text" onClick={() => downloadText(`kelola-voc-${week}.txt`, digestToText(digest, lang, settings.timeZone), 'text/plain;charset=utf-8')}>
              {t('listening.voc.exportText')}
            </button>
            <button type="button" data-testid="voc-export-csv" onClick={() => downloadText(`kelola-voc-${week}.csv`, digestToCsv(digest, lang), 'text/csv;charset=utf-8')}>
              {t('listening.voc.exportCsv')}
            </button>
            {status && <span role="status">{status}</span>}
          </div>
          <div className="listening-grid">
            {digest.sections.map((s) => (
              <section key={s.id} className="card stack" data-testid={`voc-section-${s.id}`}>
                <h3>
                  {t(`listening.voc.section.${s.id}`)} ({s.total})
                </h3>
                {s.themes.length === 0 ? (
                  <p className="muted">{t('listening.voc.none')}</p>
                ) : (
                  <ol className="stack" style={{ margin: 0, paddingLeft: 18 }}>
                    {s.themes.map((th) => (
                      <li key={th.theme} className="voc-theme" data-testid="voc-theme" data-theme={th.theme}>
                        <strong>
                          {th.theme} <span className="muted">— {t('listening.voc.count', th.count)}</span>
                        </strong>
                        {th.examples.map((ex, i) => (
                          <span key={i} className="voc-example">
                            “{ex.excerpt}” — {ex.author || '?'} ({t(`platform.${ex.platform}`)})
                          </span>
                        ))}
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
