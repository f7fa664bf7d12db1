import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from '../../../lib/platforms';
import { PLATFORMS } from '../../../lib/models';
import { expectationOf, manifestOf } from '../../fixtures/platforms/generator/build';
import { allFixtures } from '../../fixtures/platforms/generator/sites';
import { FIXTURES, fixtureHtmlFiles, manifest } from './harness';

const LIB = join(FIXTURES, '../../../lib/platforms');
const entries = manifest().fixtures;

describe('every adapter is backed by fixtures', () => {
  it('has an adapter for every platform and a fixture for every adapter', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...PLATFORMS].sort());
    for (const a of ADAPTERS) expect(entries.filter((e) => e.platform === a.id).length, a.id).toBeGreaterThan(0);
  });

  it('keeps each site in its own folder with its selectors in one file', () => {
    for (const p of PLATFORMS) {
      expect(existsSync(join(LIB, p, 'selectors.ts')), p).toBe(true);
      expect(existsSync(join(LIB, p, 'index.ts')), p).toBe(true);
    }
  });

  it('has an English and an Indonesian comment page for every site', () => {
    for (const p of PLATFORMS) {
      const pages = entries.filter((e) => e.platform === p && e.expectedItems > 0 && !/messag|direct|messenger/.test(e.file));
      expect(pages.some((e) => e.lang === 'en'), `${p} en`).toBe(true);
      expect(pages.some((e) => e.lang === 'id'), `${p} id`).toBe(true);
    }
  });

  it('has long threads, inboxes and profiles where the brief asks for them', () => {
    for (const p of ['x', 'youtube']) expect(entries.some((e) => e.platform === p && e.expectedItems >= 30), p).toBe(true);
    for (const p of ['x', 'facebook', 'instagram', 'linkedin']) {
      expect(entries.some((e) => e.platform === p && /messag|direct|messenger/.test(e.file) && e.expectedItems > 0), p).toBe(true);
    }
    for (const p of ['x', 'instagram']) {
      for (const lang of ['en', 'id']) expect(entries.some((e) => e.platform === p && e.file.includes('profile-own') && e.lang === lang), `${p} ${lang}`).toBe(true);
    }
    expect(entries.some((e) => e.file === 'x/profile-competitor.html')).toBe(true);
  });
});

describe('fixture files', () => {
  it('are exactly the pages the manifest lists, each with its expectations', () => {
    expect(fixtureHtmlFiles()).toEqual(entries.map((e) => e.file).sort());
    for (const e of entries) expect(existsSync(join(FIXTURES, e.expected)), e.expected).toBe(true);
  });

  it.each(entries.map((e) => [e.file, e] as const))('%s is a complete, script-free page served at its real URL', (_f, e) => {
    const html = readFileSync(join(FIXTURES, e.file), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const tag of ['<html', '<head>', '<title>', '<body', '</body>', '</html>']) expect(html).toContain(tag);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=\s*["'][^"']*["']/i);
    expect(adapterForUrl(new URL(e.url))?.id).toBe(e.platform);
  });

  it('match what the generator produces (run generator/build.ts after changing it)', () => {
    const generated = allFixtures();
    expect(JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8'))).toEqual(manifestOf(generated));
    for (const f of generated) {
      expect(readFileSync(join(FIXTURES, f.file), 'utf8') === f.html, f.file).toBe(true);
      expect(JSON.parse(readFileSync(join(FIXTURES, f.file.replace(/\.html$/, '.expected.json')), 'utf8'))).toEqual(JSON.parse(JSON.stringify(expectationOf(f))));
    }
  });
});

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      // lib/platforms/editor belongs to the editor-insertion work, with its own rules.
      if (relative(LIB, p) !== 'editor') out.push(...sources(p));
    } else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const stripComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('adapter source rules', () => {
  const files = sources(LIB);

  it.each(files.map((f) => [relative(LIB, f), f] as const))('%s writes no HTML, reads no layout, imports no framework', (_n, f) => {
    const code = stripComments(readFileSync(f, 'utf8'));
    for (const banned of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'innerText', 'getBoundingClientRect', 'getComputedStyle', 'offsetHeight', ':has(']) {
      expect(code.includes(banned), `${banned} in ${f}`).toBe(false);
    }
    expect(code).not.toMatch(/from ['"](react|react-dom|wxt|webextension-polyfill|#imports)/);
    expect(code).not.toMatch(/\b(browser|chrome)\.(runtime|storage|tabs)\b/);
  });
});

describe('selectors stay cheap on pages that repeat ids', () => {
  /** A bare `#id` (outside an attribute test, a quoted value or an `:is()`/`:where()`). */
  const idSelector = (sel: string): boolean => {
    let depth = 0;
    let quote: string | null = null;
    const parens: boolean[] = [];
    for (let i = 0; i < sel.length; i++) {
      const c = sel[i]!;
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '(') parens.push(/:(is|where)$/.test(sel.slice(0, i)));
      else if (c === ')') parens.pop();
      else if (c === '#' && depth === 0 && !parens.includes(true)) return true;
    }
    return false;
  };
  const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

  it('recognises an id selector only outside attribute values', () => {
    expect(idSelector('#content-text')).toBe(true);
    expect(idSelector('a#author-text')).toBe(true);
    expect(idSelector('[id="content-text"]')).toBe(false);
    expect(idSelector(':is(#content-text)')).toBe(false);
    expect(idSelector('a:where(#author-text) span')).toBe(false);
    expect(idSelector(':not(#x)')).toBe(true);
    expect(idSelector('a[href*="#x"]')).toBe(false);
  });

  it('wraps ids in :is() in every site and listening selector (YouTube repeats ids in every comment)', async () => {
    const files = [...PLATFORMS.map((p) => `../../../lib/platforms/${p}/selectors`), '../../../lib/listening/selectors'];
    for (const f of files) {
      const mod = (await import(f)) as Record<string, unknown>;
      for (const sel of strings(Object.values(mod).filter((v) => !(v instanceof Set)))) expect(idSelector(sel), `${f}: ${sel}`).toBe(false);
    }
  });
});
