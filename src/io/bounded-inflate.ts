import { Inflate, Unzlib } from 'fflate';

export type InflateResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: 'truncated' | 'malformed' | 'too-large' };

// Deflate expands at most about 1032:1, so one 1 KB step can never produce much more than a megabyte.
const STEP = 1024;

/**
 * Inflates raw deflate (or zlib) data, stopping as soon as the output passes `limit` bytes:
 * a zip bomb is refused after about one step of work instead of filling memory.
 */
export function boundedInflate(data: Uint8Array, limit: number, format: 'raw' | 'zlib' = 'raw', dictionary?: Uint8Array): InflateResult {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const collect = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) over = true;
    else chunks.push(chunk);
  };
  const stream = format === 'raw' ? new Inflate({ dictionary }, collect) : new Unzlib({ dictionary }, collect);
  let ending = false;
  try {
    if (data.length === 0) return { ok: false, error: 'truncated' };
    // All but the last byte as a stream that may go on: fflate then waits for more instead of failing,
    // so an error here is corrupt data. The last byte ends the stream: running out now means cut off.
    const last = data.length - 1;
    for (let at = 0; at < last && !over; at += STEP) stream.push(data.subarray(at, Math.min(at + STEP, last)), false);
    ending = true;
    if (!over) stream.push(data.subarray(last), true);
  } catch (error) {
    // fflate's code 0 is "unexpected EOF".
    const code = (error as { code?: unknown }).code;
    return { ok: false, error: over ? 'too-large' : ending && code === 0 ? 'truncated' : 'malformed' };
  }
  if (over) return { ok: false, error: 'too-large' };
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
