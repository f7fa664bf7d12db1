import type { Lang, Platform, Template } from '../models';

/** The detected language of the comment being answered; null when unknown. */
export type CommentLang = Lang | 'mixed' | null;

function variantsOf(templates: readonly Template[], target: Template | string): { members: Template[]; given: Template | null } {
  if (typeof target !== 'string') {
    if (target.variantGroup === null) return { members: [target], given: target };
    const members = templates.filter((t) => t.variantGroup === target.variantGroup);
    if (!members.some((t) => t.id === target.id)) members.push(target);
    return { members, given: target };
  }
  const members = templates.filter((t) => t.variantGroup === target);
  if (members.length > 0) return { members, given: null };
  const byId = templates.find((t) => t.id === target) ?? null;
  if (byId === null) return { members: [], given: null };
  return byId.variantGroup === null ? { members: [byId], given: byId } : variantsOf(templates, byId);
}

/**
 * The language variant to insert: the comment's language when it is clearly Indonesian or English,
 * otherwise (mixed or unknown) the UI language. When the group has no variant in that language the
 * template the user picked is kept; failing that, the UI-language variant, then the first one.
 * `target` is a template, a variant-group id or a template id.
 */
export function chooseVariant(
  templates: readonly Template[],
  target: Template | string,
  commentLang: CommentLang,
  uiLang: Lang,
): Template | null {
  const { members, given } = variantsOf(templates, target);
  if (members.length === 0) return null;
  const want: Lang = commentLang === 'id' || commentLang === 'en' ? commentLang : uiLang;
  return (
    members.find((t) => t.language === want) ??
    given ??
    members.find((t) => t.language === uiLang) ??
    members[0] ??
    null
  );
}

export interface SearchOptions {
  /** Only templates meant for this platform (or for every platform). */
  platform?: Platform;
  /**
   * The language the reply will be written in. Each variant group is then listed once, as its
   * variant in this language, whichever variant's text matched; templates with no variant in this
   * language are still listed, slightly lower.
   */
  lang?: Lang;
  /** At most this many results. */
  limit?: number;
}

interface Haystack {
  source: Template;
  title: string;
  titleWords: string;
  abbreviation: string;
  tags: string[];
  folder: string;
  body: string;
}

/** Lower-case and strip accents, so "cafe" finds "Café" and "Pesanan" finds "PESANAN". */
export function foldForSearch(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

const cache = new WeakMap<Template, Haystack>();

function haystackOf(t: Template): Haystack {
  const hit = cache.get(t);
  // Templates are treated as immutable values, but a caller that edits one in place still gets
  // fresh results: the cached entry is checked against the fields it was built from.
  if (
    hit &&
    hit.source.title === t.title &&
    hit.source.body === t.body &&
    hit.source.abbreviation === t.abbreviation &&
    hit.source.folder === t.folder &&
    hit.source.tags.length === t.tags.length &&
    hit.source.tags.every((tag, i) => tag === t.tags[i])
  ) {
    return hit;
  }
  const title = foldForSearch(t.title);
  const h: Haystack = {
    source: { ...t, tags: [...t.tags] },
    title,
    titleWords: ` ${title.replace(/[^\p{L}\p{N}]+/gu, ' ')}`,
    abbreviation: t.abbreviation === null ? '' : foldForSearch(t.abbreviation),
    tags: t.tags.map(foldForSearch),
    folder: foldForSearch(t.folder),
    body: foldForSearch(t.body),
  };
  cache.set(t, h);
  return h;
}

/** Builds the search haystacks ahead of the first keystroke. */
export function prepareSearch(templates: readonly Template[]): void {
  for (const t of templates) haystackOf(t);
}

function tokenScore(h: Haystack, q: string): number {
  let s = 0;
  if (h.abbreviation.length > 0) {
    if (h.abbreviation === q) s = Math.max(s, 100);
    else if (h.abbreviation.startsWith(q)) s = Math.max(s, 60);
  }
  if (h.title.startsWith(q)) s = Math.max(s, 45);
  else if (h.titleWords.includes(` ${q}`)) s = Math.max(s, 35);
  else if (h.title.includes(q)) s = Math.max(s, 20);
  for (const tag of h.tags) {
    if (tag === q) s = Math.max(s, 30);
    else if (tag.startsWith(q)) s = Math.max(s, 20);
    else if (tag.includes(q)) s = Math.max(s, 10);
  }
  if (s === 0 && h.folder.includes(q)) s = 8;
  if (s === 0 && h.body.includes(q)) s = 5;
  return s;
}

function popularity(t: Template): number {
  return (t.favorite ? 12 : 0) + Math.min(12, 3 * Math.log2(1 + t.usageCount));
}

function compareHits(a: { t: Template; score: number }, b: { t: Template; score: number }): number {
  return (
    b.score - a.score ||
    b.t.usageCount - a.t.usageCount ||
    (b.t.lastUsedAt ?? 0) - (a.t.lastUsedAt ?? 0) ||
    (a.t.title < b.t.title ? -1 : a.t.title > b.t.title ? 1 : 0) ||
    (a.t.id < b.t.id ? -1 : a.t.id > b.t.id ? 1 : 0)
  );
}

/**
 * Ranks templates for a query. Every query word must match the abbreviation, title, a tag, the
 * folder or the body; an exact abbreviation beats a title prefix, which beats a tag, which beats
 * the body. Favourites and frequently used templates get a bonus. A leading abbreviation prefix
 * (`;thx`, `/thx`) is ignored. An empty query lists everything: favourites, then most used.
 */
export function searchTemplates(templates: readonly Template[], query: string, opts: SearchOptions = {}): Template[] {
  const words = foldForSearch(query.replace(/^[\s;/:!]+/u, ''))
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  const hits: Array<{ t: Template; score: number }> = [];
  for (const t of templates) {
    if (opts.platform && t.platforms.length > 0 && !t.platforms.includes(opts.platform)) continue;
    let score = 0;
    if (words.length > 0) {
      const h = haystackOf(t);
      for (const w of words) {
        const s = tokenScore(h, w);
        if (s === 0) {
          score = 0;
          break;
        }
        score += s;
      }
      if (score === 0) continue;
    }
    hits.push({ t, score: score + popularity(t) });
  }

  let ranked = hits;
  if (opts.lang) {
    const lang = opts.lang;
    // One entry per variant group: the best score of any variant, shown in the wanted language.
    const byGroup = new Map<string, { t: Template; score: number }>();
    const loose: Array<{ t: Template; score: number }> = [];
    for (const hit of hits) {
      if (hit.t.variantGroup === null) {
        loose.push({ t: hit.t, score: hit.score - (hit.t.language === lang ? 0 : 5) });
        continue;
      }
      const prev = byGroup.get(hit.t.variantGroup);
      if (!prev || hit.score > prev.score) byGroup.set(hit.t.variantGroup, hit);
    }
    ranked = loose;
    if (byGroup.size > 0) {
      const inLang = new Map<string, Template>();
      for (const t of templates) {
        if (t.variantGroup === null || t.language !== lang || inLang.has(t.variantGroup)) continue;
        if (opts.platform && t.platforms.length > 0 && !t.platforms.includes(opts.platform)) continue;
        inLang.set(t.variantGroup, t);
      }
      for (const [group, best] of byGroup) {
        const wanted = best.t.language === lang ? best.t : inLang.get(group);
        ranked.push(wanted ? { t: wanted, score: best.score } : { t: best.t, score: best.score - 5 });
      }
    }
  }

  ranked.sort(compareHits);
  const limit = opts.limit !== undefined && opts.limit >= 0 ? Math.floor(opts.limit) : ranked.length;
  return ranked.slice(0, limit).map((h) => h.t);
}
