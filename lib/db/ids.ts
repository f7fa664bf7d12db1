/** A random id for new rows (crypto.randomUUID is in every context Kelola runs in). */
export function newId(): string {
  return crypto.randomUUID();
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function dayKey(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  return parts;
}
