import { neutralizeCell } from '../calendar/csv';

function quote(cell: string): string {
  return /[",;\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * RFC 4180 CSV with every text cell neutralised against formula injection (a cell starting with
 * `=`, `+`, `-`, `@`, tab or CR gets a leading `'`), CRLF line ends and a BOM so Excel reads UTF-8.
 */
export function toSafeCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const lines = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c) : quote(neutralizeCell(c ?? '')))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
