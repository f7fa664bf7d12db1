import type { ComponentType } from 'react';

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
