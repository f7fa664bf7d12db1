import Papa from 'papaparse';
import type { Lang, Post, PostStatus } from '../models';
import { neutralizeCell } from './csv';
import { PLAN_FIELDS } from './plan-csv';
import { assertTimeZone, utcToZoned } from './tz';
import { buildUtmUrl, isCompleteUtm } from './utm';

export type ExportPost = Pick<
  Post,
  'platforms' | 'scheduledAt' | 'caption' | 'pillar' | 'campaignId' | 'status' | 'link' | 'utm'
>;

export interface CsvExportOptions {
  /** Dates and times are written in this zone; import the file with the same zone. */
  timeZone: string;
  campaigns: ReadonlyArray<{ id: string; name: string }>;
  /** Status words: `en` (scheduled …) or `id` (terjadwal …). Both import. Default `en`. */
  lang?: Lang;
  /** `;` suits Excel set to Indonesian regional settings. Default `,`. */
  delimiter?: ',' | ';';
  /** Prefix a UTF-8 BOM so Excel reads emoji and accents correctly. Default true. */
  bom?: boolean;
}

const STATUS_WORDS: Record<Lang, Record<PostStatus, string>> = {
  en: { idea: 'idea', draft: 'draft', scheduled: 'scheduled', published: 'published', missed: 'missed' },
  id: { idea: 'ide', draft: 'draf', scheduled: 'terjadwal', published: 'terbit', missed: 'terlewat' },
};

function exportLink(post: ExportPost): string {
  if (!post.link) return '';
  if (!isCompleteUtm(post.utm)) return post.link;
  try {
    return buildUtmUrl(post.link, post.utm);
  } catch {
    return post.link;
  }
}

/**
 * Posts as a plan CSV with the template's columns, re-importable through `parsePlanCsv`. Every cell
 * that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'`;
 * the importer removes that prefix again. Rows are in the order given.
 */
export function postsToPlanCsv(posts: readonly ExportPost[], options: CsvExportOptions): string {
  assertTimeZone(options.timeZone);
  const lang = options.lang ?? 'en';
  const names = new Map(options.campaigns.map((c) => [c.id, c.name]));
  const rows = posts.map((post) => {
    const local = post.scheduledAt === null ? null : utcToZoned(post.scheduledAt, options.timeZone);
    const values: Record<(typeof PLAN_FIELDS)[number], string> = {
      date: local?.dateKey ?? '',
      time: local?.time ?? '',
      platform: post.platforms.join(', '),
      caption: post.caption,
      pillar: post.pillar ?? '',
      campaign: (post.campaignId && names.get(post.campaignId)) || '',
      status: STATUS_WORDS[lang][post.status],
      link: exportLink(post),
    };
    return PLAN_FIELDS.map((f) => neutralizeCell(values[f]));
  });
  const csv = Papa.unparse(
    { fields: [...PLAN_FIELDS], data: rows },
    { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false, header: true },
  );
  return (options.bom ?? true ? '\ufeff' : '') + csv;
}
