import { createContext, useContext, type ReactNode } from 'react';
import { resolveLang, type UiLang } from '@/lib/i18n/catalog';
import type { Settings } from '@/lib/models';
import { defaultSettings } from '@/lib/db/defaults';
import type { ExtApi } from '@/lib/messages/ext-api';

export type { ExtApi };

/** Translates a key in a language (`$1`…`$9` substitutions). */
export type Translate = (lang: UiLang, key: string, ...subs: Array<string | number>) => string;

interface AppContextValue {
  api: ExtApi;
  browserLang: string;
  /** The stored settings (read by the page's mount, or handed in), or undefined while none are known. */
  settings?: Settings;
  /** The catalog this page uses (the popup carries only its own strings). */
  translate: Translate;
}

const AppContext = createContext<AppContextValue | null>(null);

/**
 * What every screen reads from its page: the extension API, the settings and the translations.
 * Kept free of the database and schema code, so a light page (the popup) can paint without them.
 */
export function AppProvider({ api, browserLang, settings, translate, children }: AppContextValue & { children: ReactNode }) {
  return <AppContext.Provider value={{ api, browserLang, settings, translate }}>{children}</AppContext.Provider>;
}

function useCtx(): AppContextValue {
  const ctx = useContext(AppContext);
  if (!ctx) throw new Error('AppProvider missing');
  return ctx;
}

export function useApi(): ExtApi {
  return useCtx().api;
}

/** Settings as stored (live), or the defaults while nothing is stored yet. */
export function useSettings(): Settings {
  const ctx = useCtx();
  return ctx.settings ?? defaultSettings(resolveLang('auto', ctx.browserLang), 0);
}

export function useLang(): UiLang {
  const ctx = useCtx();
  return resolveLang(useSettings().language, ctx.browserLang);
}

export type T = (key: string, ...subs: Array<string | number>) => string;

export function useT(): T {
  const lang = useLang();
  const { translate } = useCtx();
  return (key, ...subs) => translate(lang, key, ...subs);
}
