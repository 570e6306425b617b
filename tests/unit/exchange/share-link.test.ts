import { createHash } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../../src/io/base64url';
import { decodeShareFragment, encodeShareFragment, shareFragmentParams } from '../../../src/io/share-link';
import { SHARE_DICTIONARY_S1 } from '../../../src/io/share-dictionary';
import { tenScenarios, tenView, VIDEO } from './sample-scenarios';

const state = () => ({ scenarios: tenScenarios(), view: tenView() });
const link = (json: string | Uint8Array) => `s1.${toBase64url(deflateRawSync(typeof json === 'string' ? Buffer.from(json) : json, { dictionary: Buffer.from(SHARE_DICTIONARY_S1) }))}`;
const errorOf = (fragment: string) => {
  const result = decodeShareFragment(fragment);
  return result.ok ? 'accepted' : result.error;
};

describe('share links', () => {
  it('carry ten realistic scenarios in under 2,000 characters, and give them back exactly', () => {
    const fragment = encodeShareFragment(state());
    console.log(`share link for 10 scenarios: ${fragment.length} characters (JSON ${JSON.stringify(state()).length})`);
    expect(fragment.length).toBeLessThan(2000);
    expect(fragment).toMatch(/^s2\.[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, ...state() });
  });

  it('carry only the exchanged fields, even when handed the store’s scenarios (no ids, locks or origins; the colour as a wish)', () => {
    const stored = tenScenarios().map((s, i) => ({ ...s, id: `s-${i}`, colorIndex: i, readOnly: false, origin: 'user' as const }));
    const colours = tenScenarios().map((s, i) => ({ ...s, colorIndex: i }));
    expect(encodeShareFragment({ scenarios: stored, view: tenView() })).toBe(encodeShareFragment({ scenarios: colours, view: tenView() }));
    expect(decodeShareFragment(encodeShareFragment({ scenarios: stored, view: tenView() }))).toEqual({ ok: true, scenarios: colours, view: tenView() });
  });

  it('are the same for the same state (no export time inside)', () => {
    expect(encodeShareFragment(state())).toBe(encodeShareFragment(state()));
  });

  it('decode with or without the "#", with whitespace around, and from a view of nothing', () => {
    const fragment = encodeShareFragment({ scenarios: tenScenarios().slice(0, 2), view: {} });
    const expected = { ok: true, scenarios: tenScenarios().slice(0, 2) };
    expect(decodeShareFragment(fragment)).toEqual(expected);
    expect(decodeShareFragment(`#${fragment}`)).toEqual(expected);
    expect(decodeShareFragment(` #${fragment}\n`)).toEqual(expected);
  });

  it('are read by a decoder that knows only Node’s zlib and the documented dictionary (the format is what the README says)', () => {
    const json = JSON.stringify({ type: 'genai-forecast/scenarios', version: 1, source: 'someone else', scenarios: tenScenarios().slice(0, 1) });
    expect(decodeShareFragment(link(json))).toEqual({ ok: true, scenarios: tenScenarios().slice(0, 1) });
  });

  it('inflate against a frozen dictionary: every s1 link ever shared needs exactly these bytes', () => {
    expect(createHash('sha256').update(SHARE_DICTIONARY_S1).digest('hex')).toBe('e45e9dfd161cff2505fe85fb4af19ea90e0aa9e66426022e29963155f0cb357d');
    expect(Buffer.byteLength(SHARE_DICTIONARY_S1)).toBeLessThanOrEqual(32_768); // deflate's window
  });

  describe('embed parameter', () => {
    it('"embed=<series>&s2.…" shows one chart: the series arrives as view.seriesId', () => {
      const fragment = encodeShareFragment(state(), { embed: VIDEO });
      expect(fragment.startsWith(`embed=${VIDEO}&s2.`)).toBe(true);
      expect(shareFragmentParams(`#${fragment}`)).toEqual({ embed: VIDEO });
      expect(decodeShareFragment(fragment)).toEqual({ ok: true, scenarios: tenScenarios(), view: { ...tenView(), seriesId: VIDEO } });
    });

    it('ignores unknown parameters and parameters after the payload, and an embed value that is no series id', () => {
      const fragment = encodeShareFragment(state());
      expect(decodeShareFragment(`later=1&${fragment}&theme=dark`)).toEqual({ ok: true, ...state() });
      expect(decodeShareFragment(`embed=..%2F&${fragment}`)).toEqual({ ok: true, ...state() });
      expect(encodeShareFragment(state(), { embed: '<x>' })).toBe(fragment);
    });
  });

  describe('refusals', () => {
    it('"empty" for nothing, "unknown-format" without a payload or with a version never written', () => {
      expect(['', '#', '  '].map(errorOf)).toEqual(['empty', 'empty', 'empty']);
      expect(['embed=x', 'hello', 's.abc', 's0.abc', 's01.abc', 'x1.abc', 'S1.abc', 'v1.abc'].map(errorOf)).toEqual(Array(8).fill('unknown-format'));
    });

    it('"newer-version" for s3 and later: a link from a newer app', () => {
      expect(['s3.abc', 's10.abc', 'embed=a&s3.xyz'].map(errorOf)).toEqual(['newer-version', 'newer-version', 'newer-version']);
    });

    it('"malformed" for text that is not base64url, two payloads, or JSON that is not JSON', () => {
      const good = encodeShareFragment(state());
      expect(['s1.abc$', 's1.ab+/', 's1.abc=', 's1.a', 's1.AB'].map(errorOf)).toEqual(Array(5).fill('malformed'));
      expect(errorOf(`${good}&${good}`)).toBe('malformed');
      expect(errorOf(link('not json'))).toBe('malformed');
      expect(errorOf(link(new Uint8Array([0xff, 0xfe, 0x00])))).toBe('malformed');
      // BFINAL 1, block type 3: a block type deflate does not have.
      expect(errorOf('s1.____')).toBe('malformed');
    });

    it('"truncated" for a link cut short (as a chat app or a mail line limit cuts it)', () => {
      const data = encodeShareFragment(state()).slice('s2.'.length);
      // Whole base64url groups, so what is cut is the deflate stream, not the base64.
      for (let length = 4; length < data.length - 3; length += 4) expect(errorOf(`s1.${data.slice(0, length)}`), `${length}`).toBe('truncated');
      expect(errorOf(link('{"type":"genai-forecast/scenarios","version":1,"scenarios":[{"name":"a'))).toBe('truncated');
    });

    it('"too-large" for a zip bomb (1 GB of zeros in about 1 MB), stopped after the first megabyte', () => {
      const flushed = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
      const bomb = Buffer.concat([...Array<Buffer>(1024).fill(flushed), Buffer.from([0x03, 0x00])]);
      const started = performance.now();
      expect(errorOf(`s1.${toBase64url(bomb)}`)).toBe('too-large');
      expect(performance.now() - started).toBeLessThan(3000);
      // Just over the limit is refused too; just under gets to the door.
      expect(errorOf(link(`"${'x'.repeat(1_000_000)}"`))).toBe('too-large');
      expect(errorOf(link(`"${'x'.repeat(999_000)}"`))).toBe('unknown-format');
    });

    it('"too-large" for a fragment longer than any link the app writes', () => {
      expect(errorOf(`s1.${'A'.repeat(2_000_001)}`)).toBe('too-large');
    });

    it('the door’s own refusals for a well-encoded payload: newer file version, hostile names', () => {
      expect(errorOf(link('{"type":"genai-forecast/scenarios","version":3}'))).toBe('newer-version');
      const [first] = tenScenarios();
      expect(errorOf(encodeShareFragment({ scenarios: [{ ...first!, name: '<script>alert(1)</script>' }], view: {} }))).toBe('hostile-text');
    });
  });
});

describe('base64url', () => {
  it('agrees with Node’s base64url for any bytes, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(text)).toEqual(bytes);
      }),
      { seed: 20240628, numRuns: 500 },
    );
  });

  it('refuses padding, the "+/" alphabet, impossible lengths and stray bits', () => {
    for (const text of ['QQ==', 'a+b/', 'A', 'QR', 'QUJ', 'é']) expect(fromBase64url(text), text).toBeUndefined();
    expect(fromBase64url('QQ')).toEqual(new Uint8Array([65]));
    expect(fromBase64url('')).toEqual(new Uint8Array());
  });
});
