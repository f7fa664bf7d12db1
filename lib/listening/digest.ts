import type { Intent, Platform, Sentiment } from '../models';
import { normalize } from '../sentiment/normalize';
import { translate, type UiLang } from '../i18n';
import { foldText } from './matcher';
import { toSafeCsv } from './csv';

/**
 * Voice of the customer: a weekly digest of what people asked, complained about, wanted to buy and
 * disliked, from the comments and messages Kelola saw and from listening mentions. Items are grouped
 * into themes by the words they share (normalised: slang, case and elongation do not split a theme),
 * each theme with its count and a few example excerpts.
 */

export interface DigestItem {
  source: 'interaction' | 'mention';
  platform: Platform;
  author: string;
  excerpt: string;
  at: number;
  sentiment: Sentiment | null;
  intents: readonly Intent[];
  link: string | null;
}

export const DIGEST_SECTIONS = ['questions', 'complaints', 'purchase', 'negative'] as const;
export type DigestSectionId = (typeof DIGEST_SECTIONS)[number];

export interface DigestExample {
  excerpt: string;
  author: string;
  platform: Platform;
  source: DigestItem['source'];
  link: string | null;
}

export interface DigestTheme {
  /** The shared word, normalised (`pengiriman`, `refund`). */
  theme: string;
  count: number;
  examples: DigestExample[];
}

export interface DigestSection {
  id: DigestSectionId;
  /** Items in this section (an item can sit in several themes, but counts once here). */
  total: number;
  themes: DigestTheme[];
}

export interface Digest {
  from: number;
  to: number;
  interactions: number;
  mentions: number;
  sections: DigestSection[];
}

export interface DigestOptions {
  themes: number;
  examples: number;
  /** Words never used as a theme (the brand's own tracked terms, which every item shares). */
  ignore: readonly string[];
}

const DEFAULTS: DigestOptions = { themes: 5, examples: 3, ignore: [] };

// Grammar, forms of address and question words: frequent in every section, never a theme.
const STOP = new Set(
  (
    'yang dan di ini itu aku saya kak kakak min admin mimin ke dari dengan untuk juga sudah belum ada bisa mau apa ' +
    'karena kalau tapi atau sama banget saja nya ya dong sih deh kok lagi jadi lebih sangat gue kamu kita kami ' +
    'mereka dia akan masih bukan bagaimana kenapa kapan siapa mana nih tuh loh lho yuk ayo mohon tolong terima ' +
    'kasih gan sis bang bro kalian pada oleh seperti sekali cuma dulu nanti tetapi namun enggak tidak punya biar ' +
    'pengen ingin agar supaya sampai buat berapa apakah adalah tersebut hari ini sini situ gimana halo hai ' +
    'the and not is are was were you i this that it to of in for on with my your me we they he she be have has ' +
    'do does did will would can could should a an but or so just what when where why how very really at from ' +
    'about there here no yes if all get got am please thanks thank been being our their them his her its than ' +
    'then because want going still never any some much more most one out up who which these those had may ' +
    'might must let see know think make go come like back now again too also only even every hi hello haha nya'
  ).split(' '),
);

/** The theme words of an excerpt: normalised content words, each once. */
export function themeWords(text: string, ignore: ReadonlySet<string>): string[] {
  const { tokens } = normalize(foldText(text));
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.length < 3 || !/^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}-]*$/u.test(t)) continue;
    if (STOP.has(t) || ignore.has(t)) continue;
    out.add(t);
  }
  return [...out];
}

function sectionOf(item: DigestItem, id: DigestSectionId): boolean {
  switch (id) {
    case 'questions':
      return item.intents.includes('question');
    case 'complaints':
      return item.intents.includes('complaint');
    case 'purchase':
      return item.intents.includes('purchase');
    case 'negative':
      return item.sentiment === 'negative';
  }
}

/** Builds the digest of the items seen in [from, to). */
export function buildDigest(items: readonly DigestItem[], from: number, to: number, options: Partial<DigestOptions> = {}): Digest {
  const opts = { ...DEFAULTS, ...options };
  const ignore = new Set<string>();
  for (const phrase of opts.ignore) for (const w of normalize(foldText(phrase)).tokens) ignore.add(w);
  const inRange = items.filter((i) => i.at >= from && i.at < to && i.intents.every((x) => x !== 'spam'));
  // Newest first, so examples are recent ones; identical excerpts (copy-paste complaints) count once as examples.
  const sorted = [...inRange].sort((a, b) => b.at - a.at);
  const words = new Map<DigestItem, string[]>();
  const wordsOf = (i: DigestItem) => {
    let w = words.get(i);
    if (!w) {
      w = themeWords(i.excerpt, ignore);
      words.set(i, w);
    }
    return w;
  };

  const sections: DigestSection[] = DIGEST_SECTIONS.map((id) => {
    const members = sorted.filter((i) => sectionOf(i, id));
    const byWord = new Map<string, DigestItem[]>();
    for (const m of members) {
      for (const w of wordsOf(m)) {
        let list = byWord.get(w);
        if (!list) byWord.set(w, (list = []));
        list.push(m);
      }
    }
    const ranked = [...byWord.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const themes: DigestTheme[] = [];
    const usedAsExample = new Set<DigestItem>();
    for (const [theme, list] of ranked) {
      if (themes.length >= opts.themes) break;
      // A theme every item of it already explains (same items as a bigger theme) adds nothing.
      const covered = themes.some((t) => t.count === list.length && byWord.get(t.theme)!.every((x, k) => x === list[k]));
      if (covered) continue;
      const seenText = new Set<string>();
      const examples: DigestExample[] = [];
      for (const pass of [false, true]) {
        for (const it of list) {
          if (examples.length >= opts.examples) break;
          const key = it.excerpt.trim().toLowerCase();
          if (seenText.has(key) || usedAsExample.has(it) !== pass) continue;
          seenText.add(key);
          usedAsExample.add(it);
          examples.push({ excerpt: it.excerpt.slice(0, 280), author: it.author, platform: it.platform, source: it.source, link: it.link });
        }
      }
      themes.push({ theme, count: list.length, examples });
    }
    return { id, total: members.length, themes };
  });

  return {
    from,
    to,
    interactions: inRange.filter((i) => i.source === 'interaction').length,
    mentions: inRange.filter((i) => i.source === 'mention').length,
    sections,
  };
}

function dateRange(d: Digest, lang: UiLang, timeZone: string): string {
  const fmt = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  return `${fmt.format(d.from)} – ${fmt.format(d.to - 1)}`;
}

/** The digest as plain text for a message or a planning document. */
export function digestToText(d: Digest, lang: UiLang, timeZone = 'UTC'): string {
  const t = (k: string, ...s: Array<string | number>) => translate(lang, k, ...s);
  const lines: string[] = [t('listening.voc.title'), dateRange(d, lang, timeZone), t('listening.voc.sources', d.interactions, d.mentions), ''];
  for (const s of d.sections) {
    lines.push(`${t(`listening.voc.section.${s.id}`)} (${s.total})`);
    if (s.themes.length === 0) lines.push(`  ${t('listening.voc.none')}`);
    for (const th of s.themes) {
      lines.push(`  • ${th.theme} — ${th.count}`);
      for (const ex of th.examples) lines.push(`      “${ex.excerpt.replace(/\s+/g, ' ')}” — ${ex.author || '?'} (${t(`platform.${ex.platform}`)})`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The digest as CSV, one row per example (a theme without examples gets one row). */
export function digestToCsv(d: Digest, lang: UiLang): string {
  const t = (k: string) => translate(lang, k);
  const rows: Array<Array<string | number | null>> = [
    [t('listening.voc.col.section'), t('listening.voc.col.theme'), t('listening.voc.col.count'), t('listening.voc.col.excerpt'), t('listening.voc.col.author'), t('listening.voc.col.platform'), t('listening.voc.col.source'), t('listening.voc.col.link')],
  ];
  for (const s of d.sections) {
    for (const th of s.themes) {
      if (th.examples.length === 0) rows.push([t(`listening.voc.section.${s.id}`), th.theme, th.count, '', '', '', '', '']);
      for (const ex of th.examples) {
        rows.push([t(`listening.voc.section.${s.id}`), th.theme, th.count, ex.excerpt, ex.author, t(`platform.${ex.platform}`), t(`listening.voc.source.${ex.source}`), ex.link ?? '']);
      }
    }
  }
  return toSafeCsv(rows);
}
