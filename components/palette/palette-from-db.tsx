import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { listTemplates } from '@/lib/db/repos/templates';
import { PaletteApp, type PaletteProps } from './palette-app';

/** The palette where Kelola's database is reachable (the side panel). */
export function PaletteFromDb(props: Omit<PaletteProps, 'templates' | 'item'>) {
  const templates = useLiveQuery(() => listTemplates(), []);
  const item = useLiveQuery(async () => (props.itemId ? ((await getDb().interactions.get(props.itemId)) ?? null) : null), [props.itemId]);
  return <PaletteApp {...props} templates={templates} item={item ?? null} />;
}
