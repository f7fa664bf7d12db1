import { z } from 'zod';
import { DateKey, Id, Timestamp, Url } from './common';

export const TaskSource = z.enum(['manual', 'recurring', 'derived']);
export type TaskSource = z.infer<typeof TaskSource>;

export const Task = z.strictObject({
  id: Id,
  title: z.string().trim().min(1).max(300),
  dueDate: DateKey,
  done: z.boolean(),
  doneAt: Timestamp.nullable(),
  source: TaskSource,
  /** For recurring tasks: the checklist entry it came from. */
  checklistId: Id.nullable(),
  /** For derived tasks: a unique key such as `post-missed:<post id>`, so a task is derived once. */
  derivedKey: z.string().max(200).nullable(),
  snoozedUntil: Timestamp.nullable(),
  link: Url.nullable(),
  createdAt: Timestamp,
});
export type Task = z.infer<typeof Task>;
