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

/**
 * Version 2 drops the indexes no query uses (every index is written for every row, so each one
 * slows imports and restores): interactions by platform, status, text hash and update time; posts
 * by platform and update time; templates by language, folder and update time; figures by platform.
 * Rows are unchanged.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  templates: 'id, abbreviation, variantGroup',
  interactions: 'id, [status+firstSeenAt], firstSeenAt, answeredAt',
  posts: 'id, scheduledAt, status, campaignId',
  metrics: 'id, [accountId+date], date',
} as const;

export const CURRENT_VERSION = 2;
export const CURRENT_SCHEMA = SCHEMA_V2;

/**
 * The shape of the stored rows, as a backup file names it (`schemaVersion`). Versions that only
 * change indexes leave it as it is, so their backups still open in earlier Kelola versions.
 */
export const ROW_FORMAT_VERSION = 1;

export type TableName = keyof typeof SCHEMA_V1;
export const TABLES = Object.keys(SCHEMA_V1) as TableName[];
