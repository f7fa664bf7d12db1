import type { Template } from '../models';

/**
 * A short fingerprint of a template library: equal for equal libraries, different (but for a
 * 1-in-2^64 chance) after any change to any field of any template, including order and usage counts.
 */
export function libraryVersion(templates: readonly Template[]): string {
  const text = JSON.stringify(templates);
  // Two independent 32-bit hashes (FNV-1a and a multiply-xorshift) over the UTF-16 code units.
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x85ebca6b);
    b ^= b >>> 13;
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}-${(b >>> 0).toString(36)}`;
}
