import { Campaign, CampaignEntry, type Lang, type Post } from '../models';
import { getDb } from '../db/db';
import { DbError, guard } from '../db/errors';
import { newId } from '../db/ids';
import { CurrencyMismatchError, toCampaignEntries, type MetaAdsRow } from '../calendar';
import { campaignProgress, type CampaignProgress } from '../kpi';
import type { FieldIssue } from './calendar';

export type CampaignDraft = Omit<Campaign, 'id' | 'entries' | 'createdAt' | 'updatedAt'> & { id?: string };
export type EntryDraft = Omit<CampaignEntry, 'id' | 'source'> & { id?: string; source?: CampaignEntry['source'] };

export const OBJECTIVES = ['awareness', 'traffic', 'leads', 'sales', 'launch', 'event'] as const;

export class CampaignInvalidError extends DbError {
  constructor(readonly issues: FieldIssue[]) {
    super('invalid', issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'CampaignInvalidError';
  }
}

function issuesOf(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: 'invalid', message: i.message }));
}

function mustBeValid(row: unknown): Campaign {
  const parsed = Campaign.safeParse(row);
  if (!parsed.success) throw new CampaignInvalidError(issuesOf(parsed.error));
  return parsed.data;
}

export function newCampaignDraft(currency: string, startDate: string, endDate: string): CampaignDraft {
  return { name: '', objective: 'awareness', platforms: [], startDate, endDate, budget: 0, currency, targets: {}, notes: '' };
}

/** Problems with a draft before it is saved (empty name, end before start …), for the form. */
export function validateCampaignDraft(draft: CampaignDraft): FieldIssue[] {
  const parsed = Campaign.safeParse({ ...draft, id: draft.id ?? 'new', entries: [], createdAt: 0, updatedAt: 0 });
  return parsed.success ? [] : issuesOf(parsed.error);
}

export async function listCampaigns(): Promise<Campaign[]> {
  const rows = await guard(() => getDb().campaigns.toArray());
  return rows.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
}

export async function getCampaign(id: string): Promise<Campaign | null> {
  return (await guard(() => getDb().campaigns.get(id))) ?? null;
}

/** Creates or updates a campaign's own fields; its entries are kept as they are. */
export async function saveCampaign(draft: CampaignDraft, now: number): Promise<Campaign> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.campaigns, async () => {
      const prev = draft.id ? await db.campaigns.get(draft.id) : undefined;
      if (draft.id && !prev) throw new DbError('not-found', draft.id);
      const row = mustBeValid({
        ...draft,
        id: prev?.id ?? newId(),
        entries: prev?.entries ?? [],
        createdAt: prev?.createdAt ?? now,
        updatedAt: now,
      });
      await db.campaigns.put(row);
      return row;
    }),
  );
}

/** Deletes a campaign and unlinks its posts in the same transaction (posts stay in the calendar). */
export async function deleteCampaign(id: string, now: number): Promise<number> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.campaigns, db.posts, async () => {
      await db.campaigns.delete(id);
      return db.posts.where('campaignId').equals(id).modify({ campaignId: null, updatedAt: now });
    }),
  );
}

async function mutateEntries(campaignId: string, now: number, fn: (entries: CampaignEntry[]) => CampaignEntry[]): Promise<Campaign> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.campaigns, async () => {
      const prev = await db.campaigns.get(campaignId);
      if (!prev) throw new DbError('not-found', campaignId);
      const row = mustBeValid({ ...prev, entries: fn([...prev.entries]), updatedAt: now });
      await db.campaigns.put(row);
      return row;
    }),
  );
}

function toEntry(draft: EntryDraft): CampaignEntry {
  const entry: Record<string, unknown> = { ...draft, id: draft.id ?? newId(), source: draft.source ?? 'manual' };
  // Unfilled optional figures are absent (unknown), never 0.
  for (const k of ['impressions', 'reach', 'clicks', 'leads', 'conversions', 'revenue', 'note'] as const) {
    if (entry[k] === undefined || entry[k] === null || entry[k] === '') delete entry[k];
  }
  const parsed = CampaignEntry.safeParse(entry);
  if (!parsed.success) throw new CampaignInvalidError(issuesOf(parsed.error));
  return parsed.data;
}

/** Adds a dated spend/result entry, or replaces the entry with the same id. */
export async function saveEntry(campaignId: string, draft: EntryDraft, now: number): Promise<CampaignEntry> {
  const entry = toEntry(draft);
  await mutateEntries(campaignId, now, (entries) => {
    const i = entries.findIndex((e) => e.id === entry.id);
    if (i >= 0) entries[i] = entry;
    else entries.push(entry);
    return entries.sort((a, b) => a.date.localeCompare(b.date));
  });
  return entry;
}

export async function deleteEntry(campaignId: string, entryId: string, now: number): Promise<void> {
  await mutateEntries(campaignId, now, (entries) => entries.filter((e) => e.id !== entryId));
}

/** Links posts to a campaign (one transaction); a post belongs to at most one campaign. */
export async function linkPosts(campaignId: string | null, postIds: readonly string[], now: number): Promise<number> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.posts, db.campaigns, async () => {
      if (campaignId !== null && !(await db.campaigns.get(campaignId))) throw new DbError('not-found', campaignId);
      return db.posts.where('id').anyOf([...postIds]).modify((p: Post) => {
        p.campaignId = campaignId;
        p.updatedAt = Math.max(now, p.updatedAt + 1);
      });
    }),
  );
}

export async function linkedPosts(campaignId: string): Promise<Post[]> {
  const rows = await guard(() => getDb().posts.where('campaignId').equals(campaignId).toArray());
  return rows.sort((a, b) => (a.scheduledAt ?? Infinity) - (b.scheduledAt ?? Infinity));
}

export interface MetaAssignment {
  campaignId: string;
  rows: readonly MetaAdsRow[];
}

export interface MetaImportPlan {
  entries: Array<{ campaignId: string; entry: CampaignEntry }>;
  /** Rows refused because the export's currency differs from the campaign's. */
  refused: Array<{ rowNumber: number; campaignId: string; rowCurrency: string; campaignCurrency: string }>;
}

/** What a Meta Ads import would write, before anything is written. */
export function planMetaImport(assignments: readonly MetaAssignment[], campaigns: ReadonlyArray<Pick<Campaign, 'id' | 'currency'>>): MetaImportPlan {
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const plan: MetaImportPlan = { entries: [], refused: [] };
  for (const a of assignments) {
    const campaign = byId.get(a.campaignId);
    if (!campaign) continue;
    for (const row of a.rows) {
      try {
        plan.entries.push({ campaignId: a.campaignId, entry: toCampaignEntries(row, campaign) });
      } catch (err) {
        if (!(err instanceof CurrencyMismatchError)) throw err;
        plan.refused.push({ rowNumber: row.rowNumber, campaignId: a.campaignId, rowCurrency: err.rowCurrency, campaignCurrency: err.campaignCurrency });
      }
    }
  }
  return plan;
}

/**
 * Writes the planned entries in one transaction. An entry id is derived from the Meta campaign and
 * period, so importing the same export again replaces its entries instead of adding them twice.
 */
export async function applyMetaImport(plan: MetaImportPlan, now: number): Promise<{ added: number; replaced: number }> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.campaigns, async () => {
      let added = 0;
      let replaced = 0;
      const byCampaign = new Map<string, CampaignEntry[]>();
      for (const { campaignId, entry } of plan.entries) {
        const list = byCampaign.get(campaignId);
        if (list) list.push(entry);
        else byCampaign.set(campaignId, [entry]);
      }
      for (const [campaignId, entries] of byCampaign) {
        const prev = await db.campaigns.get(campaignId);
        if (!prev) throw new DbError('not-found', campaignId);
        const merged = new Map(prev.entries.map((e) => [e.id, e]));
        for (const e of entries) {
          if (merged.has(e.id)) replaced++;
          else added++;
          merged.set(e.id, e);
        }
        const row = mustBeValid({ ...prev, entries: [...merged.values()].sort((a, b) => a.date.localeCompare(b.date)), updatedAt: now });
        await db.campaigns.put(row);
      }
      return { added, replaced };
    }),
  );
}

export function campaignReport(campaign: Campaign, now: number, timeZone: string): CampaignProgress {
  return campaignProgress(campaign, now, timeZone);
}

export function moneyFormatter(currency: string, lang: Lang): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { style: 'currency', currency, maximumFractionDigits: currency === 'IDR' ? 0 : 2 });
  } catch {
    return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 });
  }
}

/** Default currency of a new campaign: IDR for an Indonesian interface, else the settings' currency. */
export function defaultCurrency(lang: Lang, settingsCurrency: string): string {
  return lang === 'id' ? 'IDR' : settingsCurrency;
}

/**
 * A number typed into a form in the interface language's style: "1.500.000" or "1,5" in Indonesian,
 * "1,500,000" or "1.5" in English. Null for an empty field (unknown), NaN for anything unreadable.
 */
export function parseAmount(raw: string, lang: Lang): number | null {
  const s = raw.replace(/[\s\u00a0]/g, '').replace(/^(rp|idr|\$)/i, '');
  if (s === '') return null;
  const normalized = lang === 'id' ? s.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.') : s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

