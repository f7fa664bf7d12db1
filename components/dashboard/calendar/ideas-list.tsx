import { useEffect, useRef } from 'react';
import { Draggable } from '@fullcalendar/interaction';
import type { Post } from '@/lib/models';
import { eventTitle } from '@/lib/services/calendar';
import { useT } from '../../app-context';

/**
 * Unscheduled posts. Each one is a FullCalendar external draggable: dropping it on a day or time
 * schedules it (the calendar's `drop` callback reads `data-idea-id`).
 */
export function IdeasList({ ideas, onEdit, onNew }: { ideas: readonly Post[]; onEdit: (post: Post) => void; onNew: () => void }) {
  const t = useT();
  const ref = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const draggable = new Draggable(el, {
      itemSelector: '[data-idea-id]',
      eventData: (item) => ({ title: item.getAttribute('data-title') ?? '', duration: '00:30', create: false }),
    });
    return () => draggable.destroy();
  }, []);

  return (
    <aside className="stack card" aria-labelledby="ideas-h">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="ideas-h">{t('calendar.ideas.title')}</h2>
        <button type="button" data-testid="idea-new" onClick={onNew}>
          {t('calendar.ideas.new')}
        </button>
      </div>
      <p className="muted">{t('calendar.ideas.help')}</p>
      <ul ref={ref} className="list ideas" data-testid="ideas-list">
        {ideas.length === 0 && <li className="empty">{t('calendar.ideas.empty')}</li>}
        {ideas.map((p) => (
          <li key={p.id} className="idea-item" data-idea-id={p.id} data-title={eventTitle(p)} data-testid="idea-item">
            <span className="excerpt">{eventTitle(p) || t('calendar.ideas.untitled')}</span>
            <span className="row">
              <span className="pill muted">{t(`calendar.status.${p.status}`)}</span>
              <button type="button" data-testid="idea-edit" onClick={() => onEdit(p)}>
                {t('common.edit')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
