import { memo, useMemo, useRef } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin, { type DateClickArg, type DropArg } from '@fullcalendar/interaction';
import idLocale from '@fullcalendar/core/locales/id';
import type { DatesSetArg, EventClickArg, EventDropArg, EventInput, EventMountArg } from '@fullcalendar/core';
import type { CalendarEvent, SlotOverlay } from '@/lib/services/calendar';
import { platformShort } from '@/lib/services/calendar';
import type { UiLang } from '@/lib/i18n';

export interface SeasonalMark {
  key: string;
  date: string;
  title: string;
}

export interface CalendarViewProps {
  events: readonly CalendarEvent[];
  /** Days of the month grid with posts left out, shown as a "+n" entry that opens the day. */
  more: ReadonlyArray<{ date: string; count: number }>;
  overlay: SlotOverlay;
  seasonal: readonly SeasonalMark[];
  lang: UiLang;
  /** Today as a calendar date (wall-clock as UTC in the settings' zone). */
  now: Date;
  labels: { gap: string; over: (posts: number, slots: number, platform: string) => string; more: (n: number) => string };
  onRange: (start: Date, end: Date, viewType: string) => void;
  onCreate: (date: Date, allDay: boolean) => void;
  onEdit: (postId: string) => void;
  onMove: (postId: string, start: Date, revert: () => void) => void;
  onDropIdea: (postId: string, date: Date, allDay: boolean) => void;
}

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin];
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;

function markPost(arg: EventMountArg): void {
  const postId = arg.event.extendedProps.postId as string | undefined;
  if (!postId) return;
  arg.el.setAttribute('data-testid', 'cal-event');
  arg.el.setAttribute('data-post-id', postId);
  arg.el.setAttribute('data-date', arg.event.start ? arg.event.start.toISOString().slice(0, 10) : '');
}

/**
 * FullCalendar in month, week and list views. It runs in UTC and receives wall-clock times of the
 * settings' zone, so what it shows and what it hands back are times in that zone.
 */
export const CalendarView = memo(function CalendarView(props: CalendarViewProps) {
  const { events, more, overlay, seasonal, lang, now, labels } = props;
  const calendar = useRef<FullCalendar>(null);

  const all = useMemo<EventInput[]>(() => {
    const out: EventInput[] = [...events];
    for (const g of overlay.gaps) {
      out.push({ id: `gap:${g.key}`, start: g.start, end: g.end, display: 'background', classNames: ['slot-gap'], title: `${labels.gap} ${platformShort(g.platform)} ${g.time}` });
    }
    const gapDays = new Set(overlay.gaps.map((g) => g.date));
    for (const d of gapDays) out.push({ id: `gapday:${d}`, start: d, allDay: true, display: 'background', classNames: ['day-gap'] });
    for (const o of overlay.over) {
      out.push({ id: `over:${o.platform}:${o.date}`, start: o.date, allDay: true, display: 'background', classNames: ['day-over'], title: labels.over(o.posts, o.slots, platformShort(o.platform)) });
    }
    for (const m of more) {
      out.push({ id: `more:${m.date}`, start: m.date, allDay: true, title: labels.more(m.count), classNames: ['more-posts'], editable: false, extendedProps: { moreDate: m.date } });
    }
    for (const s of seasonal) {
      out.push({ id: `seasonal:${s.key}:${s.date}`, start: s.date, allDay: true, title: s.title, classNames: ['seasonal-event'], editable: false, display: 'block' });
    }
    return out;
  }, [events, more, overlay, seasonal, labels]);

  return (
    <div data-testid="calendar">
      <FullCalendar
        ref={calendar}
        plugins={PLUGINS}
        timeZone="UTC"
        now={now}
        initialDate={now}
        initialView="dayGridMonth"
        locale={lang === 'id' ? idLocale : 'en-gb'}
        firstDay={1}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' }}
        height="auto"
        scrollTime="07:00:00"
        dayMaxEvents={6}
        eventTimeFormat={TIME_FORMAT}
        slotLabelFormat={TIME_FORMAT}
        editable
        eventDurationEditable={false}
        droppable
        events={all}
        eventDidMount={markPost}
        datesSet={(arg: DatesSetArg) => props.onRange(arg.start, arg.end, arg.view.type)}
        dateClick={(arg: DateClickArg) => props.onCreate(arg.date, arg.allDay)}
        eventClick={(arg: EventClickArg) => {
          const id = arg.event.extendedProps.postId as string | undefined;
          const moreDate = arg.event.extendedProps.moreDate as string | undefined;
          if (id) {
            arg.jsEvent.preventDefault();
            props.onEdit(id);
          } else if (moreDate) {
            calendar.current?.getApi().changeView('timeGridDay', moreDate);
          }
        }}
        eventDrop={(arg: EventDropArg) => {
          const id = arg.event.extendedProps.postId as string | undefined;
          if (!id || !arg.event.start) {
            arg.revert();
            return;
          }
          props.onMove(id, arg.event.start, arg.revert);
        }}
        drop={(arg: DropArg) => {
          const id = arg.draggedEl.getAttribute('data-idea-id');
          if (id) props.onDropIdea(id, arg.date, arg.allDay);
        }}
      />
    </div>
  );
});
