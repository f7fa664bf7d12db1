import fc from 'fast-check';
import { getDb } from '../../../lib/db/db';
import { BACKUP_TABLE_NAMES, type BackupTable } from '../../../lib/db/backup';
import { validRows } from '../models/valid-rows';
import { defaultSettings } from '../../../lib/db/defaults';

/** Text with the hard cases: emoji, right-to-left, markup, quotes, newlines. */
export const hostileText = fc.constantFrom(
  'Terima kasih 🙏🏽', 'مرحبا بكم', 'שלום', '<img src=x onerror=alert(1)>', '"quoted" \'single\'', 'baris satu\nbaris dua',
  '=HYPERLINK("http://evil")', 'a'.repeat(400), '👨‍👩‍👧‍👦 keluarga', '\u202Ereversed',
);

/** One row of every backed-up table, in every state the models allow, with the given texts. */
export function rowsFor(text: string, n: number): Record<BackupTable, Array<Record<string, unknown>>> {
  const out = {} as Record<BackupTable, Array<Record<string, unknown>>>;
  const statuses = ['idea', 'draft', 'scheduled', 'published', 'missed'] as const;
  const istatus = ['open', 'answered', 'ignored'] as const;
  out.settings = [{ ...defaultSettings('id', 1_700_000_000_000 + n), brand: text.slice(0, 100) }];
  out.accounts = [{ ...validRows.account, id: `a${n}`, displayName: text.slice(0, 200) }];
  out.templates = [{ ...validRows.template, id: `t${n}`, body: text || 'x', tags: [...validRows.template.tags] }];
  out.interactions = istatus.map((status, k) => ({
    ...validRows.interaction, id: `x:${n}${k}`, itemId: `${n}${k}`, excerpt: text.slice(0, 500), status,
    answeredAt: status === 'open' ? null : 1_700_000_200_000 + k, intents: [...validRows.interaction.intents],
  }));
  out.posts = statuses.map((status, k) => ({
    ...validRows.post, id: `p${n}${k}`, status, caption: text, scheduledAt: status === 'idea' ? null : 1_800_000_000_000 + k,
    platforms: [...validRows.post.platforms], assetLinks: [...validRows.post.assetLinks], utm: { ...validRows.post.utm },
  }));
  out.plans = [{ ...validRows.plan, goals: [text.slice(0, 300) || 'g'], pillars: validRows.plan.pillars.map((p) => ({ ...p })), slots: validRows.plan.slots.map((s) => ({ ...s, weekdays: [...s.weekdays] })), personas: [], platformContent: [], kpiTargets: {} }];
  out.campaigns = [{ ...validRows.campaign, id: `c${n}`, notes: text, platforms: [...validRows.campaign.platforms], targets: { ...validRows.campaign.targets }, entries: validRows.campaign.entries.map((e) => ({ ...e })) }];
  out.tasks = [{ ...validRows.task, id: `k${n}`, title: text.slice(0, 300).trim() || 'tugas' }, { ...validRows.task, id: `k${n}d`, done: true, doneAt: 5, source: 'derived', derivedKey: `post-missed:${n}` }];
  out.metrics = [{ ...validRows.metric, id: `m${n}` }];
  out.terms = [{ ...validRows.term, id: `tt${n}`, variants: [], exclude: [] }];
  out.mentions = [{ ...validRows.mention, id: `x:m${n}`, excerpt: text.slice(0, 500), terms: [...validRows.mention.terms], groups: [...validRows.mention.groups], intents: [] }];
  out.influencers = [{ ...validRows.influencer, id: `i${n}`, notes: text, handles: { ...validRows.influencer.handles }, campaignIds: [], deliverables: [], results: [] }];
  return out;
}

export async function seedAll(text: string, n = 1): Promise<void> {
  const db = getDb();
  const rows = rowsFor(text, n);
  await db.transaction('rw', BACKUP_TABLE_NAMES.map((t) => db.table(t)), async () => {
    for (const t of BACKUP_TABLE_NAMES) await db.table(t).bulkPut(rows[t]);
  });
}
