import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { PageItem, PlatformId } from '../../../lib/platforms';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/platforms');

export interface ManifestEntry {
  file: string;
  expected: string;
  platform: PlatformId;
  url: string;
  expectedItems: number;
  lang: 'en' | 'id';
  description: string;
}

export type TimeSpec =
  | { at: number }
  | { date: [number, number, number] }
  | { clock: [number, number] }
  | { dayClock: [number, number, number] }
  | { weekdayClock: [number, number, number] };

export interface ExpectedItem {
  id: string | { hashed: true };
  kind: PageItem['kind'];
  author: string;
  authorHandle: string;
  text: string;
  time: TimeSpec | null;
  precision: PageItem['postedAtPrecision'];
  permalink: string | null;
  isOwnAccount: boolean;
  parent: string | { index: number } | null;
}

export interface Expectation {
  url: string;
  now: number;
  lang: 'en' | 'id';
  ownHandles: string[];
  ownHandleOnPage: string | null;
  items: ExpectedItem[];
  profile: Record<string, unknown> | null;
  editors: { total: number; engine: string; replyEditorFor: number[] };
}

export function manifest(): { now: number; fixtures: ManifestEntry[] } {
  return JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'));
}

export function expectation(entry: ManifestEntry): Expectation {
  return JSON.parse(readFileSync(join(FIXTURES, entry.expected), 'utf8'));
}

export function fixtureHtmlFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'generator') walk(p);
      } else if (name.endsWith('.html')) out.push(relative(FIXTURES, p));
    }
  };
  walk(FIXTURES);
  return out.sort();
}

export interface LoadedPage {
  window: Window;
  document: Document;
  url: URL;
}

/**
 * Parses a fixture page into a happy-dom window whose location is the page's real URL, the way the
 * content script sees it. No script on the page runs.
 */
export function loadHtml(html: string, url: string): LoadedPage {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true } } });
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  const document = window.document as unknown as Document;
  const imported = document.importNode(parsed.documentElement as unknown as Node, true);
  document.documentElement.remove();
  document.appendChild(imported);
  return { window, document, url: new URL(url) };
}

export function loadFixture(entry: ManifestEntry): LoadedPage {
  return loadHtml(readFileSync(join(FIXTURES, entry.file), 'utf8'), entry.url);
}

const MINUTE = 60_000;

/** Resolves a time spec the way a reader in this machine's time zone reads the page. */
export function resolveTime(spec: TimeSpec | null, now: number): number | null {
  if (!spec) return null;
  if ('at' in spec) return spec.at;
  const today = new Date(now);
  if ('date' in spec) return new Date(spec.date[0], spec.date[1], spec.date[2]).getTime();
  if ('weekdayClock' in spec) {
    const [weekday, h, m] = spec.weekdayClock;
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, h, m).getTime();
  }
  if ('dayClock' in spec) {
    const [back, h, m] = spec.dayClock;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, h, m).getTime();
  }
  const [h, m] = spec.clock;
  const at = new Date(today.getFullYear(), today.getMonth(), today.getDate(), h, m).getTime();
  return at > now + MINUTE ? new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1, h, m).getTime() : at;
}
