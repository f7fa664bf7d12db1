import {
  Influencer as InfluencerSchema, Mention as MentionSchema, Post as PostSchema, TrackedTerm as TermSchema,
  type Influencer, type Mention, type Platform, type Post, type Settings, type TermGroup, type TrackedTerm,
} from '../models';
import { effectiveSentiment } from '../models';
import { getDb } from '../db/db';
import { DbError, guard } from '../db/errors';
import { dayKey, newId } from '../db/ids';
import { validOnly } from '../db/valid-only';
import { classify, detectIntents, textHash } from '../sentiment';
import { translate, type UiLang } from '../i18n';
import { zonedTimeToUtc, parseDateKey } from '../calendar/tz';
import { compileMatcher, primaryGroup, termsSignature, type Matcher } from '../listening/matcher';
import { termKey } from '../listening/terms-file';
import { evaluateAlerts, type ListeningAlert } from '../listening/alerts';
import { buildDigest, type Digest, type DigestItem } from '../listening/digest';
import { competitorReport, type CompetitorReport } from '../listening/competitors';
import { mentionTime } from '../listening/series';
import { searchUrl } from '../listening/search-url';
import { deriveTask } from './tasks';

const EXCERPT = 500;

function invalid(issues: Array<{ path: PropertyKey[]; message: string }>): DbError {
  return new DbError('invalid', issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; '));
}

// ---------------------------------------------------------------------------------------------
// Tracked terms

export interface TermInput {
  id?: string;
  term: string;
  group: TermGroup;
  variants: string[];
  exclude: string[];
}

function cleanList(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const s = raw.trim();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

export type TermProblem = 'term-length' | 'variant-length' | 'too-many' | 'unmatchable' | 'duplicate';

/** What is wrong with a term as typed (nothing is stored); empty when it can be saved. */
export function termProblems(input: TermInput, existing: readonly TrackedTerm[]): TermProblem[] {
  const problems: TermProblem[] = [];
  const term = input.term.trim();
  if (term.length < 2 || term.length > 100) problems.push('term-length');
  const variants = cleanList(input.variants);
  const exclude = cleanList(input.exclude);
  if (variants.some((v) => v.length < 2 || v.length > 100) || exclude.some((e) => e.length > 100)) problems.push('variant-length');
  if (variants.length > 20 || exclude.length > 20) problems.push('too-many');
  if (!problems.includes('term-length') && !termKey(term)) problems.push('unmatchable');
  const key = termKey(term);
  if (key && existing.some((t) => t.id !== input.id && t.group === input.group && termKey(t.term) === key)) problems.push('duplicate');
  return problems;
}

export async function listTerms(): Promise<TrackedTerm[]> {
  const rows = await guard(() => getDb().terms.toArray());
  return validOnly(TermSchema, rows, 'terms').sort((a, b) => a.group.localeCompare(b.group) || a.term.localeCompare(b.term));
}

/** Adds or updates a term; refused (`invalid`, with the problems) when `termProblems` finds any. */
export async function saveTerm(input: TermInput, now: number): Promise<TrackedTerm> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.terms, async () => {
      const all = await db.terms.toArray();
      const problems = termProblems(input, all);
      if (problems.length > 0) throw new DbError('invalid', problems.join(','));
      const prev = input.id ? all.find((t) => t.id === input.id) : undefined;
      const row = TermSchema.safeParse({
        id: prev?.id ?? newId(),
        term: input.term.trim(),
        group: input.group,
        variants: cleanList(input.variants),
        exclude: cleanList(input.exclude),
        createdAt: prev?.createdAt ?? now,
      });
      if (!row.success) throw invalid(row.error.issues);
      await db.terms.put(row.data);
      return row.data;
    }),
  );
}

export async function deleteTerm(id: string): Promise<void> {
  await guard(() => getDb().terms.delete(id));
}

// The worker may be stopped at any time: the cache is only a shortcut, rebuilt from the table.
let cached: { signature: string; matcher: Matcher; version: string; terms: TrackedTerm[] } | null = null;

/** The one compiled matcher for the stored terms, rebuilt when they change. */
export async function currentMatcher(): Promise<{ matcher: Matcher; version: string; terms: TrackedTerm[] }> {
  const terms = await listTerms();
  const signature = termsSignature(terms);
  if (!cached || cached.signature !== signature) {
    cached = { signature, matcher: compileMatcher(terms), version: textHash(signature), terms };
  }
  return cached;
}

// ---------------------------------------------------------------------------------------------
// Mentions

export interface SeenPostInput {
  itemId: string;
  author: string;
  authorHandle: string;
  text: string;
  postedAt: number | null;
  permalink: string | null;
}

export interface MentionsBatch {
  platform: Platform;
  pageUrl: string;
  posts: readonly SeenPostInput[];
}

/**
 * Matches a page's posts against the tracked terms and stores those that match as mentions, one row
 * per item id: a post seen again keeps when it was first seen and its sentiment, and takes the
 * current terms. Sentiment and intent are computed here, in the background, for new mentions only.
 */
export async function recordMentions(batch: MentionsBatch, now: number): Promise<{ matches: Array<{ itemId: string; group: TermGroup }>; version: string }> {
  const { matcher, version } = await currentMatcher();
  const found: Array<{ post: SeenPostInput; terms: string[]; groups: TermGroup[] }> = [];
  for (const post of batch.posts) {
    const r = matcher.match(post.text);
    if (r.hits.length > 0) found.push({ post, terms: r.hits.map((h) => h.termId), groups: r.groups });
  }
  if (found.length === 0) return { matches: [], version };
  const db = getDb();
  await guard(() =>
    db.transaction('rw', db.mentions, async () => {
      const ids = found.map((f) => `${batch.platform}:${f.post.itemId}`);
      const existing = await db.mentions.bulkGet(ids);
      const rows: Mention[] = [];
      found.forEach((f, i) => {
        const prev = existing[i];
        const base = prev && MentionSchema.safeParse(prev).success ? prev : null;
        const excerpt = f.post.text.slice(0, EXCERPT);
        let sentiment = base?.sentiment ?? null;
        let intents = base?.intents ?? [];
        if (!base || base.excerpt !== excerpt) {
          sentiment = classify(f.post.text).label;
          intents = detectIntents(f.post.text);
        }
        const row = MentionSchema.safeParse({
          id: ids[i],
          platform: batch.platform,
          author: f.post.author || f.post.authorHandle,
          excerpt,
          link: f.post.permalink ?? base?.link ?? null,
          postedAt: f.post.postedAt ?? base?.postedAt ?? null,
          seenAt: base?.seenAt ?? now,
          terms: f.terms.slice(0, 50),
          groups: f.groups,
          sentiment,
          intents: intents.slice(0, 5),
        });
        if (row.success) rows.push(row.data);
      });
      await db.mentions.bulkPut(rows);
    }),
  );
  return { matches: found.map((f) => ({ itemId: f.post.itemId, group: primaryGroup(f.groups)! })), version };
}

export async function deleteMention(id: string): Promise<void> {
  await guard(() => getDb().mentions.delete(id));
}

/** Mentions first seen at or after `since`, newest first. */
export async function mentionsSince(since: number): Promise<Mention[]> {
  const rows = await guard(() => getDb().mentions.where('seenAt').aboveOrEqual(since).reverse().toArray());
  return validOnly(MentionSchema, rows, 'mentions');
}

// ---------------------------------------------------------------------------------------------
// Curation

export interface IdeaSource {
  url: string;
  author: string;
  excerpt: string;
  platform?: Platform | null;
}

/** Stores a post from elsewhere in the calendar's ideas list (unscheduled), crediting its author. */
export async function saveIdea(src: IdeaSource, settings: Pick<Settings, 'timeZone'>, now: number): Promise<Post> {
  const row = PostSchema.safeParse({
    id: newId(), platforms: src.platform ? [src.platform] : [], accountId: null, scheduledAt: null, timeZone: settings.timeZone,
    caption: src.excerpt.slice(0, 2000), pillar: null, contentType: null, assetLinks: [], link: src.url, utm: null, status: 'idea',
    campaignId: null, notes: '', source: { url: src.url, author: src.author.slice(0, 500), excerpt: src.excerpt.slice(0, 1000) },
    publishedAt: null, remindedAt: null, createdAt: now, updatedAt: now,
  });
  if (!row.success) throw invalid(row.error.issues);
  await guard(() => getDb().posts.add(row.data));
  return row.data;
}

// ---------------------------------------------------------------------------------------------
// Alerts

export interface RaisedAlert extends ListeningAlert {
  term: string;
  title: string;
}

/**
 * Checks every term for a spike or a run of negative mentions and raises each alert once: as a task
 * for today (its derived key is the alert's key, unique per term and window). Returns only the alerts
 * raised by this call, for the caller to notify about.
 */
export async function checkListeningAlerts(settings: Settings, lang: UiLang, now: number): Promise<RaisedAlert[]> {
  const terms = await listTerms();
  if (terms.length === 0) return [];
  const recent = await mentionsSince(now - 26 * 3_600_000);
  const alerts = evaluateAlerts(
    terms.map((t) => t.id),
    recent.map((m) => ({ terms: m.terms, at: Math.min(mentionTime(m), m.seenAt), sentiment: m.sentiment })),
    now,
  );
  const raised: RaisedAlert[] = [];
  const today = dayKey(now, settings.timeZone);
  for (const a of alerts) {
    const term = terms.find((t) => t.id === a.termId);
    if (!term) continue;
    const title = translate(lang, a.kind === 'spike' ? 'listening.alert.spikeTask' : 'listening.alert.negativeTask', term.term, a.count);
    const platform = recent.find((m) => m.terms.includes(term.id))?.platform ?? 'x';
    if (await deriveTask(a.key, title, today, now, searchUrl(platform, term.term))) raised.push({ ...a, term: term.term, title });
  }
  return raised;
}

// ---------------------------------------------------------------------------------------------
// Influencers

export type InfluencerInput = Omit<Influencer, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export async function listInfluencers(): Promise<Influencer[]> {
  const rows = await guard(() => getDb().influencers.toArray());
  return validOnly(InfluencerSchema, rows, 'influencers').sort((a, b) => a.name.localeCompare(b.name));
}

/** A deliverable's task and calendar post are derived from it; these keys tie them together. */
export function deliverableTaskKey(deliverableId: string): string {
  return `influencer-deliverable:${deliverableId}`;
}

const DELIVERABLE_HOUR = 10;

function realDate(key: string): { year: number; month: number; day: number } | null {
  try {
    return parseDateKey(key);
  } catch {
    return null;
  }
}

/**
 * Saves an influencer and keeps its deliverables' follow-ups in step: each dated deliverable gets a
 * draft post on its day in the calendar (linked by `postId`) and a task due that day; a deliverable
 * marked done closes its task. One transaction.
 */
export async function saveInfluencer(input: InfluencerInput, settings: Pick<Settings, 'timeZone'>, now: number): Promise<Influencer> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.influencers, db.posts, db.tasks, async () => {
      const prev = input.id ? await db.influencers.get(input.id) : undefined;
      const draft = { ...input, id: prev?.id ?? input.id ?? newId(), createdAt: prev?.createdAt ?? now, updatedAt: now };
      const parsed = InfluencerSchema.safeParse(draft);
      if (!parsed.success) throw invalid(parsed.error.issues);
      const inf = parsed.data;
      const deliverables = [];
      for (const d of inf.deliverables) {
        let postId = d.postId;
        const date = realDate(d.dueDate);
        if (date) {
          const { year, month, day } = date;
          const at = zonedTimeToUtc({ year, month, day, hour: DELIVERABLE_HOUR, minute: 0 }, settings.timeZone);
          const caption = `${inf.name}: ${d.title}`.slice(0, 2000);
          const existing = postId ? await db.posts.get(postId) : undefined;
          if (existing) {
            if (existing.status !== 'published' && (existing.scheduledAt !== at || existing.caption !== caption || existing.campaignId !== d.campaignId)) {
              await db.posts.put({ ...existing, scheduledAt: at, caption, campaignId: d.campaignId, updatedAt: now });
            }
          } else {
            const platforms = (Object.keys(inf.handles) as Platform[]).slice(0, 7);
            const post = PostSchema.parse({
              id: newId(), platforms, accountId: null, scheduledAt: at, timeZone: settings.timeZone, caption, pillar: null, contentType: null,
              assetLinks: [], link: null, utm: null, status: 'draft', campaignId: d.campaignId, notes: '', source: null,
              publishedAt: null, remindedAt: null, createdAt: now, updatedAt: now,
            });
            await db.posts.add(post);
            postId = post.id;
          }
          const key = deliverableTaskKey(d.id);
          const task = await db.tasks.where('derivedKey').equals(key).first();
          if (task) {
            if (task.dueDate !== d.dueDate || task.title !== caption.slice(0, 300) || task.done !== d.done) {
              await db.tasks.put({ ...task, dueDate: d.dueDate, title: caption.slice(0, 300), done: d.done, doneAt: d.done ? task.doneAt ?? now : null });
            }
          } else if (!d.done) {
            await deriveTask(key, caption, d.dueDate, now);
          }
        }
        deliverables.push({ ...d, postId });
      }
      const row = { ...inf, deliverables };
      await db.influencers.put(row);
      return row;
    }),
  );
}

/** Deletes an influencer and the open tasks of its deliverables; calendar posts stay (they may be published). */
export async function deleteInfluencer(id: string): Promise<void> {
  const db = getDb();
  await guard(() =>
    db.transaction('rw', db.influencers, db.tasks, async () => {
      const inf = await db.influencers.get(id);
      if (!inf) return;
      const keys = inf.deliverables.map((d) => deliverableTaskKey(d.id));
      const tasks = await db.tasks.where('derivedKey').anyOf(keys).toArray();
      await db.tasks.bulkDelete(tasks.filter((t) => !t.done).map((t) => t.id));
      await db.influencers.delete(id);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Reports

export async function loadCompetitorReport(from: string, to: string, settings: Pick<Settings, 'erFormula'>): Promise<CompetitorReport> {
  const db = getDb();
  const [accounts, snapshots] = await guard(() => Promise.all([db.accounts.toArray(), db.metrics.where('date').between(from, to, true, true).toArray()]));
  return competitorReport(accounts, snapshots, from, to, settings.erFormula);
}

/** The voice-of-the-customer digest of [from, to): comments and messages seen, and mentions. */
export async function loadDigest(from: number, to: number): Promise<Digest> {
  const db = getDb();
  const [interactions, mentions, terms] = await guard(() =>
    Promise.all([
      db.interactions.where('firstSeenAt').between(from, to, true, false).toArray(),
      db.mentions.where('seenAt').between(from, to, true, false).toArray(),
      db.terms.toArray(),
    ]),
  );
  const items: DigestItem[] = [
    ...interactions.map((i) => ({
      source: 'interaction' as const, platform: i.platform, author: i.author || i.authorHandle, excerpt: i.excerpt, at: i.firstSeenAt,
      sentiment: effectiveSentiment(i), intents: i.intents, link: i.permalink,
    })),
    ...mentions.map((m) => ({
      source: 'mention' as const, platform: m.platform, author: m.author, excerpt: m.excerpt, at: m.seenAt, sentiment: m.sentiment, intents: m.intents, link: m.link,
    })),
  ];
  return buildDigest(items, from, to, { ignore: terms.filter((t) => t.group === 'own').flatMap((t) => [t.term, ...t.variants]) });
}
