import { normalize } from '../sentiment/normalize';
import type { TermGroup } from '../models';

/**
 * Tracked-term matching. Every term, variant and exclusion is compiled into ONE Aho-Corasick
 * automaton over normalised tokens, so a post is read once however many terms are tracked, and a
 * match always starts and ends on a word boundary.
 *
 * Both the terms and the posts go through the same key function: the sentiment normaliser (case,
 * slang, contractions, elongation, `-nya`, hashtags split on camel case), then accent folding and
 * collapsed letter runs, so `KOPI Kenangannn`, `#KopiKenangan` and `kopi kenangan` all read alike.
 * Handles and web addresses keep their words (`@kopi_kenangan` → `kopi kenangan`) instead of
 * becoming an anonymous cue, and a multi-word term also matches its words written together
 * (`#kopikenangan`, `@kopikenangan`).
 */

export interface MatchTerm {
  id: string;
  term: string;
  group: TermGroup;
  variants: readonly string[];
  exclude: readonly string[];
}

export interface TermHit {
  termId: string;
  group: TermGroup;
}

export interface MatchResult {
  /** Terms found in the text and not cancelled by one of their exclusions, in the order of the term list. */
  hits: TermHit[];
  /** Distinct groups of the hits, in the order own, competitor, industry. */
  groups: TermGroup[];
}

export interface Matcher {
  match(text: string): MatchResult;
  /** How many token patterns the automaton holds (terms, variants, joined forms and exclusions). */
  readonly patternCount: number;
  /** Terms that normalise to nothing matchable (e.g. only punctuation), by id. */
  readonly unmatchable: readonly string[];
}

export const GROUP_ORDER: readonly TermGroup[] = ['own', 'competitor', 'industry'];

/** Stands between tokens that must not be bridged by a pattern: sentence marks, emoji, links' schemes. */
const BREAK = '\u0000';
const CUE_TOKENS = new Set(['EMOLOVE', 'EMOPOS', 'EMOLAUGH', 'EMONEG', 'EMOSAD', '.', ',', '!', '?']);
const NON_ASCII = /[\u0080-\uffff]/;
const MARKS = /[\p{M}\p{Cf}]/gu;
const LETTER_RUN = /(\p{L})\1+/gu;
const HANDLE_SPLIT = /[._-]+/;
const URL_SPLIT = /[^\p{L}\p{N}]+/u;
const URL_NOISE = new Set(['http', 'https', 'www', 'com', 'co', 'id', 'net', 'org', 'html', 'php']);

/** Accents, zero-width and other format characters removed; hostile `k\u200bopi` reads as `kopi`. */
export function foldText(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(MARKS, '') : text;
}

function squash(tok: string): string {
  return tok.replace(LETTER_RUN, '$1');
}

function pushParts(out: string[], parts: string[]): void {
  for (const p of parts) if (p) out.push(squash(p.toLowerCase()));
}

/**
 * The match keys of a text: normalised, folded tokens with `BREAK` where a phrase may not continue.
 * Exported for tests and for the digest, which groups themes by the same keys.
 */
export function matchTokens(text: string): string[] {
  const { tokens, surfaces } = normalize(foldText(text));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok === 'USER') {
      pushParts(out, (surfaces[i] ?? '').replace(/^@+/, '').split(HANDLE_SPLIT));
    } else if (tok === 'URL') {
      out.push(BREAK);
      pushParts(out, (surfaces[i] ?? '').split(URL_SPLIT).filter((p) => !URL_NOISE.has(p.toLowerCase())));
      out.push(BREAK);
    } else if (tok === 'NUM') {
      out.push((surfaces[i] ?? '').toLowerCase());
    } else if (CUE_TOKENS.has(tok)) {
      if (out.length > 0 && out[out.length - 1] !== BREAK) out.push(BREAK);
    } else if (tok.indexOf('-') > 0) {
      pushParts(out, tok.split('-'));
    } else {
      out.push(squash(tok));
    }
  }
  return out;
}

/** A term's token patterns: as written, its camel-case words apart, and its words run together. */
function patternsOf(phrase: string): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (toks: string[]) => {
    const clean = toks.filter((t) => t !== BREAK);
    if (clean.length === 0) return;
    const key = clean.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(clean);
  };
  const base = matchTokens(phrase);
  add(base);
  const camel = phrase.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (camel !== phrase) add(matchTokens(camel));
  for (const p of [...out]) if (p.length > 1) add([p.join('')]);
  return out;
}

interface Output {
  term: number;
  exclude: boolean;
}

/** Compiles every term (with its variants and exclusions) into one automaton. */
export function compileMatcher(terms: readonly MatchTerm[]): Matcher {
  const vocab = new Map<string, number>();
  const vocabId = (t: string) => {
    let id = vocab.get(t);
    if (id === undefined) {
      id = vocab.size;
      vocab.set(t, id);
    }
    return id;
  };
  // Node 0 is the root. Transitions per node; outputs per node (own and, after linking, inherited).
  const next: Array<Map<number, number>> = [new Map()];
  const outputs: Output[][] = [[]];
  let patternCount = 0;
  const unmatchable: string[] = [];

  const insert = (toks: string[], out: Output) => {
    let node = 0;
    for (const t of toks) {
      const id = vocabId(t);
      let child = next[node]!.get(id);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        outputs.push([]);
        next[node]!.set(id, child);
      }
      node = child;
    }
    const list = outputs[node]!;
    if (!list.some((o) => o.term === out.term && o.exclude === out.exclude)) list.push(out);
    patternCount++;
  };

  terms.forEach((term, index) => {
    let any = false;
    for (const phrase of [term.term, ...term.variants]) {
      for (const p of patternsOf(phrase)) {
        insert(p, { term: index, exclude: false });
        any = true;
      }
    }
    if (!any) unmatchable.push(term.id);
    for (const phrase of term.exclude) for (const p of patternsOf(phrase)) insert(p, { term: index, exclude: true });
  });

  // Breadth-first failure links; each node's outputs include those of its failure chain.
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (const child of next[0]!.values()) {
    fail[child] = 0;
    queue.push(child);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi]!;
    for (const [tok, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(tok)) f = fail[f]!;
      const target = next[f]!.get(tok);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const inherited = outputs[fail[child]!]!;
      if (inherited.length > 0) {
        const own = outputs[child]!;
        for (const o of inherited) if (!own.some((x) => x.term === o.term && x.exclude === o.exclude)) own.push(o);
      }
      queue.push(child);
    }
  }

  const termCount = terms.length;
  const found = new Uint8Array(termCount);
  const excluded = new Uint8Array(termCount);

  function match(text: string): MatchResult {
    if (termCount === 0 || !text) return { hits: [], groups: [] };
    const touched: number[] = [];
    let node = 0;
    for (const tok of matchTokens(text)) {
      const id = vocab.get(tok);
      if (id === undefined) {
        node = 0;
        continue;
      }
      let child = next[node]!.get(id);
      while (child === undefined && node !== 0) {
        node = fail[node]!;
        child = next[node]!.get(id);
      }
      node = child ?? 0;
      const outs = outputs[node]!;
      for (let k = 0; k < outs.length; k++) {
        const o = outs[k]!;
        if (found[o.term] === 0 && excluded[o.term] === 0) touched.push(o.term);
        if (o.exclude) excluded[o.term] = 1;
        else found[o.term] = 1;
      }
    }
    const hits: TermHit[] = [];
    if (touched.length > 0) {
      touched.sort((a, b) => a - b);
      let last = -1;
      for (const i of touched) {
        if (i === last) continue;
        last = i;
        if (found[i] === 1 && excluded[i] === 0) hits.push({ termId: terms[i]!.id, group: terms[i]!.group });
        found[i] = 0;
        excluded[i] = 0;
      }
    }
    return { hits, groups: groupsOf(hits) };
  }

  return { match, patternCount, unmatchable };
}

export function groupsOf(hits: readonly TermHit[]): TermGroup[] {
  return GROUP_ORDER.filter((g) => hits.some((h) => h.group === g));
}

/** The one group written into `data-kelola-mention` when a post matches several: own first. */
export function primaryGroup(groups: readonly TermGroup[]): TermGroup | null {
  return GROUP_ORDER.find((g) => groups.includes(g)) ?? null;
}

/** A fingerprint of a term list: a cached matcher is rebuilt when it changes. */
export function termsSignature(terms: readonly MatchTerm[]): string {
  let s = '';
  for (const t of terms) s += `${t.id}\u0001${t.group}\u0001${t.term}\u0001${t.variants.join('\u0002')}\u0001${t.exclude.join('\u0002')}\u0003`;
  return s;
}
