import type { Platform } from '../models';
import { getDb } from '../db/db';
import { guard } from '../db/errors';

/** The team's own handles on a platform: their comments count as answers, not as work. */
export async function listOwnHandles(platform: Platform): Promise<string[]> {
  const rows = await guard(() => getDb().accounts.where('platform').equals(platform).toArray());
  return rows.filter((a) => a.role === 'own').map((a) => a.handle.toLowerCase());
}
