/** A chosen or dropped file's bytes (FileReader where Blob.arrayBuffer is missing, as in older engines and jsdom). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** How a table file's bytes were read: UTF-8, UTF-16 (by its byte-order mark), or GB18030 (which holds GBK). */
export type TableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * A CSV or text table as spreadsheets save it. UTF-8 first (a byte-order mark dropped), UTF-16 when its mark
 * says so (Excel's "Unicode text"); bytes that are not UTF-8 are read as GB18030, the "CSV" of Excel and WPS on
 * Chinese Windows, whose 亿元 and 上限 would otherwise turn into replacement characters and lose the unit.
 */
export function decodeTableText(bytes: Uint8Array): { readonly text: string; readonly encoding: TableEncoding } {
  const encoding: TableEncoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : isUtf8(bytes) ? 'utf-8' : 'gb18030';
  // TextDecoder drops the byte-order mark of its own encoding.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
