import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/io/import-door';
import { readSavedState } from '../../../src/io/saved-state';
import { textProblem } from '../../../src/io/text-safety';
import { asImportedScenarios, serializeScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import type { ForecastModel } from '../../../src/model';
import { PRESET_IDS, STORAGE_KEY, type AppStore } from '../../../src/state';
import { en } from '../../../src/ui/i18n/en';
import { MemoryStorage } from '../io/memory-storage';
import { VIDEO, openApp } from './app-store';

/**
 * Issue 15, "every state the app can reach saves and loads back equal": random sequences of the
 * store's own actions, with a reload through the saved-state door after every step. The domains
 * (model/domains.ts) give the edges: growth -0.99..10, values 0.001..1e15, exchange rate 0.1..100;
 * numbers just outside them are thrown in too, and must be refused by the store, not saved.
 */
const SEED = 20240628;
const RUNS = 2500;

/**
 * Text as the interface lets it reach the store: the name and description fields refuse what the
 * import door would refuse (io/text-safety: markup, bidi controls, lone surrogates), so such
 * characters are dropped here; control characters the store strips itself are thrown in anyway.
 */
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u001f\u007f]/g;
const safe = (kind: 'line' | 'multiline') => (t: string) => {
  const kept = [...t].filter((ch) => !textProblem(ch, kind) || ch.replace(STRIPPED, '') === '').join('');
  return textProblem(kept.replace(STRIPPED, ''), kind) ? kept.replace(/[<&]/g, '') : kept;
};
const text = (max: number, kind: 'line' | 'multiline' = 'line') =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      // Near the limit: a few characters repeated to max-10..max+20 units (cut anywhere, even inside an emoji).
      fc
        .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), fc.integer({ min: max - 10, max: max + 20 }))
        .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n)),
      fc.constantFrom('', ' ', 'A'.repeat(120), `${'b'.repeat(119)}😀`, '基准情景', 'Copy of Copy of x', '\u0000\u0007\u007f'),
    )
    .map(safe(kind));
const rate = fc.oneof(fc.constantFrom('-0.99', '10', '0', '-0.991', '10.001', '1e9999999999', '-1'), fc.double({ min: -0.99, max: 10, noNaN: true }).map(String));
const value = fc.oneof(fc.constantFrom('0.001', '1e15', '7200000', '0.000999', '1.000001e15', '1e-300'), fc.double({ min: 0.001, max: 1e15, noNaN: true }).map(String));
const fx = fc.oneof(fc.constantFrom('0.1', '100', '7.1268', '0.0999', '100.1', '1e-300', '1e300'), fc.double({ min: 0.1, max: 100, noNaN: true }).map(String));
const pick = fc.nat(60);

type Action = (store: AppStore) => void;
const at = (store: AppStore, i: number) => {
  const list = store.getState().doc.scenarios;
  return list[i % list.length]!;
};

const action: fc.Arbitrary<[string, Action]> = fc.oneof(
  text(130).map((name): [string, Action] => [`create ${JSON.stringify(name)}`, (s) => void s.getState().createScenario(name)]),
  fc.tuple(pick, fc.boolean()).map(([i, goalSeek]): [string, Action] => [
    `duplicate ${i}`,
    (s) => {
      const source = at(s, i);
      s.getState().duplicateScenario(source.id, goalSeek ? `${source.name} → $1.5B 2030` : en.scenarios.copyOf(source.name));
    },
  ]),
  fc.tuple(pick, text(200)).map(([i, name]): [string, Action] => [`rename ${i} ${JSON.stringify(name)}`, (s) => s.getState().renameScenario(at(s, i).id, name)]),
  fc.tuple(pick, text(2100, 'multiline')).map(([i, words]): [string, Action] => [`describe ${i}`, (s) => s.getState().describeScenario(at(s, i).id, words)]),
  pick.map((i): [string, Action] => [`delete ${i}`, (s) => s.getState().deleteScenario(at(s, i).id)]),
  fc.tuple(pick, rate, value).map(([i, cagr, baseValue]): [string, Action] => [
    `set ${i} cagr ${cagr} base ${baseValue}`,
    (s) => s.getState().setModel(at(s, i).id, VIDEO, { type: 'compound', baseYear: 2023, baseValue, cagr } satisfies ForecastModel),
  ]),
  fx.map((usdCny): [string, Action] => [`fx ${usdCny}`, (s) => s.getState().setSettings({ usdCny })]),
  fc.constantFrom(...PRESET_IDS).map((preset): [string, Action] => [`preset ${preset}`, (s) => void s.getState().addPreset(preset)]),
  fc.tuple(text(300), text(1100, 'multiline')).map(([title, note]): [string, Action] => [`words`, (s) => s.getState().setChartWords(VIDEO, { title, note })]),
  fc.tuple(pick, pick).map(([i, n]): [string, Action] => [
    `import ${n % 3 + 1} from ${i}`,
    (s) => {
      const list = s.getState().doc.scenarios;
      const chosen = Array.from({ length: (n % 3) + 1 }, (_, k) => list[(i + k) % list.length]!);
      const result = importText(serializeScenarioFile(toScenarioFile(chosen)));
      // Its own export always passes its own door.
      expect(result).toMatchObject({ ok: true });
      if (result.ok) s.getState().addScenarios(asImportedScenarios(result.scenarios));
    },
  ]),
  pick.map((i): [string, Action] => [`compare ${i}`, (s) => s.getState().toggleCompared(at(s, i).id)]),
  fc.constant<[string, Action]>(['undo', (s) => s.getState().undo()]),
);

describe('every state the store reaches saves and loads back equal (seeded)', () => {
  for (let part = 0; part < 4; part++) {
    it(`random action sequences, part ${part + 1} of 4 (${RUNS} sequences of up to 4 steps)`, () => {
      fc.assert(
        fc.property(fc.array(action, { minLength: 1, maxLength: 4 }), (steps) => {
          const storage = new MemoryStorage();
          const store = openApp(() => storage);
          for (const [, act] of steps) {
            act(store);
            const raw = storage.getItem(STORAGE_KEY);
            // Nothing written yet: nothing changed (checked by the reopening below).
            if (raw === null) continue;
            const read = readSavedState(raw);
            if (!read.ok) throw new Error(`refused after ${steps.map(([label]) => label).join('; ')}: ${read.detail}`);
            expect(read.state.doc).toEqual(store.getState().doc);
            expect(read.state.settings).toEqual(store.getState().settings);
          }
          // And the whole app store, opened on what was saved, holds the same document.
          const reopened = openApp(() => storage);
          expect(reopened.getState().doc).toEqual(store.getState().doc);
          expect(reopened.getState().recovery).toBeUndefined();
        }),
        { seed: SEED + part, numRuns: RUNS },
      );
    });
  }
});
