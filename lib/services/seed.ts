import { getDb } from '../db/db';
import { defaultSettings } from '../db/defaults';
import { guard } from '../db/errors';
import { starterTemplates } from '../templates';

/**
 * First run: settings, the starter template pack and the daily checklist, so a new user sees a
 * working product without typing anything. Runs once per database (marked in `meta`).
 */
export async function seedDefaults(lang: 'id' | 'en', now: number): Promise<boolean> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', [db.meta, db.settings, db.templates], async () => {
      if (await db.meta.get('seeded')) return false;
      if (!(await db.settings.get('settings'))) await db.settings.put(defaultSettings(lang, now));
      if ((await db.templates.count()) === 0) await db.templates.bulkPut(starterTemplates(now));
      await db.meta.put({ key: 'seeded', value: now });
      return true;
    }),
  );
}
