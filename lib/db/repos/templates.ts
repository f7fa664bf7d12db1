import { Template } from '../../models';
import { getDb } from '../db';
import { DbError, guard } from '../errors';
import { newId } from '../ids';
import { validOnly } from '../valid-only';

/** Every valid template; a corrupted row is skipped (and reported once) rather than breaking a screen. */
export async function listTemplates(): Promise<Template[]> {
  const rows = validOnly(Template, await guard(() => getDb().templates.toArray()), 'templates');
  return rows.sort((a, b) => Number(b.favorite) - Number(a.favorite) || a.title.localeCompare(b.title));
}

export type TemplateDraft = Omit<Template, 'id' | 'createdAt' | 'updatedAt' | 'usageCount' | 'lastUsedAt'> &
  Partial<Pick<Template, 'id' | 'usageCount' | 'lastUsedAt' | 'createdAt'>>;

export async function saveTemplate(draft: TemplateDraft, now = Date.now()): Promise<Template> {
  const row = Template.safeParse({
    usageCount: 0,
    lastUsedAt: null,
    createdAt: now,
    ...draft,
    id: draft.id ?? newId(),
    updatedAt: now,
  });
  if (!row.success) throw new DbError('invalid', row.error.issues.map((i) => i.path.join('.') + ': ' + i.message).join('; '));
  await guard(() => getDb().templates.put(row.data));
  return row.data;
}

export async function deleteTemplate(id: string): Promise<void> {
  await guard(() => getDb().templates.delete(id));
}

export async function duplicateTemplate(id: string, copySuffix: string, now = Date.now()): Promise<Template> {
  return guard(() =>
    getDb().transaction('rw', getDb().templates, async () => {
      const src = await getDb().templates.get(id);
      if (!src) throw new DbError('not-found', `template ${id}`);
      const copy: Template = { ...src, id: newId(), title: `${src.title} ${copySuffix}`.slice(0, 120), abbreviation: null, usageCount: 0, lastUsedAt: null, createdAt: now, updatedAt: now };
      await getDb().templates.add(copy);
      return copy;
    }),
  );
}

/** Counts a use of a template (palette, badge or abbreviation). */
export async function recordTemplateUse(id: string, now = Date.now()): Promise<void> {
  await guard(() =>
    getDb().templates
      .where('id')
      .equals(id)
      .modify((t) => {
        t.usageCount += 1;
        t.lastUsedAt = now;
      }),
  );
}
