import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { addDays, resolveLocal, seasonalDates, seasonalName } from '@/lib/calendar';
import { translate } from '@/lib/i18n';
import type { Post } from '@/lib/models';
import {
  calendarDateToInstant,
  createEventCache,
  defaultTimeForDay,
  filterPosts,
  limitPerDay,
  instantToCalendarDate,
  listIdeas,
  movePost,
  newPostDraft,
  postsInRange,
  slotOverlay,
  type PostDraft,
  type PostFilters,
} from '@/lib/services/calendar';
import { listCampaigns } from '@/lib/services/campaigns';
import { getPlan, monthOf, planMix } from '@/lib/services/plans';
import { useApi, useLang, useSettings, useT } from '../../app-context';
import { MixTable } from '../plan/mix-table';
import { MetaImport } from '../campaigns/meta-import';
import { CalendarFilters, type CalendarOptions } from './calendar-filters';
import { CalendarView, type SeasonalMark } from './calendar-view';
import { CsvImport } from './csv-import';
import { ExportButtons } from './export-buttons';
import { IdeasList } from './ideas-list';
import { PostForm } from './post-form';
import './calendar.css';

const EMPTY_POSTS: Post[] = [];
const MONTH_CELL_POSTS = 3;

const DAY = 86_400_000;

/** The range the month view shows first (six weeks from the Monday before the 1st), so posts load while the calendar mounts. */
function monthGridRange(now: Date): { start: Date; end: Date } {
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY;
  return { start: new Date(start), end: new Date(start + 42 * DAY) };
}

function dateKeyOf(calendarDate: Date): string {
  return calendarDate.toISOString().slice(0, 10);
}

/** The content calendar: month/week/list views, ideas, filters, slots, seasonal dates, import/export. */
export function CalendarScreen() {
  // The zone decides which posts are queried; waiting for the stored settings avoids a first query
  // in the default zone that is thrown away a moment later.
  const stored = useLiveQuery(() => getDb().settings.get('settings').then((s) => s ?? null), []);
  const settings = useSettings();
  const lang = useLang();
  if (stored === undefined) return null;
  return <CalendarBody tz={stored?.timeZone ?? settings.timeZone} seasonalOnStart={lang === 'id'} />;
}

function CalendarBody({ tz, seasonalOnStart }: { tz: string; seasonalOnStart: boolean }) {
  const t = useT();
  const lang = useLang();
  const [now] = useState(() => instantToCalendarDate(Date.now(), tz));
  const [range, setRange] = useState<{ start: Date; end: Date } | null>(() => monthGridRange(now));
  const [viewType, setViewType] = useState('dayGridMonth');
  const [filters, setFilters] = useState<PostFilters>({});
  const [options, setOptions] = useState<CalendarOptions>({ colorBy: 'platform', seasonal: seasonalOnStart });
  const [editing, setEditing] = useState<Post | PostDraft | null>(null);
  const [panel, setPanel] = useState<'plan-csv' | 'meta' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const buildEvents = useRef(createEventCache());
  const api = useApi();
  // The worker keeps one alarm per scheduled post; it is told whenever posts change here.
  const syncReminders = useCallback(() => {
    void api.send({ type: 'alarms/reconcile' });
  }, [api]);

  const startKey = range ? dateKeyOf(range.start) : null;
  const endKey = range ? addDays(dateKeyOf(range.end), -1) : null;
  const month = range ? monthOf(calendarDateToInstant(new Date((range.start.getTime() + range.end.getTime()) / 2), tz), tz) : monthOf(Date.now(), tz);

  const posts =
    useLiveQuery(
      () => (range ? postsInRange(calendarDateToInstant(range.start, tz), calendarDateToInstant(range.end, tz)) : Promise.resolve(EMPTY_POSTS)),
      [range?.start.getTime(), range?.end.getTime(), tz],
    ) ?? EMPTY_POSTS;
  const ideas = useLiveQuery(() => listIdeas(), []) ?? EMPTY_POSTS;
  const campaigns = useLiveQuery(() => listCampaigns(), []) ?? [];
  const accounts = useLiveQuery(() => getDb().accounts.where('role').equals('own').toArray(), []) ?? [];
  const plan = useLiveQuery(() => getPlan(month), [month]) ?? null;

  const filtered = useMemo(() => filterPosts(posts, filters), [posts, filters]);
  const allEvents = useMemo(() => buildEvents.current(filtered, options.colorBy, tz), [filtered, options.colorBy, tz]);
  // A month cell shows a few posts and a "+n" link; building only those keeps busy months fast.
  const limited = useMemo(
    () => (viewType === 'dayGridMonth' ? limitPerDay(allEvents, MONTH_CELL_POSTS) : { shown: allEvents, more: [] }),
    [allEvents, viewType],
  );
  const overlay = useMemo(() => (startKey && endKey ? slotOverlay(plan, posts, startKey, endKey, tz) : { gaps: [], over: [] }), [plan, posts, startKey, endKey, tz]);
  const seasonal = useMemo<SeasonalMark[]>(() => {
    if (!options.seasonal || !startKey || !endKey) return [];
    return seasonalDates(startKey, endKey).map((d) => ({
      key: d.key,
      date: d.date,
      title: d.estimate ? `${seasonalName(d, lang)} (${translate(lang, 'calendar.seasonal.estimate')})` : seasonalName(d, lang),
    }));
  }, [options.seasonal, startKey, endKey, lang]);
  const mix = useLiveQuery(() => planMix(month, tz), [month, tz]);
  const pillars = useMemo(() => {
    const names = new Set(plan?.pillars.map((p) => p.name) ?? []);
    for (const p of posts) if (p.pillar) names.add(p.pillar);
    return [...names].sort();
  }, [plan, posts]);
  const labels = useMemo(
    () => ({
      gap: translate(lang, 'calendar.slots.gap'),
      over: (n: number, slots: number, platform: string) => translate(lang, 'calendar.slots.over', platform, n, slots),
      more: (n: number) => translate(lang, 'calendar.more', n),
    }),
    [lang],
  );

  const instantFor = useCallback(
    (date: Date, allDay: boolean, platforms: Post['platforms']): number => {
      if (!allDay) return calendarDateToInstant(date, tz);
      const key = dateKeyOf(date);
      const [hh, mm] = defaultTimeForDay(plan, platforms, key).split(':').map(Number) as [number, number];
      const [y, mo, d] = key.split('-').map(Number) as [number, number, number];
      return resolveLocal({ year: y, month: mo, day: d, hour: hh, minute: mm }, tz).instant;
    },
    [plan, tz],
  );

  const onRange = useCallback((start: Date, end: Date, type: string) => {
    setViewType(type);
    setRange((prev) => (prev && prev.start.getTime() === start.getTime() && prev.end.getTime() === end.getTime() ? prev : { start, end }));
  }, []);
  const onCreate = useCallback(
    (date: Date, allDay: boolean) => {
      setEditing(newPostDraft(tz, instantFor(date, allDay, [])));
    },
    [tz, instantFor],
  );
  const onEdit = useCallback((postId: string) => {
    void getDb()
      .posts.get(postId)
      .then((p) => p && setEditing(p));
  }, []);
  const onMove = useCallback(
    (postId: string, start: Date, revert: () => void) => {
      setMessage(null);
      movePost(postId, calendarDateToInstant(start, tz), Date.now())
        .then(syncReminders)
        .catch((err: Error) => {
          revert();
          setMessage(translate(lang, 'calendar.moveFailed', err.message));
        });
    },
    [tz, lang, syncReminders],
  );
  const onDropIdea = useCallback(
    (postId: string, date: Date, allDay: boolean) => {
      setMessage(null);
      void getDb()
        .posts.get(postId)
        .then((p) => {
          if (!p) return;
          return movePost(postId, instantFor(date, allDay, p.platforms), Date.now()).then(syncReminders);
        })
        .catch((err: Error) => setMessage(translate(lang, 'calendar.moveFailed', err.message)));
    },
    [instantFor, lang, syncReminders],
  );

  return (
    <section className="stack" data-testid="calendar-screen">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2>{t('calendar.title')}</h2>
        <div className="row">
          <button type="button" className="primary" data-testid="post-new" onClick={() => setEditing(newPostDraft(tz, null))}>
            {t('calendar.newPost')}
          </button>
          <button type="button" data-testid="open-plan-import" onClick={() => setPanel(panel === 'plan-csv' ? null : 'plan-csv')}>
            {t('calendar.import.open')}
          </button>
          <button type="button" data-testid="open-meta-import" onClick={() => setPanel(panel === 'meta' ? null : 'meta')}>
            {t('campaigns.meta.open')}
          </button>
          <ExportButtons filters={filters} timeZone={tz} />
        </div>
      </div>
      <p className="muted">{t('calendar.zoneNote', tz)}</p>
      {panel === 'plan-csv' && <CsvImport timeZone={tz} campaigns={campaigns} pillars={plan?.pillars.map((p) => p.name) ?? []} onImported={syncReminders} onClose={() => setPanel(null)} />}
      {panel === 'meta' && <MetaImport campaigns={campaigns} onClose={() => setPanel(null)} />}
      {editing && (
        <PostForm
          key={'id' in editing ? editing.id : `new-${editing.scheduledAt ?? 'idea'}`}
          post={editing}
          campaigns={campaigns}
          accounts={accounts}
          plan={plan}
          onDone={() => {
            setEditing(null);
            syncReminders();
          }}
        />
      )}
      <CalendarFilters filters={filters} onFilters={setFilters} options={options} onOptions={setOptions} campaigns={campaigns} accounts={accounts} pillars={pillars} />
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="legend" aria-hidden="true">
        <span>
          <span className="swatch" style={{ background: '#fde68a' }} />
          {t('calendar.slots.legendGap')}
        </span>
        <span>
          <span className="swatch" style={{ background: '#fecaca' }} />
          {t('calendar.slots.legendOver')}
        </span>
        <span data-testid="slot-stats">{t('calendar.slots.stats', overlay.gaps.length, overlay.over.length)}</span>
      </div>
      <div className="calendar-layout">
        <CalendarView
          events={limited.shown}
          more={limited.more}
          overlay={overlay}
          seasonal={seasonal}
          lang={lang}
          now={now}
          labels={labels}
          onRange={onRange}
          onCreate={onCreate}
          onEdit={onEdit}
          onMove={onMove}
          onDropIdea={onDropIdea}
        />
        <IdeasList ideas={filterPosts(ideas, filters)} onEdit={setEditing} onNew={() => setEditing(newPostDraft(tz, null))} />
      </div>
      <details data-testid="calendar-mix" open>
        <summary>{t('calendar.mixTitle', month)}</summary>
        <MixTable mix={mix} />
      </details>
    </section>
  );
}
