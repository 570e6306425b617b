import { describe, expect, it, vi } from 'vitest';
import { importBytes, importText, IMPORT_TIME_BUDGET_MS, MAX_IMPORT_BYTES } from '../../../src/io/import-door';
import { withPngMetadata } from '../../../src/io/png-meta';
import { serializeScenarioFile, toScenarioFile, type ExchangedScenario } from '../../../src/io/scenario-file';
import { encodeShareFragment } from '../../../src/io/share-link';
import { withSvgMetadata } from '../../../src/io/svg-meta';
import type { Scenario } from '../../../src/state';
import { tenScenarios } from './sample-scenarios';
import { tinyPng } from './tiny-png';

const NOW = new Date('2024-06-28T08:00:00.000Z');
const scenarios = tenScenarios().slice(0, 3);
const asStore = (list: readonly ExchangedScenario[]): Scenario[] => list.map((s, i) => ({ ...s, id: `s${i}`, readOnly: false, colorIndex: i, origin: 'user' }));
const file = toScenarioFile(asStore(scenarios), { focus: 2 }, NOW);
const json = serializeScenarioFile(file);
const utf8 = (text: string) => new TextEncoder().encode(text);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>';
// The file carries each scenario's colour (asStore gives scenario i colour i); the link below is made without.
const accepted = { ok: true, scenarios: scenarios.map((s, i) => ({ ...s, colorIndex: i })), view: { focus: 2 } };
const errorOf = (result: ReturnType<typeof importBytes>) => (result.ok ? 'accepted' : result.error);

describe('importBytes sniffs what it is given by content, never by name', () => {
  it('opens a scenario .json', () => {
    expect(importBytes(utf8(json), 'scenarios.json')).toEqual(accepted);
  });

  it('opens a scenario .json re-saved by an editor as UTF-16 (with its mark) or as GB18030 (Notepad’s “ANSI” on Chinese Windows)', () => {
    // The file’s other Chinese written as \u escapes (plain ASCII), and one name as Chinese characters.
    const escaped = (text: string) => text.replace(/[^ -~\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const zhJson = escaped(json).replace(escaped(JSON.stringify(scenarios[0]!.name)), '"报告基准"');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...zhJson].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const expected = importBytes(utf8(zhJson));
    expect(expected.ok && expected.scenarios[0]!.name).toBe('报告基准');
    expect(importBytes(utf16, 'scenarios.json')).toEqual(expected);
    // Python: list('报告基准'.encode('gb18030')) = [177, 168, 184, 230, 187, 249, 215, 188]; the rest is ASCII, the same in both.
    const [before, after] = zhJson.split('报告基准') as [string, string];
    const gb = new Uint8Array([...utf8(before), 177, 168, 184, 230, 187, 249, 215, 188, ...utf8(after)]);
    // Read as GB18030, which any bytes are: the result says so, for the preview to tell the reader.
    expect(importBytes(gb, 'scenarios.json')).toEqual({ ...expected, decodedAs: 'gb18030' });
  });

  it('says "invalid-view" for a link whose view is out of range (a rate of 10^9 yuan to the dollar), not that its scenarios fail', () => {
    const settings = { lang: 'en', theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'linear', currency: 'USD', usdCny: '1000000000', unitStyle: 'kmb' } as const;
    const fragment = encodeShareFragment({ scenarios: accepted.scenarios, view: { focus: 0, settings } });
    expect(errorOf(importText(`https://example.org/app/#${fragment}`))).toBe('invalid-view');
  });

  it('opens a PNG the app exported', () => {
    expect(importBytes(withPngMetadata(tinyPng(), { pixelRatio: 2, payload: JSON.stringify(file) }), 'chart.png')).toEqual(accepted);
  });

  it('opens an SVG the app exported, with or without an XML declaration, BOM or leading whitespace', () => {
    const svg = withSvgMetadata(SVG, JSON.stringify(file));
    for (const text of [svg, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, `\uFEFF  \n${svg}`]) expect(importBytes(utf8(text), 'chart.svg')).toEqual(accepted);
  });

  it('opens a text file holding a share link', () => {
    const fragment = encodeShareFragment({ scenarios: accepted.scenarios, view: { focus: 2 } });
    expect(importBytes(utf8(`https://example.org/app/#${fragment}\n`), 'link.txt')).toEqual(accepted);
  });

  it('opens a renamed file all the same (a PNG called .json)', () => {
    expect(importBytes(withPngMetadata(tinyPng(), { pixelRatio: 1, payload: json }), 'export.json')).toEqual(accepted);
  });

  it('says "empty" for no bytes and "too-large" past 5 MB, before reading anything', () => {
    expect(errorOf(importBytes(new Uint8Array()))).toBe('empty');
    expect(errorOf(importBytes(utf8('   \n')))).toBe('empty');
    expect(errorOf(importBytes(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toBe('too-large');
  });

  it('says "not-recognised" for other files: a GIF, a ZIP, plain text, bytes that are not UTF-8', () => {
    for (const bytes of [utf8('GIF89a'), new Uint8Array([0x50, 0x4b, 3, 4]), utf8('hello world'), new Uint8Array([0xff, 0xfe, 0xfd])])
      expect(errorOf(importBytes(bytes, 'x.bin'))).toBe('not-recognised');
    expect(importBytes(utf8('hello'), 'notes.txt')).toMatchObject({ detail: expect.stringMatching(/^notes\.txt: /) });
  });

  it('says "unknown-format" for a PNG or an SVG without the app’s data, or JSON of another kind', () => {
    expect(errorOf(importBytes(tinyPng()))).toBe('unknown-format');
    expect(errorOf(importBytes(utf8(SVG)))).toBe('unknown-format');
    expect(errorOf(importBytes(utf8('{"type":"excalidraw","version":2,"elements":[]}')))).toBe('unknown-format');
  });

  it('says "truncated" for a file cut off, "malformed" for a damaged one', () => {
    const png = withPngMetadata(tinyPng(), { pixelRatio: 2, payload: json });
    expect(errorOf(importBytes(png.subarray(0, png.length - 20)))).toBe('truncated');
    const damaged = new Uint8Array(png);
    damaged[50] = damaged[50]! ^ 0xff;
    expect(errorOf(importBytes(damaged))).toBe('malformed');
    expect(errorOf(importBytes(utf8(json.slice(0, 200))))).toBe('truncated');
    expect(errorOf(importBytes(utf8('{"type": nope}')))).toBe('malformed');
    const svg = withSvgMetadata(SVG, json);
    expect(errorOf(importBytes(utf8(svg.slice(0, 300))))).toBe('truncated');
    expect(errorOf(importBytes(utf8('<html><body>not svg</body></html>')))).toBe('not-recognised');
  });

  it('passes the door’s refusals through: a newer version, hostile names', () => {
    expect(errorOf(importBytes(utf8('{"type":"genai-forecast/scenarios","version":3}')))).toBe('newer-version');
    const hostile = JSON.stringify({ ...file, scenarios: [{ ...scenarios[0], name: '<img src=x onerror=alert(1)>' }] });
    expect(errorOf(importBytes(withPngMetadata(tinyPng(), { pixelRatio: 1, payload: hostile })))).toBe('hostile-text');
    expect(errorOf(importBytes(utf8(withSvgMetadata(SVG, hostile))))).toBe('hostile-text');
  });
});

describe('importText, for what is pasted', () => {
  const fragment = encodeShareFragment({ scenarios: accepted.scenarios, view: { focus: 2 } });

  it('opens a whole link, a bare fragment with or without "#", an embed link, JSON and SVG markup', () => {
    for (const text of [`https://example.org/app/?x=1#${fragment}`, fragment, `#${fragment}`, `embed=t2i-users-cn&${fragment}`, json, withSvgMetadata(SVG, json)])
      expect(importText(text), text.slice(0, 40)).toMatchObject({ ok: true, scenarios });
  });

  it('opens a link a mail program wrapped over several lines', () => {
    const wrapped = `https://example.org/#${fragment}`.replace(/(.{60})/g, '$1\n');
    expect(importText(wrapped)).toEqual(accepted);
  });

  it('refuses what is none of these, saying which way', () => {
    expect(errorOf(importText(''))).toBe('empty');
    expect(errorOf(importText('just words'))).toBe('not-recognised');
    expect(errorOf(importText('https://example.org/#s9.abc'))).toBe('newer-version');
    expect(errorOf(importText('https://example.org/#section-2'))).toBe('unknown-format');
    expect(errorOf(importText('x'.repeat(MAX_IMPORT_BYTES + 1)))).toBe('too-large');
  });
});

// The file of issue 15: one 100 KB entity referenced 40,000 times (about 220 KB on disk; expanded,
// 100,000 × 40,000 = 4,000,000,000 characters), with the app's metadata id so no shortcut skips the parse.
function entityBlowUp(): string {
  const refs = '&e;'.repeat(40_000);
  return `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY e "${'x'.repeat(100_000)}">]>\n<svg xmlns="http://www.w3.org/2000/svg"><metadata id="genai-forecast-data">${refs}</metadata></svg>`;
}

describe('hostile XML is refused before any XML parser sees it', () => {
  it('refuses the entity blow-up of issue 15 at once, as "xml-declarations"', () => {
    const text = entityBlowUp();
    expect(text.length).toBeGreaterThan(215_000);
    expect(text.length).toBeLessThan(225_000);
    const start = performance.now();
    expect(errorOf(importBytes(utf8(text), 'bomb.svg'))).toBe('xml-declarations');
    expect(errorOf(importText(text))).toBe('xml-declarations');
    // Generous for a busy machine: a parse that expanded the entity would take many seconds.
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('refuses an SVG the app exported once a DOCTYPE or an ENTITY is put in front, in any letter case', () => {
    const svg = withSvgMetadata(SVG, JSON.stringify(file));
    expect(errorOf(importBytes(utf8(svg)))).toBe('accepted');
    for (const prolog of ['<!DOCTYPE svg>', '<!doctype svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">', '<!ENTITY a "b">'])
      expect(errorOf(importBytes(utf8(`<?xml version="1.0"?>\n${prolog}\n${svg}`)))).toBe('xml-declarations');
  });

  it('never hands a declaring SVG to DOMParser', () => {
    const spy = vi.spyOn(DOMParser.prototype, 'parseFromString');
    try {
      importText(entityBlowUp());
      expect(spy).not.toHaveBeenCalled();
      importText(withSvgMetadata(SVG, JSON.stringify(file)));
      expect(spy).toHaveBeenCalledTimes(1); // the spy can see a parse: the assertion above could fail
    } finally {
      spy.mockRestore();
    }
  });
});

describe('each import has a time budget, and says when it runs over', () => {
  // A clock the test moves: each reading advances it by `step` ms.
  const clock = (step: number) => {
    let t = 0;
    return () => (t += step);
  };

  it('refuses as "too-slow" an import whose stages ran past the budget, for JSON, SVG, PNG and links', () => {
    const svg = withSvgMetadata(SVG, JSON.stringify(file));
    const png = withPngMetadata(tinyPng(), { pixelRatio: 2, payload: JSON.stringify(file) });
    const link = `#${encodeShareFragment({ scenarios: accepted.scenarios, view: { focus: 2 } })}`;
    // Readings: start, before the last stage, after it; 1,001 ms each step means 2,002 ms > 2,000 at the end.
    for (const bytes of [utf8(json), utf8(svg), png, utf8(link)]) {
      expect(errorOf(importBytes(bytes, undefined, { ms: IMPORT_TIME_BUDGET_MS, now: clock(1001) }))).toBe('too-slow');
      expect(importBytes(bytes, undefined, { ms: IMPORT_TIME_BUDGET_MS, now: clock(999) })).toEqual(accepted);
    }
  });

  it('says how long it took against the budget', () => {
    const result = importText(json, { ms: 2000, now: clock(1500) });
    expect(result).toEqual({ ok: false, error: 'too-slow', detail: '3000 ms > 2000 ms' });
  });

  it('is two seconds by default', () => {
    expect(IMPORT_TIME_BUDGET_MS).toBe(2000);
  });
});
