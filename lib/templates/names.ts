import type { Lang, Platform } from '../models';

export const PLATFORM_DISPLAY_NAMES: Readonly<Record<Platform, string>> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  threads: 'Threads',
};

/** What `{name}` and `{first_name}` become when the commenter's name is unknown. */
export const DEFAULT_NAME: Readonly<Record<Lang, string>> = { id: 'Kak', en: 'there' };

/**
 * Forms of address people put in their own display names ("Kak Rina", "Bu Sari", "Dr. Budi").
 * Skipped by `firstName` when another word follows, so "Halo Kak {first_name}" does not become
 * "Halo Kak Kak Rina".
 */
const HONORIFICS: ReadonlySet<string> = new Set([
  'kak',
  'ka',
  'kakak',
  'bu',
  'ibu',
  'pak',
  'bapak',
  'mas',
  'mbak',
  'mba',
  'bang',
  'abang',
  'om',
  'tante',
  'h',
  'hj',
  'dr',
  'drs',
  'prof',
  'ir',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'madam',
]);

const EDGE_NON_WORD = /^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

function cleanWord(word: string): string {
  return word.replace(EDGE_NON_WORD, '');
}

/**
 * The first word of a display name that contains a letter or digit, with emoji and punctuation at
 * its edges removed: "Budi Santoso" → "Budi", "🌸✨ Sari Dewi" → "Sari", "@budi.santoso" → "budi",
 * "Kak Rina" → "Rina". Null when the name has no such word (an emoji-only name).
 */
export function firstName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return null;
  const isHandle = trimmed.startsWith('@');
  // Handles separate words with dots and underscores; display names only with spaces.
  const words = trimmed
    .slice(0, 300)
    .split(isHandle ? /[\s._]+/u : /\s+/u)
    .map(cleanWord)
    .filter((w) => HAS_WORD_CHAR.test(w));
  if (words.length === 0) return null;
  let i = 0;
  while (i < words.length - 1 && HONORIFICS.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  return words[i] ?? null;
}

/** "@budi", "budi", " @budi " → "@budi"; null when nothing usable is left. */
export function formatHandle(handle: string): string | null {
  const h = handle.trim().replace(/^@+/, '').split(/\s/u)[0] ?? '';
  return h.length === 0 ? null : `@${h}`;
}
