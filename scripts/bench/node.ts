// Node-side figures: KPI computation, sentiment throughput, template search and rendering, plan CSV
// import, backup export and import. Each beside a baseline doing the least possible work on the same data.
import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import AfinnSentiment from 'sentiment';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { computeResponseKpis, recomputeAggregates, summarizeAggregates } from '../../lib/kpi';
import { computeReport } from '../../lib/services/reports';
import { classify } from '../../lib/sentiment';
import { renderTemplate, searchTemplates } from '../../lib/templates';
import { guessMapping, parsePlanCsv, validatePlanRows } from '../../lib/calendar';
import { compileMatcher } from '../../lib/listening/matcher';
import { getDb } from '../../lib/db/db';
import { applyImport, canonicalJson, exportBackup, parseBackup, planImport, wipeAll } from '../../lib/db/backup';
import { defaultSettings } from '../../lib/db/defaults';
import { NOW, interactions, metrics, posts, templates } from './data';
import { row, time, type Row } from './stats';

const rows: Row[] = [];
const sla = defaultSettings('id', NOW).sla;

// KPI over 50,000 interactions.
const items = interactions(50_000);
const kpiMs = await time(() => computeResponseKpis(items, { now: NOW, sla, timeZone: 'Asia/Jakarta' }), 7);
const baseKpi = await time(() => {
  const xs: number[] = [];
  for (const i of items) if (i.answeredAt !== null && i.postedAt !== null) xs.push(i.answeredAt - i.postedAt);
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}, 7);
rows.push(row('KPI computation, 50,000 interactions', kpiMs, baseKpi, 'median of response times only', '< 50 ms', kpiMs < 50));

// The report page's computation over a year: what it does after its indexed reads (aggregates of the
// 50,000 interactions, 5,000 posts, 365 days of figures for two accounts), in memory.
const tz = 'Asia/Jakarta';
const aggregates = recomputeAggregates(items, { timeZone: tz, sla });
const yearPosts = posts(5000).map((p) => (p.status === 'published' ? { ...p, publishedAt: p.scheduledAt } : p));
const reportInput = {
  aggregates, metrics: metrics(365), posts: yearPosts.filter((p) => p.publishedAt !== null), campaigns: [],
  accounts: [
    { id: 'acc-instagram', platform: 'instagram' as const, handle: 'toko', displayName: 'Toko', role: 'own' as const, createdAt: NOW },
    { id: 'acc-tiktok', platform: 'tiktok' as const, handle: 'toko', displayName: 'Toko', role: 'own' as const, createdAt: NOW },
  ],
};
const yearFilter = { from: new Date(NOW - 364 * 86_400_000).toISOString().slice(0, 10), to: new Date(NOW).toISOString().slice(0, 10), platform: 'all' as const };
const reportMs = await time(() => computeReport(reportInput, yearFilter, { timeZone: tz, erFormula: 'reach' }, NOW), 7);
const sumMs = await time(() => summarizeAggregates(aggregates), 7);
rows.push(row(`report page KPI computation, 365 days (${aggregates.length} aggregate rows, 5,000 posts)`, reportMs, sumMs, 'response figures of the same rows only', '< 50 ms', reportMs < 50));

// Sentiment throughput on the shared evaluation sets.
const dataDir = path.resolve(import.meta.dirname, '../../../shared/data/sentiment');
const texts = ['id-smsa-valid.jsonl', 'en-vader-tweets.jsonl'].flatMap((f) => {
  try {
    return readFileSync(path.join(dataDir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    return [];
  }
});
if (texts.length > 0) {
  const ours = await time(() => texts.forEach((t) => classify(t)), 3);
  const afinn = new AfinnSentiment();
  const base = await time(() => texts.forEach((t) => afinn.analyze(t)), 3);
  rows.push({
    figure: `sentiment throughput (${texts.length} texts)`, value: `${Math.round((texts.length / ours) * 1000)} items/s`,
    baseline: `${Math.round((texts.length / base) * 1000)} items/s (AFINN 'sentiment')`, ratio: (ours / base).toFixed(2),
    target: '≥ 20,000 items/s', met: texts.length / ours * 1000 >= 20_000 ? 'yes' : 'NO',
  });
}

// Template search and rendering with 1,000 templates.
const lib1000 = templates(1000);
const queries = ['harga', 'kecewa kirim', 'ab12', 'promo', 'thanks', 'zzz'];
const searchMs = await time(() => queries.forEach((q) => searchTemplates(lib1000, q)), 7);
const naiveMs = await time(() => queries.forEach((q) => lib1000.filter((t) => (t.title + t.body).toLowerCase().includes(q))), 7);
rows.push(row('template search, 6 queries over 1,000 templates', searchMs, naiveMs, 'naive substring filter', '< 10 ms per query', searchMs / queries.length < 10));
const renderMs = await time(() => lib1000.slice(0, 100).forEach((t) => renderTemplate(t.body, { lang: 'id', now: NOW, timeZone: 'Asia/Jakarta', name: 'Budi Santoso' })), 7);
const concatMs = await time(() => lib1000.slice(0, 100).forEach((t) => t.body.replace('{first_name}', 'Budi')), 7);
rows.push(row('render 100 templates', renderMs, concatMs, 'String.replace of one variable', '—', true));

// Listening: 500 tracked terms against 2,000 posts, one compiled matcher.
const termList = Array.from({ length: 500 }, (_, i) => ({ id: `t${i}`, term: `merek${i} kopi`, group: (['own', 'competitor', 'industry'] as const)[i % 3]!, variants: [`#merek${i}`], exclude: [] }));
const matcher = compileMatcher(termList);
const postTexts = Array.from({ length: 2000 }, (_, i) => `${lib1000[i % 1000]!.body} ${i % 7 === 0 ? `suka merek${i % 500} kopi banget` : ''}`);
const matchMs = await time(() => postTexts.forEach((t) => matcher.match(t)), 5);
const regexes = termList.slice(0, 50).map((t) => new RegExp(`\\b${t.term}\\b`, 'i'));
const regexMs = await time(() => postTexts.forEach((t) => regexes.some((r) => r.test(t))), 5);
rows.push(row('match 500 terms against 2,000 posts', matchMs, regexMs, 'a loop of only 50 regexes', '< 20 ms', matchMs < 20));

// Plan CSV import of 10,000 rows.
const csv = ['date,time,platform,caption,pillar,campaign,status,link', ...Array.from({ length: 10_000 }, (_, i) => `2026-12-${String((i % 28) + 1).padStart(2, '0')},19:00,instagram,"Konten ${i}, promo",edukasi,,scheduled,https://toko.example/p/${i}`)].join('\n');
const importMs = await time(() => {
  const parsed = parsePlanCsv(csv);
  return validatePlanRows(parsed.rows, guessMapping(parsed.headers), { timeZone: 'Asia/Jakarta', campaigns: [], now: NOW });
}, 3);
const papaMs = await time(() => Papa.parse(csv, { header: false }), 3);
rows.push(row('plan CSV import, 10,000 rows (parse + validate)', importMs, papaMs, 'papaparse parse only', '< 2000 ms', importMs < 2000));

// Backup of 50,000 interactions and 5,000 posts.
const db = getDb();
await db.open();
const seedInteractions = items;
const seedPosts = posts(5000);
await db.interactions.bulkPut(seedInteractions);
await db.posts.bulkPut(seedPosts);
let exported = '';
const exportMs = await time(async () => {
  exported = JSON.stringify(await exportBackup());
}, 3);
const rawExportMs = await time(async () => JSON.stringify([await db.interactions.toArray(), await db.posts.toArray()]), 3);
rows.push(row('backup export (50k interactions, 5k posts)', exportMs, rawExportMs, 'raw toArray + JSON', '< 2000 ms', exportMs < 2000));
const importRuns: number[] = [];
for (let k = 0; k < 3; k++) {
  await wipeAll();
  const t0 = performance.now();
  const parsed = parseBackup(exported);
  if (!parsed.ok) throw new Error('backup did not parse');
  await applyImport(await planImport(parsed.backup.tables));
  importRuns.push(performance.now() - t0);
}
importRuns.sort((a, b) => a - b);
const restoreMs = importRuns[1]!;
await wipeAll();
const rawImportMs = await time(async () => {
  await db.interactions.clear();
  await db.posts.clear();
  await db.interactions.bulkPut(seedInteractions);
  await db.posts.bulkPut(seedPosts);
}, 3);
const again = JSON.parse(JSON.stringify(await exportBackup())) as { exportedAt?: string };
const first = JSON.parse(exported) as { exportedAt?: string };
delete again.exportedAt;
delete first.exportedAt;
rows.push(row('backup restore in fake-indexeddb (validate + plan + write)', restoreMs, rawImportMs, 'raw bulkPut', '< 5000 ms (real IndexedDB: browser bench)', restoreMs < 5000));
rows.push({ figure: 'backup round trip equal', value: String(canonicalJson(first) === canonicalJson(again)), baseline: '—', ratio: '—', target: 'true', met: canonicalJson(first) === canonicalJson(again) ? 'yes' : 'NO' });

console.table(rows);
