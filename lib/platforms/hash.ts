const FNV_PRIME = 0x01000193;

/** FNV-1a (32-bit) over the UTF-8 bytes of the input, without allocating a byte array. */
function fnv1a32(input: string, basis: number): number {
  let h = basis >>> 0;
  const byte = (b: number) => {
    h ^= b;
    h = Math.imul(h, FNV_PRIME);
  };
  for (let i = 0; i < input.length; i++) {
    let cp = input.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < input.length) {
      const lo = input.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) byte(cp);
    else if (cp < 0x800) {
      byte(0xc0 | (cp >> 6));
      byte(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      byte(0xe0 | (cp >> 12));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    } else {
      byte(0xf0 | (cp >> 18));
      byte(0x80 | ((cp >> 12) & 0x3f));
      byte(0x80 | ((cp >> 6) & 0x3f));
      byte(0x80 | (cp & 0x3f));
    }
  }
  return h >>> 0;
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** FNV-1a (32-bit) of the UTF-8 input, as 8 hex digits. */
export function fnv1a(input: string): string {
  return hex(fnv1a32(input, 0x811c9dc5));
}

/**
 * A 64-bit key (two FNV-1a lanes with different offset bases) for items without a platform id.
 * One 32-bit lane would collide about once per 2,000 items on one page in a thousand pages; two make it negligible.
 */
export function hashKey(...parts: string[]): string {
  // The unit separator cannot occur in page text, so ('ab','c') and ('a','bc') differ.
  const input = parts.join('\u001f');
  return 'h' + hex(fnv1a32(input, 0x811c9dc5)) + hex(fnv1a32(input, 0x050c5d1f));
}
