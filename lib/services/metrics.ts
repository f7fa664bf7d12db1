import Papa from 'papaparse';
import type { Account, AccountRole, MetricField, MetricSnapshot, Platform } from '../models';
import { Account as AccountSchema, AccountRole as RoleSchema, DateKey, METRIC_FIELDS, MetricSnapshot as SnapshotSchema, PLATFORMS, normalizeHandle } from '../models';
import { getDb } from '../db/db';
import { DbError, guard } from '../db/errors';
import { newId } from '../db/ids';
import { dateKeyToDayNumber } from '../timers';

export type MetricValues = Partial<Record<MetricField, number>>;
export type SnapshotSource = MetricSnapshot['source'];

export interface SnapshotInput {
  accountId: string;
  platform: Platform;
  date: string;
  values: MetricValues;
  source: SnapshotSource;
}

function cleanValues(values: MetricValues): MetricValues {
  const out: MetricValues = {};
  for (const f of METRIC_FIELDS) {
    const v = values[f];
    if (v !== undefined) out[f] = v;
  }
  return out;
}

function invalid(issues: Array<{ path: PropertyKey[]; message: string }>): DbError {
  return new DbError('invalid', issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; '));
}

/**
 * Stores an account's figures for a day: one snapshot per account and date. A second capture the
 * same day updates the figures it carries and keeps the others (a CSV with reach does not erase the
 * captured follower count).
 */
export async function saveSnapshot(input: SnapshotInput, now: number): Promise<{ snapshot: MetricSnapshot; created: boolean }> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.metrics, async () => {
      const existing = await db.metrics.where('[accountId+date]').equals([input.accountId, input.date]).first();
      const next = SnapshotSchema.safeParse({
        ...(existing ?? {}),
        ...cleanValues(input.values),
        id: existing?.id ?? newId(),
        accountId: input.accountId,
        platform: input.platform,
        date: input.date,
        source: input.source,
        capturedAt: now,
      });
      if (!next.success) throw invalid(next.error.issues);
      await db.metrics.put(next.data);
      return { snapshot: next.data, created: !existing };
    }),
  );
}

/** The account for a handle on a platform, created when new; the role the user chose wins. */
export async function ensureAccount(platform: Platform, handle: string, displayName: string, role: AccountRole, now: number): Promise<Account> {
  const h = normalizeHandle(handle);
  if (!isValidHandle(h)) throw new DbError('invalid', 'handle');
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.accounts, async () => {
      const existing = await db.accounts.where('[platform+handle]').equals([platform, h]).first();
      if (existing) {
        const name = displayName.trim() || existing.displayName;
        if (existing.role !== role || existing.displayName !== name) {
          const updated = { ...existing, role, displayName: name };
          await db.accounts.put(updated);
          return updated;
        }
        return existing;
      }
      const row = AccountSchema.safeParse({ id: newId(), platform, handle: h, displayName: displayName.trim().slice(0, 200), role, createdAt: now });
      if (!row.success) throw invalid(row.error.issues);
      await db.accounts.add(row.data);
      return row.data;
    }),
  );
}

export interface FiguresInput {
  platform: Platform;
  handle: string;
  displayName?: string;
  role: AccountRole;
  date: string;
  values: MetricValues;
  source: SnapshotSource;
}

/** Capture and manual entry: the account (created or re-labelled) and its dated snapshot, in one go. */
export async function recordFigures(input: FiguresInput, now: number): Promise<{ account: Account; snapshot: MetricSnapshot; created: boolean }> {
  if (Object.keys(cleanValues(input.values)).length === 0) throw new DbError('invalid', 'no figures');
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.accounts, db.metrics, async () => {
      const account = await ensureAccount(input.platform, input.handle, input.displayName ?? '', input.role, now);
      const saved = await saveSnapshot({ accountId: account.id, platform: input.platform, date: input.date, values: input.values, source: input.source }, now);
      return { account, ...saved };
    }),
  );
}

export async function listAccounts(): Promise<Account[]> {
  const rows = await guard(() => getDb().accounts.toArray());
  return rows.sort((a, b) => a.platform.localeCompare(b.platform) || a.handle.localeCompare(b.handle));
}

/** Snapshots whose date lies in [from, to] (day keys, inclusive). */
export async function snapshotsBetween(from: string, to: string): Promise<MetricSnapshot[]> {
  return guard(() => getDb().metrics.where('date').between(from, to, true, true).toArray());
}

// ---------------------------------------------------------------------------------------------
// Numbers and dates typed by people or exported by spreadsheets

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6, mn: 1e6, b: 1e9, bn: 1e9, miliar: 1e9, milyar: 1e9, mlr: 1e9,
};
const CURRENCY = /^(?:rp\.?|idr|usd|us\$|\$|€|£|sgd|myr)\s*|\s*(?:rp|idr|usd)$/i;
const GROUPED_OR_PLAIN = /^(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)$/;

export type NumberProblem = 'bad-number' | 'negative';

/**
 * A figure as people write it: `12.300`, `12,300`, `12,3 rb`, `1,2 jt`, `12.3K`, `Rp 1.500.000,50`.
 * Unlike reading a page, anything besides the number, one multiplier word and a currency sign is
 * refused, so a typo never turns into a plausible-looking figure. A lone separator followed by
 * exactly three digits groups thousands (`12.300`, `12,300`); otherwise it is the decimal mark.
 * A bare `M` is miliar in Indonesian and million in English, decided by a comma decimal or `lang`.
 */
export function parseFigure(raw: string, lang: string | null = null): { ok: true; value: number } | { ok: false; problem: NumberProblem } {
  let s = raw.normalize('NFKC').trim().replace(/[\u00a0\u202f]/g, ' ').replace(/^'(?=[\d-])/, '');
  s = s.replace(CURRENCY, '').trim();
  if (/^[-−]/.test(s)) return { ok: false, problem: 'negative' };
  const m = /^(\d[\d.,]*)\s?([a-z]*)\.?$/i.exec(s);
  if (!m || !GROUPED_OR_PLAIN.test(m[1]!)) return { ok: false, problem: 'bad-number' };
  const digits = m[1]!;
  const word = (m[2] ?? '').toLowerCase();
  if (word && word !== 'm' && MULTIPLIERS[word] === undefined) return { ok: false, problem: 'bad-number' };

  const seps = digits.replace(/\d/g, '');
  let decimal: string | null = null;
  if (seps.length > 0) {
    const last = seps[seps.length - 1]!;
    const after = digits.length - digits.lastIndexOf(last) - 1;
    if (seps.includes('.') && seps.includes(',')) decimal = last;
    else if (seps.length === 1 && (word !== '' || after !== 3)) decimal = last;
  }
  let value: number;
  if (decimal) {
    const i = digits.lastIndexOf(decimal);
    value = Number(`${digits.slice(0, i).replace(/[.,]/g, '')}.${digits.slice(i + 1)}`);
  } else value = Number(digits.replace(/[.,]/g, ''));

  let multiplier = word ? MULTIPLIERS[word] ?? 1 : 1;
  if (word === 'm') multiplier = decimal === ',' || (decimal === null && !!lang && /^(id|in)\b/i.test(lang)) ? 1e9 : 1e6;
  if (multiplier !== 1) value = Math.round(value * multiplier);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'bad-number' };
}

/** A handle as the platforms allow them: letters, digits, `.`, `_` and `-`, without the `@`. */
export function isValidHandle(handle: string): boolean {
  return /^[\p{L}\p{N}._-]{1,100}$/u.test(handle);
}

/** `YYYY-MM-DD`, or day first (`31/12/2025`, `31-12-2025`, `31.12.2025`) as Indonesian and British sheets write it. */
export function parseDay(raw: string): string | null {
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!match) return null;
    d = Number(match[1]);
    m = Number(match[2]);
    y = Number(match[3]);
  }
  const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return DateKey.safeParse(key).success && dateKeyToDayNumber(key) !== null ? key : null;
}

// ---------------------------------------------------------------------------------------------
// CSV import of figures per account and date

const PLATFORM_WORDS: Record<string, Platform> = {
  x: 'x', twitter: 'x', xtwitter: 'x', facebook: 'facebook', fb: 'facebook', instagram: 'instagram', ig: 'instagram',
  linkedin: 'linkedin', youtube: 'youtube', yt: 'youtube', tiktok: 'tiktok', threads: 'threads',
};
for (const p of PLATFORMS) PLATFORM_WORDS[p] = p;

const ROLE_WORDS: Record<string, AccountRole> = {
  own: 'own', sendiri: 'own', milikkita: 'own', kita: 'own', competitor: 'competitor', kompetitor: 'competitor', pesaing: 'competitor',
  influencer: 'influencer', pemengaruh: 'influencer',
};

type Column = 'date' | 'platform' | 'handle' | 'role' | MetricField;

/** Header spellings in English and Indonesian, compared after `normalizeHeader`. */
const HEADER_WORDS: Record<string, Column> = {
  date: 'date', day: 'date', tanggal: 'date', tgl: 'date', hari: 'date',
  platform: 'platform', network: 'platform', jaringan: 'platform', channel: 'platform', saluran: 'platform',
  handle: 'handle', account: 'handle', akun: 'handle', username: 'handle', namapengguna: 'handle', profile: 'handle', profil: 'handle',
  role: 'role', peran: 'role', jenisakun: 'role', accounttype: 'role',
  followers: 'followers', pengikut: 'followers',
  following: 'following', mengikuti: 'following',
  posts: 'posts', postingan: 'posts', unggahan: 'posts', kiriman: 'posts',
  reach: 'reach', jangkauan: 'reach', accountsreached: 'reach', akunyangdijangkau: 'reach',
  impressions: 'impressions', impresi: 'impressions',
  engagements: 'engagements', engagement: 'engagements', interaksi: 'engagements', keterlibatan: 'engagements',
  likes: 'likes', suka: 'likes', reactions: 'likes', reaksi: 'likes',
  comments: 'comments', komentar: 'comments',
  shares: 'shares', dibagikan: 'shares', bagikan: 'shares', reposts: 'shares',
  saves: 'saves', disimpan: 'saves', simpan: 'saves',
  views: 'views', tayangan: 'views', ditonton: 'views', plays: 'views',
  clicks: 'clicks', klik: 'clicks', linkclicks: 'clicks', kliktautan: 'clicks',
  leads: 'leads', prospek: 'leads',
  conversions: 'conversions', konversi: 'conversions', results: 'conversions', hasil: 'conversions',
  revenue: 'revenue', pendapatan: 'revenue', omzet: 'revenue', omset: 'revenue',
  spend: 'spend', biaya: 'spend', amountspent: 'spend', jumlahyangdibelanjakan: 'spend', belanja: 'spend',
};

export function normalizeHeader(h: string): string {
  return h.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]/g, '');
}

export type MetricCsvProblem =
  | 'empty' | 'too-large' | 'no-date-column' | 'no-platform-column' | 'no-handle-column' | 'no-figure-column'
  | 'duplicate-column' | 'structure' | 'bad-date' | 'bad-platform' | 'bad-handle' | 'bad-role' | 'bad-number' | 'negative'
  | 'no-figures' | 'duplicate-row';

export interface MetricCsvIssue {
  /** Row number as a spreadsheet shows it (the header is row 1); 0 for file-level problems. */
  row: number;
  problem: MetricCsvProblem;
  /** The header as written in the file, when a cell is at fault. */
  column?: string;
  value?: string;
  /** For duplicate rows: the earlier row. */
  firstRow?: number;
}

export interface MetricCsvRow {
  row: number;
  platform: Platform;
  handle: string;
  role: AccountRole | null;
  date: string;
  values: MetricValues;
}

export interface ParsedMetricCsv {
  rows: MetricCsvRow[];
  issues: MetricCsvIssue[];
  /** The figure columns found, in file order. */
  fields: MetricField[];
  /** Headers the import does not know (ignored, listed so the user sees nothing was taken silently). */
  ignored: string[];
}

export const MAX_METRIC_CSV_ROWS = 20_000;
export const MAX_METRIC_CSV_BYTES = 5 * 1024 * 1024;

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    const n = firstLine.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Reads a CSV of figures (one row per account and date) and checks every row. Nothing is stored
 * here: the caller shows the issues (by row number) and imports only a file without any.
 */
export function parseMetricsCsv(text: string, lang: string | null = null): ParsedMetricCsv {
  const out: ParsedMetricCsv = { rows: [], issues: [], fields: [], ignored: [] };
  if (text.length > MAX_METRIC_CSV_BYTES) {
    out.issues.push({ row: 0, problem: 'too-large' });
    return out;
  }
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter: string | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
  }
  const parsed = Papa.parse<string[]>(body, { delimiter: delimiter ?? detectDelimiter(body), header: false, skipEmptyLines: false });
  const records = parsed.data;
  const blank = (r: string[] | undefined) => !r || r.every((c) => c.trim() === '');
  const headerIndex = records.findIndex((r) => !blank(r));
  if (headerIndex === -1) {
    out.issues.push({ row: 0, problem: 'empty' });
    return out;
  }
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue;
    out.issues.push({ row: (e.row ?? 0) + 1, problem: 'structure', value: e.message.slice(0, 120) });
  }

  const headers = records[headerIndex]!.map((h) => h.trim());
  const columns: Array<Column | null> = [];
  const seen = new Map<Column, string>();
  for (const h of headers) {
    const col = HEADER_WORDS[normalizeHeader(h)] ?? null;
    if (col === null) {
      if (h) out.ignored.push(h);
      columns.push(null);
      continue;
    }
    if (seen.has(col)) out.issues.push({ row: headerIndex + 1, problem: 'duplicate-column', column: h });
    seen.set(col, h);
    columns.push(col);
    if ((METRIC_FIELDS as readonly string[]).includes(col)) out.fields.push(col as MetricField);
  }
  const missing: Array<[Column, MetricCsvProblem]> = [['date', 'no-date-column'], ['platform', 'no-platform-column'], ['handle', 'no-handle-column']];
  for (const [col, problem] of missing) if (!seen.has(col)) out.issues.push({ row: headerIndex + 1, problem });
  if (out.fields.length === 0) out.issues.push({ row: headerIndex + 1, problem: 'no-figure-column' });
  if (out.issues.some((i) => i.row === headerIndex + 1)) return out;

  const firstRowOf = new Map<string, number>();
  let dataRows = 0;
  for (let r = headerIndex + 1; r < records.length; r++) {
    const cells = records[r]!;
    if (blank(cells)) continue;
    const rowNumber = r + 1;
    if (++dataRows > MAX_METRIC_CSV_ROWS) {
      out.issues.push({ row: rowNumber, problem: 'too-large' });
      break;
    }
    const before = out.issues.length;
    let date: string | null = null;
    let platform: Platform | null = null;
    let handle: string | null = null;
    let role: AccountRole | null = null;
    const values: MetricValues = {};
    columns.forEach((col, k) => {
      if (col === null) return;
      const raw = (cells[k] ?? '').trim();
      const column = headers[k];
      if (col === 'date') {
        date = parseDay(raw);
        if (!date) out.issues.push({ row: rowNumber, problem: 'bad-date', column, value: raw });
      } else if (col === 'platform') {
        platform = PLATFORM_WORDS[normalizeHeader(raw)] ?? null;
        if (!platform) out.issues.push({ row: rowNumber, problem: 'bad-platform', column, value: raw });
      } else if (col === 'handle') {
        const h = normalizeHandle(raw.replace(/^'/, ''));
        const ok = isValidHandle(h);
        handle = ok ? h : null;
        if (!ok) out.issues.push({ row: rowNumber, problem: 'bad-handle', column, value: raw });
      } else if (col === 'role') {
        if (raw === '') return;
        role = ROLE_WORDS[normalizeHeader(raw)] ?? (RoleSchema.safeParse(raw.toLowerCase()).success ? (raw.toLowerCase() as AccountRole) : null);
        if (!role) out.issues.push({ row: rowNumber, problem: 'bad-role', column, value: raw });
      } else {
        if (raw === '' || raw === '-' || raw === '–') return;
        const n = parseFigure(raw, lang);
        if (n.ok) values[col] = n.value;
        else out.issues.push({ row: rowNumber, problem: n.problem, column, value: raw });
      }
    });
    if (out.issues.length > before) continue;
    if (Object.keys(values).length === 0) {
      out.issues.push({ row: rowNumber, problem: 'no-figures' });
      continue;
    }
    const key = `${platform}|${handle}|${date}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      out.issues.push({ row: rowNumber, problem: 'duplicate-row', firstRow: first });
      continue;
    }
    firstRowOf.set(key, rowNumber);
    out.rows.push({ row: rowNumber, platform: platform!, handle: handle!, role, date: date!, values });
  }
  if (out.rows.length === 0 && out.issues.length === 0) out.issues.push({ row: 0, problem: 'empty' });
  out.issues.sort((a, b) => a.row - b.row);
  return out;
}

export interface MetricImportResult {
  added: number;
  updated: number;
  accountsCreated: number;
}

/**
 * Writes validated rows in one transaction: all or nothing. Unknown accounts are created with the
 * row's role (own when the file has none); a known account keeps its role unless the row names one.
 */
export async function importMetricRows(rows: readonly MetricCsvRow[], now: number): Promise<MetricImportResult> {
  if (rows.length === 0) throw new DbError('invalid', 'nothing to import');
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.accounts, db.metrics, async () => {
      const res: MetricImportResult = { added: 0, updated: 0, accountsCreated: 0 };
      const accounts = new Map<string, Account>();
      for (const r of rows) {
        const key = `${r.platform}|${r.handle}`;
        let account = accounts.get(key);
        if (!account) {
          const existing = await db.accounts.where('[platform+handle]').equals([r.platform, r.handle]).first();
          if (existing && (r.role === null || r.role === existing.role)) account = existing;
          else {
            if (!existing) res.accountsCreated++;
            account = await ensureAccount(r.platform, r.handle, existing?.displayName ?? '', r.role ?? existing?.role ?? 'own', now);
          }
          accounts.set(key, account);
        }
        const { created } = await saveSnapshot({ accountId: account.id, platform: r.platform, date: r.date, values: r.values, source: 'csv' }, now);
        if (created) res.added++;
        else res.updated++;
      }
      return res;
    }),
  );
}
