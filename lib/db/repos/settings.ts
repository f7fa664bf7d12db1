import { Settings } from '../../models';
import { getDb } from '../db';
import { defaultSettings } from '../defaults';
import { DbError, guard } from '../errors';

export async function getSettings(fallbackLang: 'id' | 'en' = 'en'): Promise<Settings> {
  const row = await guard(() => getDb().settings.get('settings'));
  const parsed = Settings.safeParse(row);
  return parsed.success ? parsed.data : defaultSettings(fallbackLang, Date.now());
}

export async function saveSettings(patch: Partial<Omit<Settings, 'id'>>, now = Date.now()): Promise<Settings> {
  return guard(() =>
    getDb().transaction('rw', getDb().settings, async () => {
      const current = await getSettings();
      const next = Settings.safeParse({ ...current, ...patch, id: 'settings', updatedAt: now });
      if (!next.success) throw new DbError('invalid', next.error.issues.map((i) => i.path.join('.') + ': ' + i.message).join('; '));
      await getDb().settings.put(next.data);
      return next.data;
    }),
  );
}
