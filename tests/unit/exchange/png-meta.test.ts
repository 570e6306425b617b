import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/io/crc32';
import { PNG_KEYWORD, readPngMetadata, withPngMetadata } from '../../../src/io/png-meta';
import { chunkTypes, pngChunk, tinyPng } from './tiny-png';

const PAYLOAD = '{"type":"genai-forecast/scenarios","name":"乐观：视频增速80% ]]> & <"}';
const latin1 = (s: string) => Buffer.from(s, 'latin1');
const insertAfterIhdr = (png: Uint8Array, ...chunks: Uint8Array[]) => new Uint8Array(Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]));

describe('crc32 is PNG’s CRC', () => {
  it('matches the standard check value and the CRC of an empty IEND', () => {
    expect(crc32(latin1('123456789'))).toBe(0xcbf43926);
    expect(crc32(latin1('IEND'))).toBe(0xae426082);
  });
});

describe('withPngMetadata and readPngMetadata', () => {
  it('round-trips the payload, and a 2× export states 7559 pixels per metre (96·2/0.0254 = 7559.05…)', () => {
    const png = withPngMetadata(tinyPng(), { pixelRatio: 2, payload: PAYLOAD });
    expect(readPngMetadata(png)).toEqual({ ok: true, width: 2, height: 2, pixelsPerMetre: { x: 7559, y: 7559 }, payload: PAYLOAD });
  });

  it('states 3780 px/m at 1× (96/0.0254 = 3779.5…) and 11339 px/m at 3×', () => {
    const at = (pixelRatio: number) => {
      const read = readPngMetadata(withPngMetadata(tinyPng(), { pixelRatio, payload: '' }));
      return read.ok ? read.pixelsPerMetre : undefined;
    };
    expect(at(1)).toEqual({ x: 3780, y: 3780 });
    expect(at(3)).toEqual({ x: 11339, y: 11339 });
  });

  it('puts pHYs and iTXt right after IHDR, before the image data, as the spec requires of pHYs', () => {
    expect(chunkTypes(withPngMetadata(tinyPng(), { pixelRatio: 2, payload: PAYLOAD }))).toEqual(['IHDR', 'pHYs', 'iTXt', 'IDAT', 'IEND']);
  });

  it('writes the iTXt field by field: keyword, NUL, uncompressed, no language, UTF-8 text', () => {
    const png = Buffer.from(withPngMetadata(tinyPng(), { pixelRatio: 1, payload: 'é' }));
    const at = 33 + 21; // signature + IHDR, then pHYs (12 + 9)
    const length = png.readUInt32BE(at);
    expect(png.toString('latin1', at + 4, at + 8)).toBe('iTXt');
    expect([...png.subarray(at + 8, at + 8 + length)]).toEqual([...latin1(PNG_KEYWORD), 0, 0, 0, 0, 0, 0xc3, 0xa9]);
  });

  it('replaces an earlier pHYs and an earlier payload instead of adding a second', () => {
    const once = withPngMetadata(tinyPng(), { pixelRatio: 1, payload: 'old' });
    const twice = withPngMetadata(once, { pixelRatio: 2, payload: 'new' });
    expect(chunkTypes(twice)).toEqual(['IHDR', 'pHYs', 'iTXt', 'IDAT', 'IEND']);
    expect(readPngMetadata(twice)).toMatchObject({ pixelsPerMetre: { x: 7559, y: 7559 }, payload: 'new' });
  });

  it('keeps other text chunks, and ignores iTXt of other keywords when reading', () => {
    const other = pngChunk('iTXt', Buffer.concat([latin1('Software'), Buffer.from([0, 0, 0, 0, 0]), latin1('canvas')]));
    const png = withPngMetadata(insertAfterIhdr(tinyPng(), other), { pixelRatio: 2, payload: PAYLOAD });
    expect(chunkTypes(png)).toEqual(['IHDR', 'pHYs', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(readPngMetadata(png)).toMatchObject({ ok: true, payload: PAYLOAD });
  });

  it('reads a payload another tool stored zlib-compressed', async () => {
    const { deflateSync } = await import('node:zlib');
    const data = Buffer.concat([latin1(PNG_KEYWORD), Buffer.from([0, 1, 0, 0, 0]), deflateSync(Buffer.from(PAYLOAD))]);
    expect(readPngMetadata(insertAfterIhdr(tinyPng(), pngChunk('iTXt', data)))).toMatchObject({ ok: true, payload: PAYLOAD });
  });

  it('reports a PNG without our chunks by size alone', () => {
    expect(readPngMetadata(tinyPng(5, 7))).toEqual({ ok: true, width: 5, height: 7 });
  });

  it('refuses what is not a PNG', () => {
    expect(readPngMetadata(new Uint8Array())).toEqual({ ok: false, error: 'not-png' });
    expect(readPngMetadata(latin1('GIF89a....'))).toEqual({ ok: false, error: 'not-png' });
    // A signature followed by something other than IHDR.
    const noHeader = Buffer.concat([Buffer.from(tinyPng().subarray(0, 8)), pngChunk('IEND', Buffer.alloc(0))]);
    expect(readPngMetadata(noHeader)).toEqual({ ok: false, error: 'not-png' });
    expect(() => withPngMetadata(latin1('not a png'), { pixelRatio: 1, payload: '' })).toThrow(/not-png/);
  });

  it('calls every cut-off PNG "truncated", never reading past the end', () => {
    const png = withPngMetadata(tinyPng(), { pixelRatio: 2, payload: PAYLOAD });
    for (let length = 8; length < png.length; length++) expect(readPngMetadata(png.subarray(0, length)), `${length} bytes`).toEqual({ ok: false, error: 'truncated' });
  });

  it('calls a chunk length beyond the bytes left "truncated", even a huge one', () => {
    const png = Buffer.from(tinyPng());
    png.writeUInt32BE(0xffffffff, 33); // the IDAT's length
    expect(readPngMetadata(png)).toEqual({ ok: false, error: 'truncated' });
  });

  it('calls a flipped bit anywhere in a chunk "bad-crc"', () => {
    const png = withPngMetadata(tinyPng(), { pixelRatio: 2, payload: PAYLOAD });
    const flipped = new Uint8Array(png);
    flipped[60] = flipped[60]! ^ 1; // inside the iTXt text
    expect(readPngMetadata(flipped)).toEqual({ ok: false, error: 'bad-crc' });
  });

  it('refuses a pixel ratio that is not a positive number', () => {
    for (const pixelRatio of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => withPngMetadata(tinyPng(), { pixelRatio, payload: '' })).toThrow();
  });
});
