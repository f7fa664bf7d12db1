import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadHtml, type LoadedPage } from '../platforms/harness';
import type { ExpectedPost } from '../../fixtures/listening/generator';
import type { MatchTerm } from '../../../lib/listening/matcher';

export const LISTENING = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/listening');

export interface ListeningEntry {
  file: string;
  platform: 'x' | 'youtube';
  url: string;
  lang: 'en' | 'id';
  description: string;
  posts: ExpectedPost[];
}

export function listeningManifest(): { now: number; terms: string; fixtures: ListeningEntry[] } {
  return JSON.parse(readFileSync(join(LISTENING, 'manifest.json'), 'utf8'));
}

/** terms.json as matcher input (ids are the term's position). */
export function fixtureTerms(): MatchTerm[] {
  const file = JSON.parse(readFileSync(join(LISTENING, 'terms.json'), 'utf8')) as { terms: Array<{ term: string; group: MatchTerm['group']; exclude: string[]; variants?: string[] }> };
  return file.terms.map((t, i) => ({ id: `t${i}`, term: t.term, group: t.group, exclude: t.exclude, variants: t.variants ?? [] }));
}

export function loadListening(entry: ListeningEntry): LoadedPage {
  return loadHtml(readFileSync(join(LISTENING, entry.file), 'utf8'), entry.url);
}
