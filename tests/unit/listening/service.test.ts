import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { defaultSettings } from '../../../lib/db/defaults';
import { applyImport } from '../../../lib/db/backup';
import { previewImportFile } from '../../../lib/services/import-file';
import {
  checkListeningAlerts, currentMatcher, deleteInfluencer, deliverableTaskKey, listInfluencers, loadDigest, recordMentions, saveIdea, saveInfluencer,
  saveTerm, termProblems, type InfluencerInput,
} from '../../../lib/services/listening';
import { todayTasks } from '../../../lib/services/tasks';

const NOW = Date.parse('2025-05-14T03:00:00Z');
const settings = { ...defaultSettings('id', NOW), timeZone: 'Asia/Jakarta' };

beforeEach(() => resetDbForTests());

const post = (itemId: string, text: string, extra: Partial<{ postedAt: number | null; permalink: string | null }> = {}) => ({
  itemId, author: `Author ${itemId}`, authorHandle: `h${itemId}`, text, postedAt: extra.postedAt ?? null, permalink: extra.permalink ?? `https://x.com/h/status/${itemId}`,
});

describe('tracked terms', () => {
  it('refuses duplicates (another spelling, same group) and keeps what was typed out of the table', async () => {
    await saveTerm({ term: 'Kopi Kenangan', group: 'own', variants: ['kopken', ' kopken '], exclude: [] }, NOW);
    await expect(saveTerm({ term: '#KopiKenangan', group: 'own', variants: [], exclude: [] }, NOW)).rejects.toMatchObject({ code: 'invalid', message: 'duplicate' });
    const rows = await getDb().terms.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.variants).toEqual(['kopken']);
    expect(termProblems({ term: 'k', group: 'own', variants: [], exclude: [] }, [])).toEqual(['term-length']);
    // The same word may be tracked in another group.
    await saveTerm({ term: 'kopi kenangan', group: 'industry', variants: [], exclude: [] }, NOW);
    expect(await getDb().terms.count()).toBe(2);
  });

  it('rebuilds the compiled matcher when terms change', async () => {
    const a = await currentMatcher();
    expect(a.matcher.match('kopi kenangan').hits).toEqual([]);
    const t = await saveTerm({ term: 'Kopi Kenangan', group: 'own', variants: [], exclude: [] }, NOW);
    const b = await currentMatcher();
    expect(b.version).not.toBe(a.version);
    expect(b.matcher.match('kopi kenangan').hits).toEqual([{ termId: t.id, group: 'own' }]);
    expect((await currentMatcher()).matcher).toBe(b.matcher);
  });
});

describe('mentions', () => {
  it('stores matching posts once per item, classified, and answers which ones matched', async () => {
    const own = await saveTerm({ term: 'Kopi Kenangan', group: 'own', variants: [], exclude: ['kenangan mantan'] }, NOW);
    const rival = await saveTerm({ term: 'Janji Jiwa', group: 'competitor', variants: [], exclude: [] }, NOW);
    const res = await recordMentions({
      platform: 'x', pageUrl: 'https://x.com/search?q=kopi',
      posts: [
        post('1', 'Kopi Kenangan lemot banget pelayanannya, kecewa'),
        post('2', 'janji jiwa enak sih, tapi kopi kenangan juga'),
        post('3', 'cuaca cerah hari ini'),
        post('4', 'kopi kenangan mantan'),
      ],
    }, NOW);
    expect(res.matches).toEqual([{ itemId: '1', group: 'own' }, { itemId: '2', group: 'own' }]);
    const rows = await getDb().mentions.orderBy('id').toArray();
    expect(rows.map((r) => r.id)).toEqual(['x:1', 'x:2']);
    expect(rows[0]).toMatchObject({ terms: [own.id], groups: ['own'], sentiment: 'negative', seenAt: NOW, link: 'https://x.com/h/status/1' });
    expect(rows[0]!.intents).toContain('complaint');
    expect(rows[1]!.terms.sort()).toEqual([own.id, rival.id].sort());
    expect(rows[1]!.groups).toEqual(['own', 'competitor']);

    // Seen again later: still one row, first-seen time kept.
    await recordMentions({ platform: 'x', pageUrl: 'https://x.com/home', posts: [post('1', 'Kopi Kenangan lemot banget pelayanannya, kecewa')] }, NOW + 60_000);
    expect(await getDb().mentions.count()).toBe(2);
    expect((await getDb().mentions.get('x:1'))!.seenAt).toBe(NOW);
  });

  it('stores nothing without terms', async () => {
    const res = await recordMentions({ platform: 'youtube', pageUrl: 'https://www.youtube.com/results?search_query=a', posts: [post('v', 'kopi kenangan')] }, NOW);
    expect(res.matches).toEqual([]);
    expect(await getDb().mentions.count()).toBe(0);
  });
});

describe('alerts', () => {
  it('raises a spike as a task once per term and window', async () => {
    const t = await saveTerm({ term: 'Kopi Kenangan', group: 'own', variants: [], exclude: [] }, NOW);
    const posts = Array.from({ length: 12 }, (_, i) => post(`s${i}`, `kopi kenangan nomor ${i}`, { postedAt: NOW - (i + 1) * 60_000 }));
    await recordMentions({ platform: 'x', pageUrl: 'https://x.com/search?q=kopi', posts }, NOW);
    const first = await checkListeningAlerts(settings, 'en', NOW);
    expect(first.map((a) => [a.kind, a.termId])).toEqual([['spike', t.id]]);
    expect(first[0]!.title).toContain('“Kopi Kenangan” are spiking (12 in the last hour)');
    expect(await checkListeningAlerts(settings, 'en', NOW + 5 * 60_000)).toEqual([]);
    const tasks = await todayTasks(settings, NOW);
    expect(tasks.tasks.filter((x) => x.derivedKey?.startsWith('listening:spike:'))).toHaveLength(1);
    expect(tasks.tasks[0]!.link).toBe('https://x.com/search?q=Kopi%20Kenangan&src=typed_query&f=live');
  });

  it('raises a run of negative mentions, in the user language', async () => {
    await saveTerm({ term: 'Janji Jiwa', group: 'competitor', variants: [], exclude: [] }, NOW);
    const bad = ['janji jiwa kecewa banget', 'janji jiwa pelayanan buruk', 'janji jiwa mahal dan tidak enak', 'janji jiwa parah lambat sekali, kecewa', 'janji jiwa jelek, kecewa berat'];
    await recordMentions({ platform: 'x', pageUrl: 'https://x.com/search?q=j', posts: bad.map((b, i) => post(`n${i}`, b, { postedAt: NOW - (10 - i) * 3_600_000 })) }, NOW);
    const rows = await getDb().mentions.toArray();
    expect(rows.every((r) => r.sentiment === 'negative')).toBe(true);
    const alerts = await checkListeningAlerts(settings, 'id', NOW);
    expect(alerts.map((a) => a.kind)).toEqual(['negative-run']);
    expect(alerts[0]!.title).toBe('5 sebutan negatif berturut-turut tentang “Janji Jiwa”: lihat dan tanggapi');
  });
});

describe('curation', () => {
  it('saves a post as an unscheduled idea crediting its author', async () => {
    const idea = await saveIdea({ url: 'https://x.com/a/status/1', author: 'Budi', excerpt: 'ide konten bagus', platform: 'x' }, settings, NOW);
    expect(await getDb().posts.get(idea.id)).toMatchObject({ status: 'idea', scheduledAt: null, source: { url: 'https://x.com/a/status/1', author: 'Budi', excerpt: 'ide konten bagus' }, platforms: ['x'] });
  });
});

describe('influencers', () => {
  const base = (over: Partial<InfluencerInput> = {}): InfluencerInput => ({
    name: 'Rina Eats', handles: { instagram: 'rina.eats' }, niche: 'kuliner', rateCard: 'IG reel: Rp 2.000.000', contact: 'rina@example.com', notes: '',
    campaignIds: ['c1'], deliverables: [{ id: 'd1', campaignId: 'c1', title: 'Reel review kopi', dueDate: '2025-05-14', postId: null, done: false }], results: [], ...over,
  });

  it('puts dated deliverables in the calendar and in the day tasks, and follows later changes', async () => {
    const inf = await saveInfluencer(base(), settings, NOW);
    const postId = inf.deliverables[0]!.postId!;
    const p = await getDb().posts.get(postId);
    expect(p).toMatchObject({ status: 'draft', caption: 'Rina Eats: Reel review kopi', campaignId: 'c1', platforms: ['instagram'], scheduledAt: Date.parse('2025-05-14T03:00:00Z') });
    const today = await todayTasks(settings, NOW);
    expect(today.tasks.map((t) => t.derivedKey)).toContain(deliverableTaskKey('d1'));

    const moved = await saveInfluencer({ ...base({ deliverables: [{ ...inf.deliverables[0]!, dueDate: '2025-05-16' }] }), id: inf.id }, settings, NOW + 1);
    expect(moved.deliverables[0]!.postId).toBe(postId);
    expect((await getDb().posts.get(postId))!.scheduledAt).toBe(Date.parse('2025-05-16T03:00:00Z'));
    expect(await getDb().posts.count()).toBe(1);
    expect((await getDb().tasks.where('derivedKey').equals(deliverableTaskKey('d1')).first())!.dueDate).toBe('2025-05-16');

    await saveInfluencer({ ...base({ deliverables: [{ ...moved.deliverables[0]!, done: true }] }), id: inf.id }, settings, NOW + 2);
    expect((await getDb().tasks.where('derivedKey').equals(deliverableTaskKey('d1')).first())!.done).toBe(true);

    await deleteInfluencer(inf.id);
    expect(await listInfluencers()).toEqual([]);
    expect(await getDb().posts.count()).toBe(1);
  });

  it('refuses an influencer that does not fit the schema, storing nothing', async () => {
    await expect(saveInfluencer(base({ name: '  ' }), settings, NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().influencers.count()).toBe(0);
    expect(await getDb().posts.count()).toBe(0);
  });
});

describe('terms file through the dashboard import control', () => {
  it('previews and applies like a template pack', async () => {
    await saveTerm({ term: 'Kopi Kenangan', group: 'own', variants: [], exclude: [] }, NOW);
    const text = JSON.stringify({ kind: 'kelola.terms', version: 1, terms: [
      { term: 'Kopi Kenangan', group: 'own', exclude: [] },
      { term: 'Janji Jiwa', group: 'competitor', exclude: ['janji palsu'] },
    ] });
    const preview = await previewImportFile(text, 'en', NOW);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.kind).toBe('terms');
    expect(preview.plan.perTable.terms).toEqual({ added: 1, updated: 0, skipped: 1 });
    expect(await getDb().terms.count()).toBe(1);
    await applyImport(preview.plan, NOW);
    expect((await getDb().terms.toArray()).map((t) => t.term).sort()).toEqual(['Janji Jiwa', 'Kopi Kenangan']);
  });

  it('refuses a bad file with messages in the user language and changes nothing', async () => {
    const bad = JSON.stringify({ kind: 'kelola.terms', version: 1, terms: [{ term: 'x', group: 'own' }, { term: 'teh', group: 'friends' }] });
    const en = await previewImportFile(bad, 'en', NOW);
    const id = await previewImportFile(bad, 'id', NOW);
    expect(en).toEqual({ ok: false, errors: ['Term 1: “x” must have 2 to 100 characters', 'Term 2: group “friends” must be own, competitor or industry'] });
    expect(id).toEqual({ ok: false, errors: ['Kata ke-1: “x” harus 2 sampai 100 karakter', 'Kata ke-2: grup “friends” harus own, competitor atau industry'] });
    expect(await getDb().terms.count()).toBe(0);
  });
});

describe('voice of the customer', () => {
  it('digests the week from comments and mentions, ignoring the brand own name', async () => {
    await saveTerm({ term: 'Kopi Kenangan', group: 'own', variants: [], exclude: [] }, NOW);
    await recordMentions({ platform: 'x', pageUrl: 'https://x.com/search?q=k', posts: [post('m1', 'kopi kenangan kapan buka cabang di Bogor?'), post('m2', 'Kopi Kenangan cabang Bogor kapan?')] }, NOW);
    const d = await loadDigest(NOW - 86_400_000, NOW + 86_400_000);
    expect(d.mentions).toBe(2);
    const q = d.sections.find((s) => s.id === 'questions')!;
    expect(q.total).toBe(2);
    expect(q.themes.map((t) => t.theme)).toContain('bogor');
    expect(q.themes.map((t) => t.theme)).not.toContain('kopi');
  });
});
