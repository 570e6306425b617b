import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { BASE_ID, createAppStore, defaultDoc, MAX_SCENARIOS, type Scenario } from '../../../src/state';
import { applyMerge, mergeScenarios, planMerge, scenarioContent, type IncomingScenario } from '../../../src/state/merge';

const series = reportData().series;
const VIDEO = 't2v-revenue-global';
const freshStore = (lang: 'en' | 'zh' = 'en') => createAppStore({ series, lang });
// What a file or link carries of a store scenario: assumptions and colour, no id, lock or origin.
const sent = ({ name, description, models, uncertainty, colorIndex }: Scenario): IncomingScenario => ({
  name,
  description,
  models,
  ...(uncertainty ? { uncertainty } : {}),
  colorIndex,
});
const own = (name: string, cagr: string, colorIndex?: number): IncomingScenario => ({
  name,
  description: '',
  models: { [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr } },
  ...(colorIndex !== undefined ? { colorIndex } : {}),
});
let n = 0;
const ids = () => `new-${++n}`;

describe('scenarioContent: what a scenario says, not what it is called', () => {
  it('is the same for the same models and uncertainty whatever the name, description or key order', () => {
    const a = own('A', '0.7');
    const b = { ...own('B', '0.7'), description: 'other words', models: { [VIDEO]: { cagr: '0.7', baseValue: '7200000', baseYear: 2023, type: 'compound' } } } as IncomingScenario;
    expect(scenarioContent(a)).toBe(scenarioContent(b));
  });

  it('differs when one number, or the uncertainty, differs', () => {
    expect(scenarioContent(own('A', '0.7'))).not.toBe(scenarioContent(own('A', '0.71')));
    const ranged = { ...own('A', '0.7'), uncertainty: { ranges: { [VIDEO]: { cagr: { low: '0.5', high: '0.9' } } }, seed: 1, samples: 1000 } };
    expect(scenarioContent(own('A', '0.7'))).not.toBe(scenarioContent(ranged));
    expect(scenarioContent(ranged)).not.toBe(scenarioContent({ ...ranged, uncertainty: { ...ranged.uncertainty, seed: 2 } }));
  });
});

describe('planMerge: only what the reader does not have is added', () => {
  // Issue 15: a sender's first-visit five plus one of their own (6) opened as 11 on a first-visit reader.
  it('recognises the first-visit scenarios in a 6-scenario link, in the other language, and adds only the sixth', () => {
    const reader = defaultDoc(series, 'en').scenarios;
    const sender = [...defaultDoc(series, 'zh').scenarios.map(sent), own('我的情景', '0.55', 3)];
    const plan = planMerge(reader, sender);
    expect(plan.map((e) => e.kind)).toEqual(['present', 'present', 'present', 'present', 'present', 'new']);
    expect(plan.slice(0, 5).map((e) => e.kind === 'present' && e.id)).toEqual(reader.map((s) => s.id));
    // The base is recognised as the read-only base itself: never copied.
    expect(plan[0]).toEqual({ kind: 'present', id: BASE_ID, name: reader[0]!.name, readOnly: true });
  });

  it('recognises a scenario the reader has whatever the reader’s says of a series of their own the incoming one lacks', () => {
    // The reader's "Plan" came from the sender, then the reader gave it a model of a series of their own, "user-r":
    // the same link again holds "Plan", which says nothing of user-r. A report series it lacks is a difference.
    const reader = defaultDoc(series, 'en').scenarios;
    const plan = { ...own('Plan', '0.7'), models: { ...reader[0]!.models, [VIDEO]: own('Plan', '0.7').models[VIDEO]! } };
    const mine: Scenario = { ...plan, id: 'mine', colorIndex: 5, readOnly: false, origin: 'import', models: { ...plan.models, 'user-r': { type: 'compound', baseYear: 2024, baseValue: '5', cagr: '0.2' } } };
    const userR = { input: {}, definition: { ...series[0]!, id: 'user-r' } };
    expect(planMerge([...reader, mine], [plan], [userR])).toEqual([{ kind: 'present', id: 'mine', name: 'Plan', readOnly: false }]);
    const withoutMarket = Object.fromEntries(Object.entries(plan.models).filter(([id]) => id !== series[0]!.id));
    expect(planMerge([...reader, mine], [{ ...plan, models: withoutMarket }], [userR])[0]!.kind).toBe('new');
  });

  it('keeps the sender’s colour when no scenario uses it, else gives the first free one', () => {
    const reader = defaultDoc(series, 'en').scenarios; // colours 0-4
    expect(reader.map((s) => s.colorIndex)).toEqual([0, 1, 2, 3, 4]);
    const plan = planMerge(reader, [own('keeps 7', '0.1', 7), own('wants 2, taken', '0.2', 2), own('wants 7, now taken', '0.3', 7), own('no wish', '0.4')]);
    expect(plan.map((e) => e.kind === 'new' && e.colorIndex)).toEqual([7, 5, 6, 8]);
  });

  it('never gives two scenarios the same colour (and so marker) while the palette lasts', () => {
    const reader = defaultDoc(series, 'en').scenarios;
    const incoming = [0, 1, 2, 3, 4].map((c, i) => own(`s${i}`, `0.${i + 1}`, c));
    const colours = [...reader.map((s) => s.colorIndex), ...planMerge(reader, incoming).map((e) => (e.kind === 'new' ? e.colorIndex : -1))];
    expect(new Set(colours).size).toBe(10);
  });

  it('adds a scenario the file holds twice only once, and a different one under a name that does not clash', () => {
    const reader = defaultDoc(series, 'en').scenarios;
    const plan = planMerge(reader, [own('X', '0.5'), own('Y', '0.5'), own(reader[1]!.name, '0.6')]);
    expect(plan[1]).toBe(plan[0]);
    expect(plan[2]).toMatchObject({ kind: 'new', name: `${reader[1]!.name} (2)` });
  });

  it('says "full" for what has no room past 50 scenarios', () => {
    const reader = defaultDoc(series, 'en').scenarios;
    const incoming = Array.from({ length: MAX_SCENARIOS }, (_, i) => own(`s${i}`, `0.${String(i + 10).padStart(3, '0')}`));
    const plan = planMerge(reader, incoming);
    expect(plan.filter((e) => e.kind === 'new')).toHaveLength(MAX_SCENARIOS - reader.length);
    expect(plan.slice(MAX_SCENARIOS - reader.length).every((e) => e.kind === 'full')).toBe(true);
  });
});

describe('applyMerge and mergeScenarios into a store', () => {
  it('adds the new ones as editable imports, and maps every incoming scenario to its id here', () => {
    const doc = defaultDoc(series, 'en');
    const incoming = [sent(doc.scenarios[0]!), own('Mine', '0.5', 9)];
    const { doc: out, ids: mapped } = applyMerge(doc, incoming, planMerge(doc.scenarios, incoming), ids);
    expect(out.scenarios).toHaveLength(6);
    expect(out.scenarios.at(-1)).toMatchObject({ name: 'Mine', colorIndex: 9, readOnly: false, origin: 'import' });
    expect(mapped).toEqual([BASE_ID, out.scenarios.at(-1)!.id]);
  });

  it('opens a 6-scenario link from a first-visit sender as 6 scenarios, not 11, all compared, colours distinct', () => {
    const sender = freshStore('zh');
    const mine = sender.getState().createScenario('我的情景');
    // A new scenario starts as a copy of the base: one change makes it a scenario of its own.
    sender.getState().setModel(mine, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.55' });
    const link = sender.getState().doc.scenarios.map(sent);
    expect(link).toHaveLength(6);
    const reader = freshStore('en');
    const mapped = mergeScenarios(reader, link);
    const { doc } = reader.getState();
    expect(doc.scenarios).toHaveLength(6);
    expect(doc.scenarios.filter((s) => s.readOnly).map((s) => s.id)).toEqual([BASE_ID]);
    expect(mapped.slice(0, 5)).toEqual(doc.scenarios.slice(0, 5).map((s) => s.id));
    expect(doc.compared).toEqual(doc.scenarios.map((s) => s.id));
    expect(new Set(doc.scenarios.map((s) => s.colorIndex)).size).toBe(6);
    // The sender's own scenario took colour 5 there, free here too: kept.
    expect(doc.scenarios[5]).toMatchObject({ name: '我的情景', colorIndex: sender.getState().doc.scenarios[5]!.colorIndex });
  });

  it('recognises an unchanged copy of the base as the base', () => {
    const sender = freshStore('en');
    sender.getState().createScenario('Copy');
    const reader = freshStore('en');
    expect(mergeScenarios(reader, sender.getState().doc.scenarios.map(sent)).at(-1)).toBe(BASE_ID);
    expect(reader.getState().doc.scenarios).toHaveLength(5);
  });

  it('changes nothing twice: the same link merged again adds nothing', () => {
    const reader = freshStore('en');
    const link = [own('Mine', '0.5')];
    mergeScenarios(reader, link);
    const after = reader.getState().doc.scenarios;
    mergeScenarios(reader, link);
    expect(reader.getState().doc.scenarios).toEqual(after);
  });

  it('is one undo step', () => {
    const reader = freshStore('en');
    const before = reader.getState().doc;
    mergeScenarios(reader, [own('Mine', '0.5'), own('Other', '0.6')]);
    reader.getState().undo();
    expect(reader.getState().doc).toEqual(before);
  });
});
