import { z } from 'zod';
import { Id, Platform, Timestamp } from './common';

export const AccountRole = z.enum(['own', 'competitor', 'influencer']);
export type AccountRole = z.infer<typeof AccountRole>;

/** A social account: the team's own (its replies count as answers), a competitor's or an influencer's. */
export const Account = z.strictObject({
  id: Id,
  platform: Platform,
  /** Without the leading `@`, lower-cased. */
  handle: z.string().trim().min(1).max(100).regex(/^[^@\s]/),
  displayName: z.string().max(200),
  role: AccountRole,
  createdAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}
