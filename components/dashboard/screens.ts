import type { ComponentType } from 'react';
import { whenIdle } from '../ui/after-paint';

export const SECTIONS = ['templates', 'calendar', 'plan', 'campaigns', 'reports', 'listening', 'settings', 'data'] as const;
export type Section = (typeof SECTIONS)[number];

type ScreenModule = Promise<{ default: ComponentType }>;

// Each screen is its own chunk: opening the dashboard on one section loads and runs only that
// screen's code (the calendar does not wait for the charts, the listening model or the editors).
export const SCREEN_LOADERS: Record<Section, () => ScreenModule> = {
  templates: () => import('./templates-screen').then((m) => ({ default: m.TemplatesScreen })),
  calendar: () => import('./calendar/calendar-screen').then((m) => ({ default: m.CalendarScreen })),
  plan: () => import('./plan/plan-screen').then((m) => ({ default: m.PlanScreen })),
  campaigns: () => import('./campaigns/campaigns-screen').then((m) => ({ default: m.CampaignsScreen })),
  reports: () => import('./reports/reports-screen').then((m) => ({ default: m.ReportsScreen })),
  listening: () => import('./listening/listening-screen').then((m) => ({ default: m.ListeningScreen })),
  settings: () => import('./settings-screen').then((m) => ({ default: m.SettingsScreen })),
  data: () => import('./data-screen').then((m) => ({ default: m.DataScreen })),
};

export function currentSection(): Section {
  const h = location.hash.replace('#', '');
  return (SECTIONS as readonly string[]).includes(h) ? (h as Section) : 'templates';
}

/**
 * Starts loading the screen in the address at once, beside the dashboard's shell, instead of after
 * the shell's first render asked for it. Loading a module twice is free: the browser keeps it.
 */
export function preloadScreen(section: Section): void {
  void SCREEN_LOADERS[section]().catch(() => undefined);
}

/**
 * Loads the other screens' code one at a time in idle periods, after the screen in the address, so
 * switching to a screen later waits only for its data. The calendar comes first: it is the largest
 * and the one a manager opens most. Returns a function that stops what has not started.
 */
export function prefetchScreens(
  current: Section,
  loaders: Record<Section, () => Promise<unknown>> = SCREEN_LOADERS,
  schedule: (fn: () => void) => () => void = whenIdle,
): () => void {
  // The calendar first, the others in the dashboard's order.
  const queue = [...SECTIONS].sort((a, b) => Number(b === 'calendar') - Number(a === 'calendar')).filter((s) => s !== current);
  let stopped = false;
  let cancel: () => void = () => undefined;
  const next = () => {
    const section = queue.shift();
    if (stopped || !section) return;
    cancel = schedule(() => {
      if (stopped) return;
      void loaders[section]()
        .catch(() => undefined)
        .then(next);
    });
  };
  next();
  return () => {
    stopped = true;
    cancel();
  };
}
