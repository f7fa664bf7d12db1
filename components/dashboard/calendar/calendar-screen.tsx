import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { addDays, resolveLocal, seasonalDates, seasonalName } from '@/lib/calendar';
import { translate } from '@/lib/i18n';
import type { Post } from '@/lib/models';
import {
  calendarDateToInstant,
  calendarDays,
  createEventCache,
  defaultTimeForDay,
  filterPosts,
  firstPostsPerDay,
  limitPerDay,
  instantToCalendarDate,
  listIdeas,
  movePost,
  newPostDraft,
  postsInRange,
  slotOverlay,
  type CalendarEvent,
  type PostDraft,
  type PostFilters,
  type SlotOverlay,
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
const NO_OVERLAY: SlotOverlay = { gaps: [], over: [] };
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

/** What the month view shows first: today, its grid, and per day the first posts and a count of the rest. */
interface FirstMonth {
  tz: string;
  now: Date;
  range: { start: Date; end: Date };
  shown: Post[];
  more: Array<{ date: string; count: number }>;
}

/**
 * Reads the stored zone, then the current month's first posts per day. Only what the grid shows is
 * read, so the month appears at once however many posts it holds; all of the range's posts follow
 * after the first paint (filters, slots, other views).
 */
async function loadFirstMonth(fallbackZone: string): Promise<FirstMonth> {
  const stored = await getDb().settings.get('settings');
  const tz = stored?.timeZone ?? fallbackZone;
  const now = instantToCalendarDate(Date.now(), tz);
  const range = monthGridRange(now);
  const { shown, more } = await firstPostsPerDay(calendarDays(range.start, range.end, tz), MONTH_CELL_POSTS);
  return { tz, now, range, shown, more };
}

/** Keeps the previous array while its items are the same, so an equal result re-renders nothing. */
function useStableList<T>(list: readonly T[], same: (a: T, b: T) => boolean = Object.is): readonly T[] {
  const prev = useRef(list);
  const p = prev.current;
  if (p !== list && (p.length !== list.length || p.some((x, i) => !same(x, list[i]!)))) prev.current = list;
  return prev.current;
}

const sameMore = (a: { date: string; count: number }, b: { date: string; count: number }) => a.date === b.date && a.count === b.count;

/** The content calendar: month/week/list views, ideas, filters, slots, seasonal dates, import/export. */
export function CalendarScreen() {
  // The zone decides which posts are queried; waiting for the stored settings avoids a first query
  // in the default zone that is thrown away a moment later.
  const stored = useLiveQuery(() => getDb().settings.get('settings').then((s) => s ?? null), []);
  const settings = useSettings();
  const lang = useLang();
  const [firstLoad] = useState(() => loadFirstMonth(settings.timeZone));
  const [first, setFirst] = useState<FirstMonth | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    firstLoad.then(
      (f) => live && setFirst(f),
      () => live && setFirst(null),
    );
    return () => {
      live = false;
    };
  }, [firstLoad]);
  if (stored === undefined || first === undefined) return null;
  const tz = stored?.timeZone ?? settings.timeZone;
  return <CalendarBody tz={tz} first={first?.tz === tz ? first : null} seasonalOnStart={lang === 'id'} />;
}

function CalendarBody({ tz, first, seasonalOnStart }: { tz: string; first: FirstMonth | null; seasonalOnStart: boolean }) {
  const t = useT();
  const lang = useLang();
  const [now] = useState(() => first?.now ?? instantToCalendarDate(Date.now(), tz));
  const [range, setRange] = useState<{ start: Date; end: Date } | null>(() => first?.range ?? monthGridRange(now));
  // All posts of the range are read once the first month is on screen.
  const [readAll, setReadAll] = useState(first === null);
  useEffect(() => {
    if (readAll) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setReadAll(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [readAll]);
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

  const rangePosts = useLiveQuery(
    () => (!readAll ? Promise.resolve(null) : range ? postsInRange(calendarDateToInstant(range.start, tz), calendarDateToInstant(range.end, tz)) : Promise.resolve(EMPTY_POSTS)),
    [readAll, range?.start.getTime(), range?.end.getTime(), tz],
  );
  const posts = rangePosts ?? EMPTY_POSTS;
  // Until all posts are read, the month grid shows the first read (same range, no filters).
  const fromFirst =
    !rangePosts && first && range && viewType === 'dayGridMonth' && first.range.start.getTime() === range.start.getTime() && first.range.end.getTime() === range.end.getTime() && !Object.values(filters).some(Boolean)
      ? first
      : null;
  const ideas = useLiveQuery(() => listIdeas(), []) ?? EMPTY_POSTS;
  const campaigns = useLiveQuery(() => listCampaigns(), []) ?? [];
  const accounts = useLiveQuery(() => getDb().accounts.where('role').equals('own').toArray(), []) ?? [];
  const plan = useLiveQuery(() => getPlan(month), [month]) ?? null;

  const filtered = useMemo(() => filterPosts(fromFirst ? fromFirst.shown : posts, filters), [fromFirst, posts, filters]);
  const allEvents = useMemo(() => buildEvents.current(filtered, options.colorBy, tz), [filtered, options.colorBy, tz]);
  // A month cell shows a few posts and a "+n" link; building only those keeps busy months fast.
  const limited = useMemo<{ shown: CalendarEvent[]; more: Array<{ date: string; count: number }> }>(
    () => (fromFirst ? { shown: allEvents, more: fromFirst.more } : viewType === 'dayGridMonth' ? limitPerDay(allEvents, MONTH_CELL_POSTS) : { shown: allEvents, more: [] }),
    [fromFirst, allEvents, viewType],
  );
  // The same events again (all posts read after the first paint) leave the calendar as it is.
  const shownEvents = useStableList(limited.shown);
  const moreLinks = useStableList(limited.more, sameMore);
  // Slots are matched against all posts of the range, so gaps are never shown from a partial read.
  const overlay = useMemo(
    () => (startKey && endKey && rangePosts && plan && plan.slots.length > 0 ? slotOverlay(plan, rangePosts, startKey, endKey, tz) : NO_OVERLAY),
    [plan, rangePosts, startKey, endKey, tz],
  );
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
          events={shownEvents}
          more={moreLinks}
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
