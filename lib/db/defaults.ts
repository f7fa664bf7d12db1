import type { ChecklistItem, Settings } from '../models';

/** The management routine a new workspace starts with (editable in the dashboard). */
export function defaultChecklist(lang: 'id' | 'en'): ChecklistItem[] {
  const t =
    lang === 'id'
      ? ['Cek informasi profil (bio, tautan, jam buka)', 'Pantau mention dan kata kunci merek', 'Kurasi konten untuk kalender', 'Perbarui laporan mingguan']
      : ['Check profile information (bio, link, opening hours)', 'Watch mentions and brand keywords', 'Curate content for the calendar', 'Update the weekly report'];
  return [
    { id: 'check-profile', title: t[0]!, recurrence: 'daily', weekday: null },
    { id: 'listening', title: t[1]!, recurrence: 'daily', weekday: null },
    { id: 'curation', title: t[2]!, recurrence: 'daily', weekday: null },
    { id: 'report', title: t[3]!, recurrence: 'weekly', weekday: 5 },
  ];
}

export function defaultSettings(lang: 'id' | 'en', now: number): Settings {
  return {
    id: 'settings',
    language: 'auto',
    brand: '',
    agentName: '',
    timeZone: lang === 'id' ? 'Asia/Jakarta' : Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    currency: lang === 'id' ? 'IDR' : 'USD',
    abbreviationPrefix: ';',
    erFormula: 'reach',
    sla: {
      targets: { comment: 60, reply: 60, message: 15 },
      platformTargets: {},
      warningRatio: 0.75,
      businessHours: null,
    },
    quietNotifications: false,
    checklist: defaultChecklist(lang),
    lastBackupAt: null,
    updatedAt: now,
  };
}
