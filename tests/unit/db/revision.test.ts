import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { REVISION_KEY } from '../../../lib/db/revision';
import { addTask } from '../../../lib/services/tasks';

beforeEach(() => resetDbForTests());

const rev = async () => (await getDb().meta.get(REVISION_KEY))?.value;

describe('data revision', () => {
  it('changes with every write to a data table, in explicit and implicit transactions', async () => {
    const db = getDb();
    expect(await rev()).toBeUndefined();
    const task = await addTask('Balas DM', '2025-05-14', 1);
    const a = await rev();
    expect(typeof a).toBe('string');
    await db.tasks.update(task.id, { done: true });
    const b = await rev();
    expect(b).not.toBe(a);
    await db.transaction('rw', db.tasks, async () => {
      await db.tasks.delete(task.id);
    });
    const c = await rev();
    expect(c).not.toBe(b);
    await db.tasks.clear();
    expect(await rev()).not.toBe(c);
  });

  it('stays put for reads, empty writes and writes to meta itself', async () => {
    const db = getDb();
    await addTask('Balas DM', '2025-05-14', 1);
    const a = await rev();
    await db.tasks.toArray();
    await db.transaction('rw', db.tasks, async () => {
      await db.tasks.where('dueDate').equals('2025-05-14').count();
    });
    await db.tasks.bulkAdd([]);
    await db.meta.put({ key: 'something', value: 1 });
    expect(await rev()).toBe(a);
  });

  it('is written in the same transaction as the data: an aborted write leaves it unchanged', async () => {
    const db = getDb();
    await addTask('Balas DM', '2025-05-14', 1);
    const a = await rev();
    await expect(
      db.transaction('rw', db.tasks, async () => {
        await db.tasks.put({ ...(await db.tasks.toCollection().first())!, title: 'changed' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await rev()).toBe(a);
    expect((await db.tasks.toArray())[0]!.title).toBe('Balas DM');
  });
});
