import Papa from 'papaparse';
import { isRealDate } from './tz';

/** One record of a CSV file with its row number as a spreadsheet shows it (the header is row 1). */
export interface CsvRow {
  rowNumber: number;
  cells: string[];
}

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Structural problems papaparse reported (unclosed quotes …), by row number. */
  errors: Array<{ rowNumber: number; message: string }>;
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The header line decides the delimiter: headers rarely contain commas, while captions often do,
 * so counting on the first line beats guessing from the whole file (Indonesian Excel saves with `;`).
 */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch !== undefined && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Parses CSV text into a header and numbered rows. Handles a UTF-8 BOM, Excel's `sep=;` first line,
 * `,` `;` tab or `|` delimiters and quoted cells spanning lines. Blank records are dropped but still
 * count towards row numbers, so a number matches what the user sees in the spreadsheet.
 */
export function parseCsv(text: string): ParsedCsv {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter: string | undefined;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1];
    body = body.slice(sep[0].length);
  }
  delimiter ??= detectDelimiter(body);

  const result = Papa.parse<string[]>(body, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const records = result.data;
  let headerIndex = records.findIndex((r) => Array.isArray(r) && !isBlankRow(r));
  if (headerIndex === -1) headerIndex = records.length;
  const headers = (records[headerIndex] ?? []).map((h) => h.replace(/^\ufeff/, '').trim());
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i];
    if (!cells || isBlankRow(cells)) continue;
    rows.push({ rowNumber: i + 1, cells });
  }
  const errors = result.errors.map((e) => ({ rowNumber: (e.row ?? 0) + 1, message: `${e.code}: ${e.message}` }));
  return { headers, rows, delimiter, errors };
}

// A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in Excel/Sheets/LibreOffice by prefixing `'`. A cell that already starts
 * with quotes before a trigger character gets one more, so `restoreCell` gives back the exact text.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralizeCell` on import. The text is kept as text; nothing is evaluated. */
export function restoreCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

/** Lower-case letters and digits only: "Nama Kampanye" and "nama_kampanye" compare equal. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface TimeParts {
  hour: number;
  minute: number;
  /** An Indonesian zone named after the time ("19.00 WIB"), as an IANA name. */
  zone?: string;
}

const INDONESIAN_ZONES: Record<string, string> = {
  wib: 'Asia/Jakarta',
  wita: 'Asia/Makassar',
  wit: 'Asia/Jayapura',
};

const TIME_RE = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(wib|wita|wit)?$/i;

/** `HH:MM`, `HH.MM`, `HH:MM:SS`, `7:30 PM`, `19.00 WIB`. */
export function parseTimeCell(value: string): TimeParts | null {
  const m = TIME_RE.exec(value.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (minute > 59 || second > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  const zone = m[5] ? INDONESIAN_ZONES[m[5].toLowerCase()] : undefined;
  return zone ? { hour, minute, zone } : { hour, minute };
}

const ISO_DATE_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(.+))?$/;
const DMY_DATE_RE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ ,]+(.+))?$/;

/**
 * `YYYY-MM-DD`, `DD/MM/YYYY`, `DD-MM-YYYY` (day first, as Indonesian and most non-US spreadsheets
 * write it), each optionally followed by a time. Impossible dates (31/02) return null.
 */
export function parseDateCell(value: string): { date: DateParts; time: TimeParts | null } | null {
  const v = value.trim();
  let year: number;
  let month: number;
  let day: number;
  let rest: string | undefined;
  const iso = ISO_DATE_RE.exec(v);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
    rest = iso[4];
  } else {
    const dmy = DMY_DATE_RE.exec(v);
    if (!dmy) return null;
    day = Number(dmy[1]);
    month = Number(dmy[2]);
    year = Number(dmy[3]);
    rest = dmy[4];
  }
  if (!isRealDate(year, month, day)) return null;
  let time: TimeParts | null = null;
  if (rest !== undefined) {
    // A UTC designator or offset ("…Z", "+07:00") is refused rather than silently read as local time.
    time = parseTimeCell(rest);
    if (!time) return null;
  }
  return { date: { year, month, day }, time };
}
