// Valid inputs for each import door, made by the app's own writers (run under tsx): the fuzzer
// mutates these, so most of what it sends gets past the outer layers and reaches the checks inside.
import { deflateSync } from 'node:zlib';
import { crc32 } from '../../src/io/crc32';
import { withPngMetadata } from '../../src/io/png-meta';
import { exchangeViewOf, serializeScenarioFile, toScenarioFile } from '../../src/io/scenario-file';
import { encodeShareFragment } from '../../src/io/share-link';
import { withSvgMetadata } from '../../src/io/svg-meta';
import { reportData } from '../../src/io/report-fixture';
import { createAppStore } from '../../src/state';

/** A scenario file holding the base, a changed copy and a preset: the payload every door carries. */
export function seedPayload(): { json: string; file: ReturnType<typeof toScenarioFile> } {
  const report = reportData();
  const store = createAppStore({ series: report.series, lang: 'en' });
  const id = store.getState().createScenario('Sent scenario');
  store.getState().setModel(id, 't2v-revenue-global', { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' });
  store.getState().addPreset('users-high');
  const { doc, settings } = store.getState();
  const file = toScenarioFile(doc.scenarios, exchangeViewOf(doc, doc.scenarios, settings), new Date('2026-12-05T00:00:00Z'));
  return { json: serializeScenarioFile(file), file };
}

/** A share-link fragment (s1.…) of a scenario file's scenarios and view. */
export const linkOf = (file: ReturnType<typeof toScenarioFile>): string =>
  encodeShareFragment({ scenarios: file.scenarios, view: file.view ?? {} });

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typed = new TextEncoder().encode(type);
  out.set(typed, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A 1×1 grey PNG (signature, IHDR, IDAT, IEND) carrying the payload as the app's exports do. */
export function pngOf(payload: string): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 1);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const idat = deflateSync(Buffer.from([0, 128]));
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array(idat)), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return withPngMetadata(png, { pixelRatio: 2, payload });
}

/** A small chart-like SVG carrying the payload in its metadata, as the app's SVG export does. */
export const svgOf = (payload: string): string =>
  withSvgMetadata('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Chart</title><rect width="10" height="10"/></svg>', payload);
