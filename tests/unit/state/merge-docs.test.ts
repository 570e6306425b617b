import { describe, expect, it } from 'vitest';
import { MAX_SCENARIOS, type AppStore, type Doc } from '../../../src/state';
import { mergeDocs } from '../../../src/state/merge-docs';
import { VIDEO, freshStore, videoAt } from './app-store';

const names = (doc: Doc) => doc.scenarios.map((s) => s.name);
/** Two tabs that last agreed on `base`: each a store opened on it. */
function twoTabs(): { base: Doc; a: AppStore; b: AppStore } {
  const a = freshStore();
  const b = freshStore();
  return { base: a.getState().doc, a, b };
}

describe('mergeDocs: another tab\'s saved work merged into this tab\'s, per scenario', () => {
  it('a scenario created in each tab: both survive', () => {
    const { base, a, b } = twoTabs();
    a.getState().createScenario('From A');
    b.getState().createScenario('From B');
    const merged = mergeDocs(base, a.getState().doc, b.getState().doc);
    expect(names(merged.doc)).toEqual([...names(base), 'From B', 'From A']);
    expect(merged.conflicts).toEqual([]);
  });

  it('a rename in one tab and an edit of another scenario in the other: both kept, no conflict', () => {
    const { a } = twoTabs();
    const id = a.getState().createScenario('Plan');
    const other = a.getState().createScenario('Other');
    const synced = a.getState().doc;
    const b = freshStore();
    b.getState().commit(() => synced);
    a.getState().renameScenario(id, 'Plan renamed in A');
    b.getState().setModel(other, VIDEO, videoAt('0.9'));
    const merged = mergeDocs(synced, a.getState().doc, b.getState().doc).doc;
    expect(merged.scenarios.find((s) => s.id === id)!.name).toBe('Plan renamed in A');
    expect(merged.scenarios.find((s) => s.id === other)!.models[VIDEO]).toEqual(videoAt('0.9'));
  });

  it('the same scenario changed in both: theirs keeps its id, this tab\'s is kept as a named copy', () => {
    const { a } = twoTabs();
    const id = a.getState().createScenario('Plan');
    const synced = a.getState().doc;
    const b = freshStore();
    b.getState().commit(() => synced);
    a.getState().renameScenario(id, 'Plan (A)');
    b.getState().renameScenario(id, 'Plan (B)');
    const merged = mergeDocs(synced, a.getState().doc, b.getState().doc);
    expect(merged.doc.scenarios.find((s) => s.id === id)!.name).toBe('Plan (B)');
    expect(names(merged.doc)).toContain('Plan (A)');
    expect(merged.conflicts).toEqual(['Plan (A)']);
  });

  it('a scenario deleted in one tab and untouched in the other goes; nothing changed gives theirs unchanged', () => {
    const { a } = twoTabs();
    const id = a.getState().createScenario('Doomed');
    const synced = a.getState().doc;
    const b = freshStore();
    b.getState().commit(() => synced);
    b.getState().deleteScenario(id);
    const merged = mergeDocs(synced, a.getState().doc, b.getState().doc).doc;
    expect(names(merged)).not.toContain('Doomed');
    expect(mergeDocs(synced, synced, b.getState().doc).doc.scenarios).toEqual(b.getState().doc.scenarios);
  });

  it('the same scenario renamed in one tab and its model changed in the other: one scenario with both changes, no copy', () => {
    const { a } = twoTabs();
    const id = a.getState().createScenario('Plan');
    const synced = a.getState().doc;
    const b = freshStore();
    b.getState().commit(() => synced);
    a.getState().renameScenario(id, 'Plan, renamed');
    b.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.4' });
    const { doc, conflicts } = mergeDocs(synced, a.getState().doc, b.getState().doc);
    expect(conflicts).toEqual([]);
    const plan = doc.scenarios.filter((s) => s.id === id);
    expect(plan).toHaveLength(1);
    expect(plan[0]!.name).toBe('Plan, renamed');
    expect(plan[0]!.models[VIDEO]).toMatchObject({ cagr: '0.4' });
  });

  it('two tabs each adding the last scenario the list holds keep the limit, theirs first; this tab\'s is handed back, not dropped unannounced (found by review)', () => {
    const { a } = twoTabs();
    while (a.getState().doc.scenarios.length < MAX_SCENARIOS - 1) a.getState().createScenario(`S${a.getState().doc.scenarios.length}`);
    const synced = a.getState().doc;
    const b = freshStore();
    b.getState().commit(() => synced);
    a.getState().createScenario('Tenth from A');
    b.getState().createScenario('Tenth from B');
    const merged = mergeDocs(synced, a.getState().doc, b.getState().doc);
    expect(merged.doc.scenarios).toHaveLength(MAX_SCENARIOS);
    expect(names(merged.doc).at(-1)).toBe('Tenth from B');
    expect(merged.lost?.scenarios.map((s) => s.name)).toEqual(['Tenth from A']);
  });

  it('a copy kept for a clash when the list is full is handed back too, and not named as kept', () => {
    const { a } = twoTabs();
    while (a.getState().doc.scenarios.length < MAX_SCENARIOS) a.getState().createScenario(`S${a.getState().doc.scenarios.length}`);
    const id = a.getState().doc.scenarios.at(-1)!.id;
    const synced = a.getState().doc;
    const b = freshStore();
    b.getState().commit(() => synced);
    a.getState().renameScenario(id, 'Plan (A)');
    b.getState().renameScenario(id, 'Plan (B)');
    const merged = mergeDocs(synced, a.getState().doc, b.getState().doc);
    expect(names(merged.doc)).toContain('Plan (B)');
    expect(names(merged.doc)).not.toContain('Plan (A)');
    expect(merged.conflicts).toEqual([]);
    expect(merged.lost?.scenarios.map((s) => s.name)).toEqual(['Plan (A)']);
  });
});

