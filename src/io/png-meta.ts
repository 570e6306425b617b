import { boundedInflate } from './bounded-inflate';
import { crc32 } from './crc32';

/**
 * The scenario file inside an exported PNG, at the byte level (PNG spec, 3rd ed.): an iTXt chunk with
 * keyword "genai-forecast" holds the payload as uncompressed UTF-8, and a pHYs chunk states the
 * pixel density, so a 2× export prints and pastes at its CSS size instead of twice as large.
 */
export const PNG_KEYWORD = 'genai-forecast';
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const METRES_PER_INCH = 0.0254;
/** The payload a PNG may carry: the size limit of the scenario file, in UTF-8 bytes at worst. */
const MAX_PAYLOAD_BYTES = 4_000_000;

interface Chunk {
  readonly type: string;
  /** Offset of the chunk's length field; the chunk spans [start, start + 12 + data.length). */
  readonly start: number;
  readonly data: Uint8Array;
}

type Chunks = { readonly ok: true; readonly chunks: readonly Chunk[] } | { readonly ok: false; readonly error: 'not-png' | 'truncated' | 'bad-crc' };

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const typeOf = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

/** Every chunk up to IEND, each length checked against what is left and each CRC verified. */
function readChunks(png: Uint8Array): Chunks {
  if (png.length < 8 || SIGNATURE.some((byte, i) => png[i] !== byte)) return { ok: false, error: 'not-png' };
  const chunks: Chunk[] = [];
  let at = 8;
  for (;;) {
    if (png.length - at < 12) return { ok: false, error: 'truncated' };
    const length = u32(png, at);
    if (length > png.length - at - 12) return { ok: false, error: 'truncated' };
    const end = at + 8 + length;
    if (crc32(png, at + 4, end) !== u32(png, end)) return { ok: false, error: 'bad-crc' };
    const type = typeOf(png, at + 4);
    if (chunks.length === 0 && (type !== 'IHDR' || length !== 13)) return { ok: false, error: 'not-png' };
    chunks.push({ type, start: at, data: png.subarray(at + 8, end) });
    at = end + 4;
    if (type === 'IEND') return { ok: true, chunks };
  }
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** iTXt: keyword, NUL, compression flag 0 and method 0, empty language tag and translated keyword, UTF-8 text. */
function itxt(payload: string): Uint8Array {
  const keyword = latin1(PNG_KEYWORD);
  const text = new TextEncoder().encode(payload);
  const data = new Uint8Array(keyword.length + 5 + text.length);
  data.set(keyword, 0);
  data.set(text, keyword.length + 5);
  return chunk('iTXt', data);
}

/** pHYs: pixels per metre on both axes, unit 1 (the metre). */
function phys(pixelRatio: number): Uint8Array {
  const perMetre = Math.round((96 * pixelRatio) / METRES_PER_INCH);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, perMetre);
  view.setUint32(4, perMetre);
  data[8] = 1;
  return chunk('pHYs', data);
}

/** Our iTXt's parts: the keyword ends at the first NUL; the text after three more fields. */
function ourText(data: Uint8Array): { compressed: boolean; text: Uint8Array } | undefined {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd !== PNG_KEYWORD.length) return undefined;
  for (let i = 0; i < keywordEnd; i++) if (data[i] !== PNG_KEYWORD.charCodeAt(i)) return undefined;
  const flag = data[keywordEnd + 1];
  const language = data.indexOf(0, keywordEnd + 3);
  const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
  if (translated < 0 || (flag !== 0 && flag !== 1) || data[keywordEnd + 2] !== 0) return undefined;
  return { compressed: flag === 1, text: data.subarray(translated + 1) };
}

/**
 * The PNG with pHYs and the payload right after IHDR, replacing any pHYs and any earlier payload.
 * Throws when `png` is not a whole, intact PNG: the exporter hands in what the canvas encoded.
 */
export function withPngMetadata(png: Uint8Array, options: { pixelRatio: number; payload: string }): Uint8Array {
  if (!(options.pixelRatio > 0) || !Number.isFinite(options.pixelRatio)) throw new Error(`withPngMetadata: pixel ratio ${options.pixelRatio}`);
  const read = readChunks(png);
  if (!read.ok) throw new Error(`withPngMetadata: ${read.error}`);
  const kept = read.chunks.filter((c) => c.type !== 'pHYs' && !(c.type === 'iTXt' && ourText(c.data)));
  const added = [phys(options.pixelRatio), itxt(options.payload)];
  const parts = [png.subarray(0, 8), ...kept.slice(0, 1).map(whole(png)), ...added, ...kept.slice(1).map(whole(png))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const whole = (png: Uint8Array) => (c: Chunk) => png.subarray(c.start, c.start + 12 + c.data.length);

export type PngMetadata =
  | { ok: true; width: number; height: number; pixelsPerMetre?: { x: number; y: number }; payload?: string }
  | { ok: false; error: 'not-png' | 'truncated' | 'bad-crc' };

/** Size, density and payload of a PNG, after checking its signature, every chunk length and every CRC. */
export function readPngMetadata(png: Uint8Array): PngMetadata {
  const read = readChunks(png);
  if (!read.ok) return read;
  const header = read.chunks[0]!.data;
  const result: { ok: true; width: number; height: number; pixelsPerMetre?: { x: number; y: number }; payload?: string } = {
    ok: true,
    width: u32(header, 0),
    height: u32(header, 4),
  };
  const density = read.chunks.find((c) => c.type === 'pHYs' && c.data.length === 9 && c.data[8] === 1);
  if (density) result.pixelsPerMetre = { x: u32(density.data, 0), y: u32(density.data, 4) };
  for (const c of read.chunks) {
    const found = c.type === 'iTXt' ? ourText(c.data) : undefined;
    if (!found) continue;
    const bytes = found.compressed ? boundedInflate(found.text, MAX_PAYLOAD_BYTES, 'zlib') : { ok: true as const, bytes: found.text };
    // A payload that is not UTF-8 or does not inflate is left out; the door then says the PNG carries no data.
    if (!bytes.ok) break;
    try {
      result.payload = new TextDecoder('utf-8', { fatal: true }).decode(bytes.bytes);
    } catch {
      // Not UTF-8: not ours.
    }
    break;
  }
  return result;
}
