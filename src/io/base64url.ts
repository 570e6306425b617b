/**
 * base64url without padding (RFC 4648 §5): the alphabet a URL fragment carries untouched.
 * Hand-written because btoa works on Latin-1 strings and Buffer is not in browsers.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (left > 1) out += ALPHABET[(n >> 6) & 63]!;
    if (left > 2) out += ALPHABET[n & 63]!;
  }
  return out;
}

/**
 * The bytes of base64url text, or undefined when it is not exactly what toBase64url writes:
 * another alphabet, padding, a length no encoding has, or stray bits in the last character.
 */
export function fromBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const group = Math.min(4, text.length - i);
    for (let j = 0; j < 4; j++) {
      const digit = j < group ? INDEX.get(text[i + j]!) : 0;
      if (digit === undefined) return undefined;
      n = (n << 6) | digit;
    }
    // Two characters carry one byte, three carry two: the rest of their bits must be zero (canonical form).
    if ((group === 2 && n & 0xffff) || (group === 3 && n & 0xff)) return undefined;
    out[o++] = (n >> 16) & 255;
    if (group > 2) out[o++] = (n >> 8) & 255;
    if (group > 3) out[o++] = n & 255;
  }
  return out;
}
