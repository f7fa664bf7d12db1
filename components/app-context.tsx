import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { resolveLang, translate, type UiLang } from '@/lib/i18n';
import type { Settings } from '@/lib/models';
import { Settings as SettingsSchema } from '@/lib/models';
import { defaultSettings } from '@/lib/db/defaults';
import type { ExtApi } from '@/lib/messages/ext-api';

export type { ExtApi };

interface AppContextValue {
  api: ExtApi;
  browserLang: string;
  /** Settings handed in by the page (the palette frame cannot open the database itself). */
  settings?: Settings;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({ api, browserLang, settings, children }: AppContextValue & { children: ReactNode }) {
  return <AppContext.Provider value={{ api, browserLang, settings }}>{children}</AppContext.Provider>;
}

export function useApi(): ExtApi {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppProvider missing');
  return ctx.api;
}

/** Settings as stored (live), or the defaults while nothing is stored yet. */
export function useSettings(): Settings {
  const ctx = useContext(AppContext);
  const fallbackLang = resolveLang('auto', ctx?.browserLang);
  const row = useLiveQuery(() => (ctx?.settings ? undefined : getDb().settings.get('settings')), [ctx?.settings]);
  const parsed = SettingsSchema.safeParse(ctx?.settings ?? row);
  return parsed.success ? parsed.data : defaultSettings(fallbackLang, 0);
}

export function useLang(): UiLang {
  const ctx = useContext(AppContext);
  const settings = useSettings();
  return resolveLang(settings.language, ctx?.browserLang);
}

export type T = (key: string, ...subs: Array<string | number>) => string;

export function useT(): T {
  const lang = useLang();
  return (key, ...subs) => translate(lang, key, ...subs);
}
