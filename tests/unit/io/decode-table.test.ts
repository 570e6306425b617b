// A CSV as spreadsheets save it: UTF-8 (with or without Excel's byte-order mark), UTF-16 with its mark
// (Excel's "Unicode text"), or GB18030/GBK (the "CSV" of Excel and WPS on Chinese Windows). The bytes
// below are the encodings of the same text made with Python's codecs (str.encode('utf-8' | 'utf-16-le' |
// 'gb18030')), not with the code under test.
import { describe, expect, it } from 'vitest';
import { decodeTableText } from '../../../src/io/read-file';

const TEXT = '年份,市场规模（亿元）,类型\n2024,100,上限\n';
// Python: list('年份,市场规模（亿元）,类型\n2024,100,上限\n'.encode('gb18030'))
const GB18030 = [
  196, 234, 183, 221, 44, 202, 208, 179, 161, 185, 230, 196, 163, 163, 168, 210, 218, 212, 170, 163, 169, 44, 192, 224, 208, 205, 10, 50, 48, 50, 52, 44, 49,
  48, 48, 44, 201, 207, 207, 222, 10,
];

describe('decodeTableText', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeTableText(utf8)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeTableText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with its mark, little- or big-endian (Excel’s “Unicode text”)', () => {
    const le = [0xff, 0xfe, ...[...TEXT].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...TEXT].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(decodeTableText(new Uint8Array(le))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeTableText(new Uint8Array(be))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('reads bytes that are not UTF-8 as GB18030, and says so: 亿元 and 上限 survive, so 100 is 100亿元 and an upper bound', () => {
    expect(decodeTableText(new Uint8Array(GB18030))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });
});
