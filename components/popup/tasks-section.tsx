import { useEffect, useRef, useState } from 'react';
import type { Checkpoint, PopupData, PostTask } from '@/lib/services/kpi-snapshot';
import type { TodayTasks } from '@/lib/services/tasks';
import { dayStart, POSTS_SHOWN } from '@/lib/services/popup-view';
import { dateKeyToDayNumber, dayNumberToKey } from '@/lib/timers/zone';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';
import { useApi, useLang, useSettings, useT } from '../app-context';

// The task writes come with the database layer, which the popup loads after its first paint.
const taskService = () => import('@/lib/services/tasks');
import { formatKpi, localeOf } from './kpi-format';

function PostRow({ post, missed }: { post: PostTask; missed: boolean }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const [copied, setCopied] = useState(false);
  const { timeZone } = useSettings();
  const time =
    post.scheduledAt === null
      ? ''
      : dateTimeFormat(localeOf(lang), { ...(missed && { weekday: 'short' as const }), hour: '2-digit', minute: '2-digit', timeZone }).format(post.scheduledAt);
  async function open(url: string) {
    const text = post.link ? `${post.caption}\n\n${post.link}`.trim() : post.caption;
    if (text) {
      try {
        await api.copyText(text);
        setCopied(true);
      } catch {
        // Copying needs the page to have focus; opening the composer still helps.
      }
    }
    await api.openUrl(url);
  }
  return (
    <li data-testid={missed ? 'post-missed' : 'post-today'}>
      <div className="stack grow">
        <div className="row">
          <strong>{time}</strong>
          {post.platforms.map((p) => (
            <span key={p} className="pill">{t(`platform.${p}`)}</span>
          ))}
          {post.status === 'published' && <span className="pill sla-ok">{t('popup.published')}</span>}
          {(missed || post.late) && post.status !== 'published' && <span className="pill sla-breached">{t(missed ? 'popup.missed' : 'popup.late')}</span>}
        </div>
        <span className="excerpt clamp">{post.caption || t('popup.noCaption')}</span>
        {post.status !== 'published' && (
          <div className="row">
            {post.composer.map((c) => (
              <button key={c.platform} type="button" data-testid="open-composer" onClick={() => void open(c.url)}>
                {post.composer.length > 1 ? t('popup.openComposerOn', t(`platform.${c.platform}`)) : t('popup.openComposer')}
              </button>
            ))}
            {copied && <span className="muted" role="status">{t('popup.captionCopied')}</span>}
          </div>
        )}
      </div>
    </li>
  );
}

function checkpointText(c: Checkpoint, t: ReturnType<typeof useT>, lang: ReturnType<typeof useLang>): string {
  switch (c.kind) {
    case 'start':
      return t('popup.checkpoint.start', c.name);
    case 'end':
      return t('popup.checkpoint.end', c.name);
    case 'offTrack':
      return t('popup.checkpoint.offTrack', c.name, c.targets.map((k) => t(`kpi.target.${k}`)).join(', '));
    case 'overBudget':
      return t('popup.checkpoint.overBudget', c.name, formatKpi(c.spend, 'money', lang, c.currency) ?? '', formatKpi(c.budget, 'money', lang, c.currency) ?? '');
    case 'pacing':
      return t('popup.checkpoint.pacing', c.name, formatKpi(c.pacing, 'percent', lang) ?? '');
  }
}

/** Today's work: posts due, missed posts, campaign checkpoints, the routine checklist and own tasks. */
export function TasksSection({ data }: { data: PopupData }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const settings = useSettings();
  const { timeZone } = settings;
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The box flips at once; the live query confirms it a few milliseconds later.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  // Every task of the day, once asked for: the snapshot holds only the first `TASKS_SHOWN`.
  const [all, setAll] = useState<TodayTasks['tasks'] | null>(null);
  const showingAll = all !== null;
  // Only the latest of overlapping reads is shown.
  const reads = useRef(0);

  async function readAll() {
    const read = ++reads.current;
    try {
      const { todayTasks } = await taskService();
      const { tasks } = await todayTasks(settings, data.now);
      if (read === reads.current) setAll(tasks);
    } catch {
      if (read === reads.current) setError(t('popup.tasksReadFailed'));
    }
  }
  // A write re-reads the figures (a new `data`): the full list follows it.
  useEffect(() => {
    if (showingAll) void readAll();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new reading of the data asks again
  }, [data]);
  const tasks = all ?? data.tasks;

  async function add() {
    if (!title.trim()) {
      setError(t('tasks.titleRequired'));
      return;
    }
    setError(null);
    try {
      await (await taskService()).addTask(title, data.today, Date.now());
      setTitle('');
    } catch (err) {
      setError(t((err as { code?: string }).code === 'storage-full' ? 'backup.storageFull' : 'popup.saveFailed'));
    }
  }

  async function act(op: () => Promise<void>) {
    setError(null);
    try {
      await op();
    } catch (err) {
      setError(t((err as { code?: string }).code === 'storage-full' ? 'backup.storageFull' : 'popup.saveFailed'));
    }
  }

  async function snooze(id: string) {
    const tomorrow = dayNumberToKey(dateKeyToDayNumber(data.today)! + 1);
    await (await taskService()).snoozeTask(id, dayStart(tomorrow, timeZone));
  }

  const nothing = tasks.length === 0 && data.postsToday.length === 0 && data.missedPosts.length === 0 && data.checkpoints.length === 0;
  return (
    <section className="stack" aria-labelledby="tasks-h">
      <h2 id="tasks-h">{t('tasks.today')}</h2>
      {nothing && <p className="empty">{t('tasks.none')}</p>}
      {data.postsToday.length > 0 && (
        <div className="stack">
          <h3>{t('popup.postsToday')}</h3>
          <ul className="list">
            {data.postsToday.map((p) => (
              <PostRow key={p.id} post={p} missed={false} />
            ))}
          </ul>
          {data.postsTodayCount > POSTS_SHOWN && <p className="muted">{t('popup.moreItems', data.postsTodayCount - POSTS_SHOWN)}</p>}
        </div>
      )}
      {data.missedPosts.length > 0 && (
        <div className="stack">
          <h3>{t('popup.missedPosts')}</h3>
          <ul className="list">
            {data.missedPosts.map((p) => (
              <PostRow key={p.id} post={p} missed />
            ))}
          </ul>
          {data.missedPostsCount > POSTS_SHOWN && <p className="muted">{t('popup.moreItems', data.missedPostsCount - POSTS_SHOWN)}</p>}
        </div>
      )}
      {data.checkpoints.length > 0 && (
        <div className="stack">
          <h3>{t('popup.checkpoints')}</h3>
          <ul className="list">
            {data.checkpoints.map((c) => (
              <li key={`${c.kind}:${c.campaignId}`} data-testid="checkpoint" data-kind={c.kind}>
                <button type="button" className="linklike" onClick={() => void api.openDashboard('campaigns')}>
                  {checkpointText(c, t, lang)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="list" data-testid="task-list">
        {tasks.map((task) => (
          <li key={task.id} data-testid="task" data-done={task.done ? 'true' : 'false'}>
            <input
              type="checkbox"
              data-testid="task-check"
              aria-label={task.title}
              checked={ticked[task.id] ?? task.done}
              onChange={(e) => {
                const done = e.target.checked;
                setTicked((m) => ({ ...m, [task.id]: done }));
                void taskService().then((tasks) => tasks.setTaskDone(task.id, done, Date.now())).then(
                  () => setError(null),
                  (err: unknown) => {
                    setTicked((m) => {
                      const { [task.id]: _, ...rest } = m;
                      return rest;
                    });
                    setError(t((err as { code?: string }).code === 'storage-full' ? 'backup.storageFull' : 'popup.saveFailed'));
                  },
                );
              }}
            />
            <span className={`grow ${task.done ? 'task-done' : ''}`}>
              {task.link ? (
                <button type="button" className="linklike" onClick={() => void api.openUrl(task.link!)}>{task.title}</button>
              ) : (
                task.title
              )}
            </span>
            {task.rolledOver && <span className="pill muted">{t('tasks.rolledOver')}</span>}
            {!task.done && (
              <button type="button" className="small" data-testid="task-snooze" title={t('popup.snoozeHelp')} onClick={() => void act(() => snooze(task.id))}>
                {t('popup.snooze')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!showingAll && data.tasksCount > data.tasks.length && (
        <button type="button" className="linklike" data-testid="tasks-show-all" onClick={() => void readAll()}>
          {t('popup.showAllTasks', data.tasksCount)}
        </button>
      )}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input
          data-testid="task-new"
          className="grow"
          value={title}
          maxLength={300}
          placeholder={t('tasks.addPlaceholder')}
          aria-label={t('tasks.addPlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" data-testid="task-add">{t('tasks.add')}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
