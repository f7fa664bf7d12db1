import type { Campaign, CampaignEntry } from '../models';
import { normalizeHeader, parseCsv, parseDateCell, restoreCell } from './csv';
import { formatDateKey } from './tz';

export type MetaField =
  | 'campaignName'
  | 'start'
  | 'end'
  | 'spend'
  | 'impressions'
  | 'reach'
  | 'clicks'
  | 'results'
  | 'resultIndicator';

export const REQUIRED_META_FIELDS: readonly MetaField[] = ['campaignName', 'start', 'end', 'spend'];

type HeaderLang = 'en' | 'id';

const META_ALIASES: Record<MetaField, Record<HeaderLang, readonly string[]>> = {
  campaignName: { en: ['campaignname', 'campaign'], id: ['namakampanye', 'kampanye'] },
  start: { en: ['reportingstarts', 'reportingstart'], id: ['awalpelaporan', 'mulaipelaporan'] },
  end: { en: ['reportingends', 'reportingend'], id: ['akhirpelaporan', 'akhirpelaporan'] },
  spend: { en: ['amountspent'], id: ['jumlahyangdibelanjakan', 'jumlahdibelanjakan', 'jumlahyangdihabiskan'] },
  impressions: { en: ['impressions'], id: ['impresi'] },
  reach: { en: ['reach'], id: ['jangkauan'] },
  clicks: { en: ['linkclicks'], id: ['kliktautan'] },
  results: { en: ['results'], id: ['hasil'] },
  resultIndicator: { en: ['resultindicator'], id: ['indikatorhasil'] },
};

export interface MetaAdsRow {
  rowNumber: number;
  campaignName: string;
  /** Reporting start and end, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** ISO 4217 code from the spend header ("Amount spent (IDR)"), or null when the header has none. */
  currency: string | null;
  spend: number;
  impressions: number;
  reach: number;
  clicks: number;
  results: number;
  resultIndicator: string | null;
}

export type MetaReasonCode = 'invalid-date' | 'invalid-number' | 'end-before-start';

export interface MetaReason {
  code: MetaReasonCode;
  field: MetaField;
  params: Record<string, string | number>;
}

export interface MetaAdsImport {
  headers: string[];
  /** Column index per recognised field. */
  mapping: Partial<Record<MetaField, number>>;
  /** Required columns the file lacks; when non-empty, `rows` is empty. */
  missing: MetaField[];
  /** Language the headers are in (decides ambiguous numbers like "1.234" when nothing else does). */
  language: HeaderLang | null;
  /** Decimal separator the file uses. */
  decimalSeparator: '.' | ',';
  currency: string | null;
  rows: MetaAdsRow[];
  rejected: Array<{ rowNumber: number; reasons: MetaReason[] }>;
  /** Rows without a campaign name (Meta's summary rows). */
  skipped: number[];
}

/** Finds the columns of a Meta Ads Manager export in English or Indonesian, and the spend currency. */
export function guessMetaMapping(headers: readonly string[]): {
  mapping: Partial<Record<MetaField, number>>;
  language: HeaderLang | null;
  currency: string | null;
} {
  const mapping: Partial<Record<MetaField, number>> = {};
  const votes: Record<HeaderLang, number> = { en: 0, id: 0 };
  let currency: string | null = null;
  headers.forEach((header, idx) => {
    const cur = /\(\s*([A-Za-z]{3})\s*\)\s*$/.exec(header);
    const key = normalizeHeader(cur ? header.slice(0, cur.index) : header);
    for (const field of Object.keys(META_ALIASES) as MetaField[]) {
      if (mapping[field] !== undefined) continue;
      for (const lang of ['en', 'id'] as const) {
        if (!META_ALIASES[field][lang].includes(key)) continue;
        mapping[field] = idx;
        votes[lang]++;
        if (field === 'spend' && cur?.[1]) currency = cur[1].toUpperCase();
        return;
      }
    }
  });
  const language = votes.en === 0 && votes.id === 0 ? null : votes.id > votes.en ? 'id' : 'en';
  return { mapping, language, currency };
}

function stripNumber(raw: string): string {
  return raw.replace(/[\s\u00a0\u202f]/g, '').replace(/^(?:rp|idr|usd|us\$|\$|€|£)/i, '').replace(/(?:idr|usd)$/i, '');
}

/** The decimal separator a cell proves, or null when it could be either ("1.234", "12"). */
function provenDecimal(raw: string): '.' | ',' | null {
  const s = stripNumber(raw).replace(/^-/, '');
  const dot = s.lastIndexOf('.');
  const comma = s.lastIndexOf(',');
  if (dot !== -1 && comma !== -1) return dot > comma ? '.' : ',';
  const sep = dot !== -1 ? '.' : comma !== -1 ? ',' : null;
  if (!sep) return null;
  if (s.indexOf(sep) !== s.lastIndexOf(sep)) return sep === '.' ? ',' : '.';
  const decimals = s.length - s.lastIndexOf(sep) - 1;
  return decimals === 3 ? null : sep;
}

/**
 * Reads "1,234,567.89", "1.234.567,89", "Rp 1.234.567", "12" or "" (Meta leaves zero cells blank).
 * A single separator followed by three digits is a thousands separator for whole-number fields and
 * otherwise follows `decimal`. Returns null for anything else (text, malformed grouping).
 */
export function parseLocaleNumber(raw: string, decimal: '.' | ',', wholeNumber = false): number | null {
  const s = stripNumber(raw);
  if (s === '' || s === '-' || s === '—' || s === '–') return 0;
  const m = /^(-?)([0-9.,]+)$/.exec(s);
  if (!m || !m[2]) return null;
  const body = m[2];
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  let decimalSep: '.' | ',' | null;
  if (dot !== -1 && comma !== -1) decimalSep = dot > comma ? '.' : ',';
  else {
    const sep = dot !== -1 ? '.' : comma !== -1 ? ',' : null;
    if (!sep) decimalSep = null;
    else if (body.indexOf(sep) !== body.lastIndexOf(sep)) decimalSep = null;
    else if (body.length - body.lastIndexOf(sep) - 1 !== 3) decimalSep = sep;
    else decimalSep = wholeNumber ? null : sep === decimal ? sep : null;
  }
  const thousandsSep = decimalSep === '.' ? ',' : decimalSep === ',' ? '.' : dot !== -1 ? '.' : ',';
  const [intPart = '', fracPart, extra] = decimalSep ? body.split(decimalSep) : [body];
  if (extra !== undefined) return null;
  if (fracPart !== undefined && !/^\d+$/.test(fracPart)) return null;
  const groups = intPart.split(thousandsSep);
  if (groups.length > 1) {
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
  } else if (!/^\d+$/.test(intPart)) return null;
  const value = Number(`${groups.join('')}${fracPart !== undefined ? `.${fracPart}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return m[1] === '-' ? -value : value;
}

/**
 * Parses a Meta Ads Manager CSV export (English or Indonesian interface). Rows keep their spreadsheet
 * row numbers; numbers may use either "1,234.56" or "1.234,56".
 */
export function parseMetaAdsCsv(text: string): MetaAdsImport {
  const { headers, rows } = parseCsv(text);
  const { mapping, language, currency } = guessMetaMapping(headers);
  const missing = REQUIRED_META_FIELDS.filter((f) => mapping[f] === undefined);
  const cell = (cells: readonly string[], f: MetaField): string => {
    const i = mapping[f];
    return i === undefined ? '' : restoreCell(cells[i] ?? '').trim();
  };

  // One file uses one format: take it from any spend cell that proves it, else from the header language.
  let decimalSeparator: '.' | ',' = language === 'id' ? ',' : '.';
  if (mapping.spend !== undefined) {
    for (const r of rows) {
      const proven = provenDecimal(cell(r.cells, 'spend'));
      if (proven) {
        decimalSeparator = proven;
        break;
      }
    }
  }

  const result: MetaAdsImport = {
    headers,
    mapping,
    missing,
    language,
    decimalSeparator,
    currency,
    rows: [],
    rejected: [],
    skipped: [],
  };
  if (missing.length > 0) return result;

  for (const { rowNumber, cells } of rows) {
    const campaignName = cell(cells, 'campaignName');
    if (campaignName === '') {
      result.skipped.push(rowNumber);
      continue;
    }
    const reasons: MetaReason[] = [];
    const date = (f: 'start' | 'end'): string => {
      const raw = cell(cells, f);
      const parsed = parseDateCell(raw);
      if (!parsed) {
        reasons.push({ code: 'invalid-date', field: f, params: { value: raw.slice(0, 40) } });
        return '';
      }
      return formatDateKey(parsed.date.year, parsed.date.month, parsed.date.day);
    };
    const num = (f: MetaField, whole: boolean): number => {
      const raw = cell(cells, f);
      const n = parseLocaleNumber(raw, decimalSeparator, whole);
      if (n === null || n < 0) {
        reasons.push({ code: 'invalid-number', field: f, params: { value: raw.slice(0, 40) } });
        return 0;
      }
      return n;
    };
    const start = date('start');
    const end = date('end');
    if (start && end && end < start) reasons.push({ code: 'end-before-start', field: 'end', params: { start, end } });
    const row: MetaAdsRow = {
      rowNumber,
      campaignName,
      start,
      end,
      currency,
      spend: num('spend', false),
      impressions: num('impressions', true),
      reach: num('reach', true),
      clicks: num('clicks', true),
      results: num('results', true),
      resultIndicator: cell(cells, 'resultIndicator') || null,
    };
    if (reasons.length > 0) result.rejected.push({ rowNumber, reasons });
    else result.rows.push(row);
  }
  return result;
}

export type MatchKind = 'exact' | 'normalized' | 'fuzzy';

export interface CampaignCandidate {
  campaignId: string;
  campaignName: string;
  score: number;
}

export interface CampaignMatch {
  /** Campaign name as exported by Meta. */
  campaignName: string;
  rowNumbers: number[];
  /** Best match; `fuzzy` ones are suggestions the user must confirm. */
  match: (CampaignCandidate & { kind: MatchKind }) | null;
  needsConfirmation: boolean;
  /** Other plausible campaigns for a picker, best first. */
  suggestions: CampaignCandidate[];
}

/** Lower-case, no spaces: "Promo  Ramadan" and "promoramadan" are the same campaign. */
function squash(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function alnum(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/**
 * Similarity 0–1 of two campaign names, ignoring case, spacing and punctuation. A name contained in
 * the other scores at least 0.6, because ad accounts often add suffixes ("Promo Ramadan – IG – Traffic").
 */
export function nameSimilarity(a: string, b: string): number {
  const x = alnum(a);
  const y = alnum(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  const longer = Math.max(x.length, y.length);
  const shorter = Math.min(x.length, y.length);
  const lev = 1 - levenshtein(x, y) / longer;
  const contained = shorter >= 4 && (x.includes(y) || y.includes(x)) ? 0.6 + 0.4 * (shorter / longer) : 0;
  return Math.max(lev, contained);
}

const FUZZY_MIN = 0.6;
const SUGGEST_MIN = 0.4;

/**
 * Pairs each distinct Meta campaign name with a Kelola campaign: exact name, then the same name
 * ignoring case and spaces, then the most similar name (score ≥ 0.6) as a suggestion to confirm.
 */
export function matchCampaigns(
  rows: ReadonlyArray<Pick<MetaAdsRow, 'campaignName' | 'rowNumber'>>,
  campaigns: ReadonlyArray<Pick<Campaign, 'id' | 'name'>>,
): CampaignMatch[] {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const list = groups.get(r.campaignName);
    if (list) list.push(r.rowNumber);
    else groups.set(r.campaignName, [r.rowNumber]);
  }
  const out: CampaignMatch[] = [];
  for (const [name, rowNumbers] of groups) {
    const scored = campaigns
      .map((c) => ({ campaignId: c.id, campaignName: c.name, score: nameSimilarity(name, c.name) }))
      .sort((a, b) => b.score - a.score || a.campaignName.localeCompare(b.campaignName));
    let match: CampaignMatch['match'] = null;
    const exact = campaigns.find((c) => c.name === name) ?? campaigns.find((c) => c.name.trim() === name.trim());
    if (exact) {
      match = { campaignId: exact.id, campaignName: exact.name, score: 1, kind: 'exact' };
    } else {
      const normalized = campaigns.find((c) => squash(c.name) === squash(name));
      if (normalized) match = { campaignId: normalized.id, campaignName: normalized.name, score: 1, kind: 'normalized' };
      else if (scored[0] && scored[0].score >= FUZZY_MIN) match = { ...scored[0], kind: 'fuzzy' };
    }
    out.push({
      campaignName: name,
      rowNumbers,
      match,
      needsConfirmation: match?.kind === 'fuzzy',
      suggestions: scored.filter((s) => s.score >= SUGGEST_MIN && s.campaignId !== match?.campaignId).slice(0, 3),
    });
  }
  return out;
}

export class CurrencyMismatchError extends Error {
  constructor(
    readonly rowCurrency: string,
    readonly campaignCurrency: string,
  ) {
    super(`Export is in ${rowCurrency}, campaign is in ${campaignCurrency}`);
    this.name = 'CurrencyMismatchError';
  }
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A campaign entry for one export row, dated on the reporting end. The id is derived from the Meta
 * campaign name and the reporting period, so importing the same export twice replaces rather than
 * duplicates. Results become leads or conversions when the result indicator says so; otherwise they
 * are kept in the note. Throws `CurrencyMismatchError` when the export's currency is not the campaign's.
 */
export function toCampaignEntries(row: MetaAdsRow, campaign: Pick<Campaign, 'id' | 'currency'>): CampaignEntry {
  if (row.currency !== null && row.currency !== campaign.currency) {
    throw new CurrencyMismatchError(row.currency, campaign.currency);
  }
  const entry: CampaignEntry = {
    id: `meta-csv:${row.start}_${row.end}:${fnv1a(squash(row.campaignName))}`,
    date: row.end,
    spend: row.spend,
    impressions: row.impressions,
    reach: row.reach,
    clicks: row.clicks,
    source: 'meta-csv',
  };
  const indicator = row.resultIndicator ?? '';
  let resultsUsed = false;
  if (/lead|prospek|formulir/i.test(indicator)) {
    entry.leads = row.results;
    resultsUsed = true;
  } else if (/purchase|pembelian|conversion|konversi/i.test(indicator)) {
    entry.conversions = row.results;
    resultsUsed = true;
  }
  const period = row.start === row.end ? row.start : `${row.start}–${row.end}`;
  let note = `Meta: ${row.campaignName} (${period})`;
  if (!resultsUsed && row.results > 0) note += `; results ${row.results}${indicator ? ` [${indicator}]` : ''}`;
  entry.note = note.length > 500 ? `${note.slice(0, 499)}…` : note;
  return entry;
}
