/**
 * FNV-1a 64-bit over the UTF-16 code units of `text`, computed with two 32-bit halves, as 16 hex digits.
 * Fast and stable across runs and machines; not for security.
 */
export function textHash(text: string): string {
  // offset basis 0xcbf29ce484222325, prime 0x100000001b3 (= 2^40 + 0x1b3)
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i);
    // (hi:lo) * 0x1b3 + ((lo << 40) within 64 bits) — split so each product stays below 2^53.
    const loMul = (lo & 0xffff) * 0x1b3;
    const loMulHi = (lo >>> 16) * 0x1b3 + (loMul >>> 16);
    const newLo = ((loMulHi & 0xffff) << 16) | (loMul & 0xffff);
    const carry = Math.floor(loMulHi / 0x10000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = newLo >>> 0;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
