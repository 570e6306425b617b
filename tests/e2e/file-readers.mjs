// Readers of the exported files written for the tests from the specs (PNG 3rd ed., RFC 4180), not the app's
// own code, so a bug in the app's writer cannot hide behind the same bug in its reader.
import assert from 'node:assert/strict';

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** PNG chunks as the spec lays them out: length, type, data, CRC. @param {Buffer} png */
export function pngChunks(png) {
  assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature');
  /** @type {{ type: string, data: Buffer }[]} */
  const chunks = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** iTXt: keyword NUL, compression flag, method, language NUL, translated keyword NUL, text. @param {Buffer} data */
export function itxt(data) {
  const keywordEnd = data.indexOf(0);
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  return { keyword: data.toString('latin1', 0, keywordEnd), compressed: data[keywordEnd + 1] === 1, text: data.subarray(translatedEnd + 1).toString('utf8') };
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). @param {string} text */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
