import type { z } from 'zod';

const reported = new Set<string>();

/**
 * Rows that still fit their schema. Corrupted rows (edited by hand, written by a broken build) are
 * skipped and reported once per table, so one bad row never breaks a screen or a page.
 */
export function validOnly<T>(schema: z.ZodType<T>, rows: readonly unknown[], table: string): T[] {
  const out: T[] = [];
  let bad = 0;
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
    else bad += 1;
  }
  if (bad > 0 && !reported.has(table)) {
    reported.add(table);
    console.warn(`[kelola] skipped ${bad} corrupted row(s) in ${table}`);
  }
  return out;
}
