import { useState } from 'react';
import { exportCalendarCsv, exportCalendarIcs, type PostFilters } from '@/lib/services/calendar';
import { useLang, useT } from '../../app-context';
import { downloadText } from '../../ui/download';

/** Downloads the calendar (current filters) as ICS for calendar apps and as a re-importable CSV. */
export function ExportButtons({ filters, timeZone }: { filters: PostFilters; timeZone: string }) {
  const t = useT();
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);

  async function run(kind: 'ics' | 'csv') {
    setError(null);
    try {
      if (kind === 'ics') downloadText('kelola-calendar.ics', await exportCalendarIcs(filters, Date.now(), t('calendar.export.calendarName')), 'text/calendar');
      else downloadText('kelola-calendar.csv', await exportCalendarCsv(filters, timeZone, lang), 'text/csv');
    } catch (err) {
      setError(t('calendar.export.failed', (err as Error).message));
    }
  }

  return (
    <div className="row">
      <button type="button" data-testid="export-ics" onClick={() => void run('ics')}>
        {t('calendar.export.ics')}
      </button>
      <button type="button" data-testid="export-csv" onClick={() => void run('csv')}>
        {t('calendar.export.csv')}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
