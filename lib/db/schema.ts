/**
 * Dexie store definitions, one entry per schema version. A version that has shipped is frozen:
 * change the schema by adding a version (with its own upgrade function and fixture database).
 */
export const DB_NAME = 'kelola';

export const SCHEMA_V1 = {
  templates: 'id, language, folder, abbreviation, variantGroup, updatedAt',
  interactions: 'id, platform, status, [status+firstSeenAt], firstSeenAt, answeredAt, textHash, updatedAt',
  posts: 'id, scheduledAt, status, campaignId, *platforms, updatedAt',
  campaigns: 'id, startDate, endDate',
  tasks: 'id, dueDate, &derivedKey, checklistId',
  metrics: 'id, [accountId+date], date, platform',
  accounts: 'id, platform, role, [platform+handle]',
  settings: 'id',
  plans: 'id',
  terms: 'id, group',
  mentions: 'id, platform, seenAt, *groups',
  influencers: 'id, name',
  aggregates: 'id, date, [platform+date]',
  meta: 'key',
} as const;

export const CURRENT_VERSION = 1;
export type TableName = keyof typeof SCHEMA_V1;
export const TABLES = Object.keys(SCHEMA_V1) as TableName[];
