import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { addTask, ensureChecklistTasks, setTaskDone, todayTasks, type TodayTasks } from '@/lib/services/tasks';
import { useSettings, useT } from '../app-context';

export function TasksSection({ now }: { now: number }) {
  const t = useT();
  const settings = useSettings();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void ensureChecklistTasks(settings, now).catch(() => undefined);
  }, [settings, now]);
  const data: TodayTasks | undefined = useLiveQuery(() => {
    void getDb().tasks.count();
    return todayTasks(settings, now);
  }, [settings, now]);

  async function add() {
    if (!title.trim()) {
      setError(t('tasks.titleRequired'));
      return;
    }
    setError(null);
    await addTask(title, data?.today ?? new Date(now).toISOString().slice(0, 10), Date.now());
    setTitle('');
  }

  return (
    <section className="stack" aria-labelledby="tasks-h">
      <h2 id="tasks-h">{t('tasks.today')}</h2>
      {data && data.tasks.length === 0 && <p className="empty">{t('tasks.none')}</p>}
      <ul className="list" data-testid="task-list">
        {data?.tasks.map((task) => (
          <li key={task.id} data-testid="task">
            <input
              type="checkbox"
              aria-label={task.title}
              checked={task.done}
              onChange={(e) => void setTaskDone(task.id, e.target.checked, Date.now())}
            />
            <span style={task.done ? { textDecoration: 'line-through', opacity: 0.6 } : undefined}>{task.title}</span>
            {task.rolledOver && <span className="pill muted">{t('tasks.rolledOver')}</span>}
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input
          data-testid="task-new"
          value={title}
          maxLength={300}
          placeholder={t('tasks.addPlaceholder')}
          aria-label={t('tasks.addPlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit">{t('tasks.add')}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
    </section>
  );
}
