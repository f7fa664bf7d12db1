import { Settings } from '../../models';
import { getDb } from '../db';
import { defaultSettings } from '../defaults';
import { DbError, guard } from '../errors';

export async function getSettings(fallbackLang: 'id' | 'en' = 'en'): Promise<Settings> {
  return settingsOrDefault(await guard(() => getDb().settings.get('settings')), fallbackLang);
}

/** The stored settings row, or the defaults when there is none (or it does not fit). */
export function settingsOrDefault(row: unknown, fallbackLang: 'id' | 'en' = 'en'): Settings {
  const parsed = Settings.safeParse(row);
  return parsed.success ? parsed.data : defaultSettings(fallbackLang, Date.now());
}

export async function saveSettings(patch: Partial<Omit<Settings, 'id'>>, now = Date.now()): Promise<Settings> {
  return updateSettings(() => patch, now);
}

/**
 * Changes settings from what is stored at the moment of writing (not from what a screen rendered
 * earlier), so two quick edits of nested values never undo each other.
 */
export async function updateSettings(change: (current: Settings) => Partial<Omit<Settings, 'id'>>, now = Date.now()): Promise<Settings> {
  return guard(() =>
    getDb().transaction('rw', getDb().settings, async () => {
      const current = await getSettings();
      const next = Settings.safeParse({ ...current, ...change(current), id: 'settings', updatedAt: now });
      if (!next.success) throw new DbError('invalid', next.error.issues.map((i) => i.path.join('.') + ': ' + i.message).join('; '));
      await getDb().settings.put(next.data);
      return next.data;
    }),
  );
}
