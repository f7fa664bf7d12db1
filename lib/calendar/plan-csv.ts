import type { Lang, Platform, Post, PostStatus, Utm } from '../models';
import { normalizeHeader, parseCsv, parseDateCell, parseTimeCell, restoreCell, type CsvRow, type TimeParts } from './csv';
import { CAPTION_LIMITS, captionLength } from './limits';
import { normalizePillar } from './mix';
import { assertTimeZone, formatTime, isValidTimeZone, resolveLocal } from './tz';
import { isCompleteUtm, isHttpUrl, parseUtm, stripUtm } from './utm';

export type { CsvRow } from './csv';

export const PLAN_FIELDS = ['date', 'time', 'platform', 'caption', 'pillar', 'campaign', 'status', 'link'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** Column index (0-based) for each field the user mapped. */
export type PlanMapping = Partial<Record<PlanField, number>>;

/** Without these columns the import makes no sense; other columns are optional. */
export const REQUIRED_PLAN_FIELDS: readonly PlanField[] = ['date', 'platform'];

export const PLAN_CSV_HEADER = PLAN_FIELDS.join(',');

/**
 * The downloadable template. Columns:
 * - date: `YYYY-MM-DD`, `DD/MM/YYYY` or `DD-MM-YYYY`; empty for an idea without a date
 * - time: `HH:MM` or `HH.MM` (24 h), optionally `WIB`/`WITA`/`WIT`; empty uses the default time
 * - platform: one or more of instagram/ig, facebook/fb, x/twitter, tiktok/tt, youtube/yt,
 *   linkedin/li, threads, separated by commas
 * - caption: free text; line breaks allowed inside quotes
 * - pillar, campaign: names as in the monthly plan and the campaign list
 * - status: idea/ide, draft/draf, scheduled/terjadwal, published/terbit; empty means scheduled when
 *   the row has a date, idea otherwise
 * - link: http(s) address; UTM parameters in it are kept as the post's UTM
 */
export const PLAN_CSV_TEMPLATE = [
  PLAN_CSV_HEADER,
  '2025-03-03,19:00,instagram,"Menu sahur praktis untuk keluarga 🌙\nSimpan dulu biar nggak lupa!",Edukasi,Promo Ramadan,terjadwal,https://contoh.co.id/resep-sahur',
  '05/03/2025,12.00,"ig, tiktok","Flash sale 3.3 mulai jam 12 siang! Diskon sampai 50%, stok terbatas.",Promosi,Promo Ramadan,draf,https://contoh.co.id/flash-sale?utm_source=instagram&utm_medium=social&utm_campaign=promo-ramadan',
  ',,linkedin,"Ide: cerita tim gudang menjelang Lebaran",Behind the scenes,,ide,',
].join('\r\n');

const HEADER_ALIASES: Record<PlanField, readonly string[]> = {
  date: ['date', 'tanggal', 'tgl', 'postdate', 'publishdate', 'scheduleddate', 'tanggalposting', 'tanggalterbit', 'tanggaltayang', 'hari', 'day'],
  time: ['time', 'jam', 'waktu', 'pukul', 'posttime', 'publishtime', 'jamposting', 'jamtayang', 'jamterbit'],
  platform: ['platform', 'platforms', 'kanal', 'channel', 'channels', 'network', 'media', 'medsos', 'mediasosial', 'socialmedia', 'socialnetwork'],
  caption: ['caption', 'keterangan', 'teks', 'text', 'copy', 'copywriting', 'konten', 'content', 'isi', 'isikonten', 'post', 'postingan', 'deskripsi', 'description'],
  pillar: ['pillar', 'pilar', 'contentpillar', 'pilarkonten', 'tema', 'theme'],
  campaign: ['campaign', 'kampanye', 'campaignname', 'namakampanye'],
  status: ['status', 'state', 'tahap'],
  link: ['link', 'tautan', 'url', 'ctalink', 'linkcta', 'tautancta', 'landingpage'],
};

/** Maps each field to the first unused column whose header matches an English or Indonesian name. */
export function guessMapping(headers: readonly string[]): PlanMapping {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: PlanMapping = {};
  for (const field of PLAN_FIELDS) {
    const aliases = HEADER_ALIASES[field];
    for (const alias of aliases) {
      const idx = normalized.findIndex((h, i) => !used.has(i) && h === alias);
      if (idx !== -1) {
        mapping[field] = idx;
        used.add(idx);
        break;
      }
    }
  }
  return mapping;
}

export function missingRequiredFields(mapping: PlanMapping): PlanField[] {
  return REQUIRED_PLAN_FIELDS.filter((f) => mapping[f] === undefined);
}

/** Parses plan CSV text (BOM, `;` from Indonesian Excel, quoted newlines). */
export function parsePlanCsv(text: string): { headers: string[]; rows: CsvRow[]; errors: Array<{ rowNumber: number; message: string }> } {
  const { headers, rows, errors } = parseCsv(text);
  return { headers, rows, errors };
}

const PLATFORM_ALIASES: Record<string, Platform> = {
  x: 'x',
  twitter: 'x',
  tw: 'x',
  xtwitter: 'x',
  twitterx: 'x',
  facebook: 'facebook',
  fb: 'facebook',
  instagram: 'instagram',
  ig: 'instagram',
  insta: 'instagram',
  reels: 'instagram',
  igreels: 'instagram',
  instagramreels: 'instagram',
  igstory: 'instagram',
  instagramstory: 'instagram',
  fbreels: 'facebook',
  facebookreels: 'facebook',
  linkedin: 'linkedin',
  li: 'linkedin',
  youtube: 'youtube',
  yt: 'youtube',
  youtubeshorts: 'youtube',
  shorts: 'youtube',
  ytshorts: 'youtube',
  tiktok: 'tiktok',
  tt: 'tiktok',
  threads: 'threads',
};

/** Platform from a name or alias ("IG", "Twitter", "X (Twitter)"), or null. */
export function parsePlatform(value: string): Platform | null {
  return PLATFORM_ALIASES[normalizeHeader(value)] ?? null;
}

const STATUS_ALIASES: Record<string, PostStatus> = {
  idea: 'idea',
  ide: 'idea',
  gagasan: 'idea',
  draft: 'draft',
  draf: 'draft',
  konsep: 'draft',
  scheduled: 'scheduled',
  schedule: 'scheduled',
  terjadwal: 'scheduled',
  dijadwalkan: 'scheduled',
  jadwal: 'scheduled',
  published: 'published',
  publish: 'published',
  posted: 'published',
  live: 'published',
  terbit: 'published',
  diterbitkan: 'published',
  tayang: 'published',
  sudahtayang: 'published',
  missed: 'missed',
  terlewat: 'missed',
};

export function parseStatus(value: string): PostStatus | null {
  return STATUS_ALIASES[normalizeHeader(value)] ?? null;
}

export type RejectionCode =
  | 'missing-platform'
  | 'unknown-platform'
  | 'missing-date'
  | 'invalid-date'
  | 'invalid-time'
  | 'unknown-status'
  | 'invalid-link'
  | 'too-long'
  | 'published-in-future';

export type WarningCode =
  | 'caption-over-limit'
  | 'unknown-campaign'
  | 'unknown-pillar'
  | 'time-defaulted'
  | 'scheduled-in-past'
  | 'link-scheme-added'
  | 'duplicate-row'
  | 'dst-shifted';

export type ReasonCode = RejectionCode | WarningCode;

export interface RowReason {
  code: ReasonCode;
  field: PlanField | null;
  params: Record<string, string | number>;
}

export type PostDraft = Omit<Post, 'id' | 'createdAt' | 'updatedAt'>;

export interface ValidPlanRow {
  rowNumber: number;
  post: PostDraft;
  warnings: RowReason[];
}

export interface RejectedPlanRow {
  rowNumber: number;
  reasons: RowReason[];
}

export interface PlanValidation {
  valid: ValidPlanRow[];
  rejected: RejectedPlanRow[];
  /** Rows whose mapped cells were all blank. */
  skipped: number[];
}

export interface PlanValidationContext {
  /** Zone the dates and times in the file are read in (the plan's zone). */
  timeZone: string;
  campaigns: ReadonlyArray<{ id: string; name: string }>;
  now: number;
  /** The plan's pillar names: a matching cell takes the plan's spelling, others get a warning. */
  pillars?: readonly string[];
  /** Used when a row has a date but no time. Default `09:00`. */
  defaultTime?: string;
}

const MAX_CAPTION = 20_000;
const MAX_SHORT = 500;
const MAX_URL = 2048;
const MAX_PARAM = 80;

const clip = (s: string): string => (s.length > MAX_PARAM ? `${s.slice(0, MAX_PARAM - 1)}…` : s);
const LOOKS_LIKE_DOMAIN = /^(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?::\d{2,5})?(?:[/?#]\S*)?$/i;

function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function reason(code: ReasonCode, field: PlanField | null, params: Record<string, string | number> = {}): RowReason {
  return { code, field, params };
}

function parseLink(raw: string, rejections: RowReason[], warnings: RowReason[]): { link: string | null; utm: Utm | null } {
  let link = raw.trim();
  if (link === '') return { link: null, utm: null };
  if (!/^[a-z][a-z0-9+.-]*:/i.test(link) && LOOKS_LIKE_DOMAIN.test(link)) {
    link = `https://${link}`;
    warnings.push(reason('link-scheme-added', 'link', { value: clip(link) }));
  }
  if (!/^https?:\/\//i.test(link) || /\s/.test(link) || link.length > MAX_URL || !isHttpUrl(link)) {
    rejections.push(reason('invalid-link', 'link', { value: clip(raw.trim()) }));
    return { link: null, utm: null };
  }
  if (!/[?&]utm_/i.test(link)) return { link, utm: null };
  const utm = parseUtm(link);
  const fits =
    utm !== null &&
    isCompleteUtm(utm) &&
    utm.source.length <= 100 &&
    utm.medium.length <= 100 &&
    utm.campaign.length <= 200 &&
    (utm.term?.length ?? 0) <= 200 &&
    (utm.content?.length ?? 0) <= 200;
  // A complete UTM set is stored apart from the link so the post's UTM fields edit it; an incomplete
  // one stays in the link as written.
  return fits ? { link: stripUtm(link), utm } : { link, utm: null };
}

function memo<T>(fn: (value: string) => T, max = 50_000): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    if (cache.has(value)) return cache.get(value) as T;
    const result = fn(value);
    if (cache.size >= max) cache.clear();
    cache.set(value, result);
    return result;
  };
}

export interface PlanRowValidator {
  validate(row: CsvRow): void;
  result(): PlanValidation;
}

/** Stateful validator (duplicate detection spans rows), shared by the sync and chunked entry points. */
export function createPlanValidator(mapping: PlanMapping, ctx: PlanValidationContext): PlanRowValidator {
  assertTimeZone(ctx.timeZone);
  const parsedDefault = parseTimeCell(ctx.defaultTime ?? '09:00');
  if (!parsedDefault) throw new RangeError(`defaultTime must be HH:MM, got ${ctx.defaultTime}`);
  const defaultTime: TimeParts = parsedDefault;
  const campaignsByName = new Map<string, string>();
  const campaignIds = new Set<string>();
  for (const c of ctx.campaigns) {
    const key = normalizeName(c.name);
    if (!campaignsByName.has(key)) campaignsByName.set(key, c.id);
    campaignIds.add(c.id);
  }
  const pillarsByName = ctx.pillars ? new Map(ctx.pillars.map((p) => [normalizePillar(p), p])) : null;
  const valid: ValidPlanRow[] = [];
  const rejected: RejectedPlanRow[] = [];
  const skipped: number[] = [];
  const seen = new Map<string, number>();
  const mappedFields = PLAN_FIELDS.filter((f) => mapping[f] !== undefined);

  // Spreadsheets repeat the same dates, platforms, statuses and campaigns on many rows; parsing each
  // distinct cell once keeps 100k-row files fast.
  const platformsOf = memo((value: string) => {
    const platforms: Platform[] = [];
    const unknown: string[] = [];
    for (const token of value.split(/[,;/|+&]|\s+(?:dan|and)\s+/i)) {
      if (token.trim() === '') continue;
      const p = parsePlatform(token);
      if (!p) unknown.push(clip(token.trim()));
      else if (!platforms.includes(p)) platforms.push(p);
    }
    return { platforms, unknown };
  });
  const statusOf = memo(parseStatus);
  const dateOf = memo(parseDateCell);
  const timeOf = memo(parseTimeCell);
  const campaignOf = memo(
    (value: string): string | null => campaignsByName.get(normalizeName(value)) ?? (campaignIds.has(value) ? value : null),
  );

  const cell = (cells: readonly string[], field: PlanField): string => {
    const idx = mapping[field];
    if (idx === undefined) return '';
    return restoreCell(cells[idx] ?? '');
  };

  function validate(row: CsvRow): void {
    const { rowNumber, cells } = row;
    if (mappedFields.every((f) => (cells[mapping[f] ?? -1] ?? '').trim() === '')) {
      skipped.push(rowNumber);
      return;
    }
    const rejections: RowReason[] = [];
    const warnings: RowReason[] = [];

    const platformCell = cell(cells, 'platform').trim();
    let platforms: Platform[] = [];
    if (platformCell === '') {
      rejections.push(reason('missing-platform', 'platform'));
    } else {
      const parsedPlatforms = platformsOf(platformCell);
      platforms = [...parsedPlatforms.platforms];
      for (const value of parsedPlatforms.unknown) rejections.push(reason('unknown-platform', 'platform', { value }));
      if (platforms.length === 0 && rejections.length === 0) rejections.push(reason('missing-platform', 'platform'));
    }

    const statusCell = cell(cells, 'status').trim();
    let status: PostStatus | null = null;
    if (statusCell !== '') {
      status = statusOf(statusCell);
      if (!status) rejections.push(reason('unknown-status', 'status', { value: clip(statusCell) }));
    }

    const dateCell = cell(cells, 'date').trim();
    const timeCell = cell(cells, 'time').trim();
    let scheduledAt: number | null = null;
    let timeZone = ctx.timeZone;
    if (dateCell === '') {
      if (timeCell !== '' || status === 'scheduled' || status === 'published' || status === 'missed') {
        rejections.push(reason('missing-date', 'date'));
      }
    } else {
      const parsed = dateOf(dateCell);
      let time: TimeParts | null = null;
      if (!parsed || parsed.date.year < 2000 || parsed.date.year > 2100) {
        rejections.push(reason('invalid-date', 'date', { value: clip(dateCell) }));
      } else if (timeCell !== '') {
        time = timeOf(timeCell);
        if (!time) rejections.push(reason('invalid-time', 'time', { value: clip(timeCell) }));
      } else if (parsed.time) {
        time = parsed.time;
      } else {
        time = defaultTime;
        warnings.push(reason('time-defaulted', 'time', { time: formatTime(defaultTime.hour, defaultTime.minute) }));
      }
      if (parsed && time && rejections.every((r) => r.field !== 'date')) {
        if (time.zone && isValidTimeZone(time.zone)) timeZone = time.zone;
        const local = { ...parsed.date, hour: time.hour, minute: time.minute };
        const { instant, resolution } = resolveLocal(local, timeZone);
        scheduledAt = instant;
        if (resolution === 'gap') {
          warnings.push(reason('dst-shifted', 'time', { time: formatTime(time.hour, time.minute), zone: timeZone }));
        }
      }
    }
    status ??= dateCell === '' ? 'idea' : 'scheduled';
    const dateLabel = scheduledAt !== null ? `${dateCell}${timeCell ? ` ${timeCell}` : ''}` : '';
    if (scheduledAt !== null && status === 'published' && scheduledAt > ctx.now) {
      rejections.push(reason('published-in-future', 'status', { date: clip(dateLabel) }));
    }
    if (scheduledAt !== null && status === 'scheduled' && scheduledAt < ctx.now) {
      warnings.push(reason('scheduled-in-past', 'date', { date: clip(dateLabel) }));
    }

    const caption = cell(cells, 'caption').replace(/\r\n?/g, '\n');
    // The model limits UTF-16 length (what zod's max() measures), so the hard limit uses `.length`.
    if (caption.length > MAX_CAPTION) {
      rejections.push(reason('too-long', 'caption', { max: MAX_CAPTION, length: caption.length }));
    } else {
      for (const p of platforms) {
        // Code points never outnumber UTF-16 units, so short captions need no count (X weighs links and emoji).
        if (p !== 'x' && caption.length <= CAPTION_LIMITS[p]) continue;
        const length = captionLength(caption, p);
        if (length > CAPTION_LIMITS[p]) {
          warnings.push(reason('caption-over-limit', 'caption', { platform: p, limit: CAPTION_LIMITS[p], length }));
        }
      }
    }

    let pillar: string | null = cell(cells, 'pillar').trim().replace(/\s+/g, ' ');
    if (pillar === '') pillar = null;
    else if (pillar.length > MAX_SHORT) rejections.push(reason('too-long', 'pillar', { max: MAX_SHORT, length: pillar.length }));
    else if (pillarsByName) {
      const canonical = pillarsByName.get(normalizePillar(pillar));
      if (canonical !== undefined) pillar = canonical;
      else warnings.push(reason('unknown-pillar', 'pillar', { value: clip(pillar) }));
    }

    // An unknown campaign keeps the post and drops the link: one typo should not cost the row.
    const campaignCell = cell(cells, 'campaign').trim();
    let campaignId: string | null = null;
    if (campaignCell !== '') {
      campaignId = campaignOf(campaignCell);
      if (campaignId === null) warnings.push(reason('unknown-campaign', 'campaign', { value: clip(campaignCell) }));
    }

    const { link, utm } = parseLink(cell(cells, 'link'), rejections, warnings);

    if (rejections.length > 0) {
      rejected.push({ rowNumber, reasons: rejections });
      return;
    }

    const dupKey = `${scheduledAt ?? ''}|${[...platforms].sort().join(',')}|${caption}`;
    const first = seen.get(dupKey);
    if (first !== undefined) warnings.push(reason('duplicate-row', null, { row: first }));
    else seen.set(dupKey, rowNumber);

    valid.push({
      rowNumber,
      warnings,
      post: {
        platforms,
        accountId: null,
        scheduledAt,
        timeZone,
        caption,
        pillar,
        contentType: null,
        assetLinks: [],
        link,
        utm,
        status,
        campaignId,
        notes: '',
        source: null,
        publishedAt: status === 'published' ? scheduledAt : null,
        remindedAt: null,
      },
    });
  }

  return { validate, result: () => ({ valid, rejected, skipped }) };
}

/**
 * Turns mapped CSV rows into post drafts, or reasons why a row cannot be imported. Cell text is kept
 * verbatim (formula-like or markup text included); only a `'` added by our own export is removed.
 *
 * Policy: a row is rejected only when it cannot become a sensible post (no/unknown platform, bad
 * date/time/status/link, text over the model's size limits, "published" in the future). Everything
 * recoverable is a warning on a valid row: an unknown campaign name imports the post without a
 * campaign, a caption over a platform's limit imports as is, a missing time takes `defaultTime`.
 */
export function validatePlanRows(rows: readonly CsvRow[], mapping: PlanMapping, ctx: PlanValidationContext): PlanValidation {
  const v = createPlanValidator(mapping, ctx);
  for (const row of rows) v.validate(row);
  return v.result();
}

export interface ChunkOptions {
  chunkSize?: number;
  signal?: AbortSignal;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Same as `validatePlanRows`, yielding to the event loop between chunks so a progress bar can paint.
 * `onProgress(done, total)` runs after each chunk. Rejects with the signal's reason when aborted.
 */
export async function validatePlanRowsChunked(
  rows: readonly CsvRow[],
  mapping: PlanMapping,
  ctx: PlanValidationContext,
  onProgress?: (done: number, total: number) => void,
  options: ChunkOptions = {},
): Promise<PlanValidation> {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 2000));
  const v = createPlanValidator(mapping, ctx);
  for (let start = 0; start < rows.length; start += chunkSize) {
    options.signal?.throwIfAborted();
    const end = Math.min(rows.length, start + chunkSize);
    for (let i = start; i < end; i++) {
      const row = rows[i];
      if (row) v.validate(row);
    }
    onProgress?.(end, rows.length);
    if (end < rows.length) await yieldToEventLoop();
  }
  if (rows.length === 0) onProgress?.(0, 0);
  return v.result();
}

const PLATFORM_LABELS: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
};

const FIELD_LABELS: Record<PlanField, Record<Lang, string>> = {
  date: { id: 'Tanggal', en: 'Date' },
  time: { id: 'Jam', en: 'Time' },
  platform: { id: 'Platform', en: 'Platform' },
  caption: { id: 'Caption', en: 'Caption' },
  pillar: { id: 'Pilar', en: 'Pillar' },
  campaign: { id: 'Kampanye', en: 'Campaign' },
  status: { id: 'Status', en: 'Status' },
  link: { id: 'Tautan', en: 'Link' },
};

const MESSAGES: Record<ReasonCode, Record<Lang, string>> = {
  'missing-platform': { id: 'Platform kosong.', en: 'Platform is empty.' },
  'unknown-platform': {
    id: 'Platform “{value}” tidak dikenal. Gunakan ig, fb, x, tiktok, yt, linkedin atau threads.',
    en: 'Unknown platform “{value}”. Use ig, fb, x, tiktok, yt, linkedin or threads.',
  },
  'missing-date': {
    id: 'Tanggal wajib diisi untuk baris yang punya jam atau berstatus terjadwal/terbit.',
    en: 'A date is required when the row has a time or is scheduled/published.',
  },
  'invalid-date': {
    id: 'Tanggal “{value}” tidak valid. Gunakan YYYY-MM-DD, DD/MM/YYYY atau DD-MM-YYYY.',
    en: 'Invalid date “{value}”. Use YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY.',
  },
  'invalid-time': {
    id: 'Jam “{value}” tidak valid. Gunakan HH:MM atau HH.MM (24 jam).',
    en: 'Invalid time “{value}”. Use HH:MM or HH.MM (24-hour).',
  },
  'unknown-status': {
    id: 'Status “{value}” tidak dikenal. Gunakan ide, draf, terjadwal atau terbit.',
    en: 'Unknown status “{value}”. Use idea, draft, scheduled or published.',
  },
  'invalid-link': {
    id: 'Tautan “{value}” tidak valid; harus alamat http:// atau https://.',
    en: 'Invalid link “{value}”; it must be an http:// or https:// address.',
  },
  'too-long': {
    id: '{field} terlalu panjang ({length} karakter, maksimal {max}).',
    en: '{field} is too long ({length} characters, maximum {max}).',
  },
  'published-in-future': {
    id: 'Status terbit, tetapi jadwalnya ({date}) belum lewat.',
    en: 'Marked published, but its date ({date}) is still in the future.',
  },
  'caption-over-limit': {
    id: 'Caption {length} karakter, melebihi batas {platform} ({limit}).',
    en: 'Caption has {length} characters, over the {platform} limit ({limit}).',
  },
  'unknown-campaign': {
    id: 'Kampanye “{value}” tidak ditemukan; postingan diimpor tanpa kampanye.',
    en: 'Campaign “{value}” not found; the post is imported without a campaign.',
  },
  'unknown-pillar': {
    id: 'Pilar “{value}” tidak ada di rencana bulanan.',
    en: 'Pillar “{value}” is not in the monthly plan.',
  },
  'time-defaulted': { id: 'Jam kosong; dipakai {time}.', en: 'No time given; {time} is used.' },
  'scheduled-in-past': { id: 'Jadwal {date} sudah lewat.', en: 'The scheduled time {date} has passed.' },
  'link-scheme-added': { id: 'Tautan dilengkapi menjadi {value}.', en: 'Link completed to {value}.' },
  'duplicate-row': { id: 'Sama dengan baris {row}.', en: 'Same as row {row}.' },
  'dst-shifted': {
    id: 'Jam {time} tidak ada di zona {zone} pada hari itu (pergantian jam musim panas); digeser maju.',
    en: '{time} does not exist in {zone} that day (daylight-saving change); moved forward.',
  },
};

const WARNING_CODES: ReadonlySet<ReasonCode> = new Set<WarningCode>([
  'caption-over-limit',
  'unknown-campaign',
  'unknown-pillar',
  'time-defaulted',
  'scheduled-in-past',
  'link-scheme-added',
  'duplicate-row',
  'dst-shifted',
]);

export function isWarning(r: Pick<RowReason, 'code'>): boolean {
  return WARNING_CODES.has(r.code);
}

/** A plain-text sentence for a rejection or warning (render as text, never as HTML). */
export function rejectionMessage(r: RowReason, lang: Lang): string {
  const template = MESSAGES[r.code][lang];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key === 'field') {
      const f = (r.params.field as PlanField | undefined) ?? r.field;
      return f && f in FIELD_LABELS ? FIELD_LABELS[f][lang] : whole;
    }
    const value = r.params[key];
    if (value === undefined) return whole;
    if (key === 'platform' && typeof value === 'string' && value in PLATFORM_LABELS) {
      return PLATFORM_LABELS[value as Platform];
    }
    if (typeof value === 'number') return value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
    return value;
  });
}
