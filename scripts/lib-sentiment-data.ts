import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, type SentimentLabel } from '../lib/sentiment/model';
import { textHash } from '../lib/sentiment/hash';

export interface Example {
  text: string;
  label: SentimentLabel;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The labelled files live beside the repository: `../shared/data/sentiment/` from its root. */
export const DATA_DIR = resolve(REPO_ROOT, '..', 'shared', 'data', 'sentiment');

/** Resolves a data file: absolute, relative to the working directory, or a bare name inside DATA_DIR. */
export function resolveDataPath(p: string): string {
  if (isAbsolute(p)) return p;
  const fromCwd = resolve(process.cwd(), p);
  if (existsSync(fromCwd)) return fromCwd;
  const fromRoot = resolve(REPO_ROOT, p);
  if (existsSync(fromRoot)) return fromRoot;
  return resolve(DATA_DIR, p);
}

export class DataError extends Error {}

/**
 * Parses JSON lines of `{"text","label"}`; any bad line (including an empty one before the end) is an error naming
 * its 1-based line number, so predictions written line by line stay aligned with the input.
 */
export function parseJsonl(content: string, source = 'input'): Example[] {
  const out: Example[] = [];
  const lines = content.split('\n');
  let last = lines.length;
  while (last > 0 && (lines[last - 1] as string).trim() === '') last--;
  for (let i = 0; i < last; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '');
    if (raw.trim() === '') throw new DataError(`${source}: line ${i + 1}: empty line`);
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch {
      throw new DataError(`${source}: line ${i + 1}: not valid JSON`);
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      throw new DataError(`${source}: line ${i + 1}: expected an object with "text" and "label"`);
    }
    const { text, label } = obj as { text?: unknown; label?: unknown };
    if (typeof text !== 'string') throw new DataError(`${source}: line ${i + 1}: "text" must be a string`);
    if (typeof label !== 'string' || !(LABELS as readonly string[]).includes(label)) {
      throw new DataError(`${source}: line ${i + 1}: "label" must be one of ${LABELS.join(', ')}`);
    }
    out.push({ text, label: label as SentimentLabel });
  }
  return out;
}

export function readJsonl(path: string): Example[] {
  return parseJsonl(readFileSync(path, 'utf8'), path);
}

/**
 * The fixed English split: an item is held out when the hash of its text falls in the last 30 of 100 buckets.
 * Depends on the text only, so it does not move when the file is reordered.
 */
export function isEnglishHeldOut(text: string): boolean {
  return parseInt(textHash(text).slice(-4), 16) % 100 >= 70;
}
