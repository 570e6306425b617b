import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/io/import-door';
import { asImportedScenarios, serializeScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import { readSavedState } from '../../../src/io/saved-state';
import { STORAGE_KEY, fitText, uniqueName, type AppStore } from '../../../src/state';
import { en } from '../../../src/ui/i18n/en';
import { MemoryStorage } from '../io/memory-storage';
import { openApp } from './app-store';

const names = (store: AppStore) => store.getState().doc.scenarios.map((s) => s.name);

/** The scenarios of `store` as a scenario file, read back through the import door and added, as the import button does. */
function importOwnExport(store: AppStore, ids: readonly string[]): void {
  const scenarios = store.getState().doc.scenarios.filter((s) => ids.includes(s.id));
  const result = importText(serializeScenarioFile(toScenarioFile(scenarios)));
  if (!result.ok) throw new Error(`import refused: ${result.detail}`);
  store.getState().addScenarios(asImportedScenarios(result.scenarios));
}

// Issue 15: a 120-character name duplicated ("Copy of …", 128) or imported twice ("… (2)", 124) was
// saved, then the saved-state check refused the whole document at the next load.
describe('names are fitted to 120 characters where they are made', () => {
  it('a 120-character name duplicated twice and imported twice saves and reloads equal', () => {
    const storage = new MemoryStorage();
    const store = openApp(() => storage);
    const long = 'A'.repeat(120);
    const id = store.getState().createScenario(long);
    store.getState().duplicateScenario(id, en.scenarios.copyOf(long));
    store.getState().duplicateScenario(id, en.scenarios.copyOf(long));
    importOwnExport(store, [id]);
    importOwnExport(store, [id]);

    // By hand: "Copy of " is 8 characters, so 112 of the A's fit; the second copy keeps " (2)" whole and
    // 116 characters of "Copy of AAA…"; the imports keep " (2)" and " (3)" after 116 A's.
    expect(names(store).slice(-5)).toEqual([
      long,
      `Copy of ${'A'.repeat(112)}`,
      `Copy of ${'A'.repeat(108)} (2)`,
      `${'A'.repeat(116)} (2)`,
      `${'A'.repeat(116)} (3)`,
    ]);
    const saved = readSavedState(storage.getItem(STORAGE_KEY)!);
    expect(saved).toMatchObject({ ok: true });
    expect(openApp(() => storage).getState().doc).toEqual(store.getState().doc);
  });

  it('rename and describe cut to 120 and 2,000 characters, drop control characters, and never split an emoji', () => {
    const storage = new MemoryStorage();
    const store = openApp(() => storage);
    const id = store.getState().createScenario('Plan');
    // 119 letters then a two-unit emoji: the emoji would end at 121, so it goes whole.
    store.getState().renameScenario(id, `${'b'.repeat(119)}😀tail`);
    store.getState().describeScenario(id, `x\u0001y${'z'.repeat(2100)}`);
    const scenario = store.getState().doc.scenarios.find((s) => s.id === id)!;
    expect(scenario.name).toBe('b'.repeat(119));
    expect(scenario.description).toBe(`xy${'z'.repeat(1998)}`);
    expect(openApp(() => storage).getState().doc).toEqual(store.getState().doc);
  });

  it('chart titles, subtitles and notes are cut to 200, 300 and 1,000 characters', () => {
    const storage = new MemoryStorage();
    const store = openApp(() => storage);
    store.getState().setChartWords('t2v-revenue-global', { title: 't'.repeat(250), subtitle: 's'.repeat(350), note: 'n'.repeat(1200) });
    expect(store.getState().doc.charts?.['t2v-revenue-global']).toEqual({ title: 't'.repeat(200), subtitle: 's'.repeat(300), note: 'n'.repeat(1000) });
    expect(openApp(() => storage).getState().doc).toEqual(store.getState().doc);
  });

  it('uniqueName counts up past (9) and (99) and still fits: the suffix grows, the name shrinks (120 - 6 = 114 letters before " (100)")', () => {
    const long = 'C'.repeat(120);
    const taken = [long, ...Array.from({ length: 98 }, (_, i) => `${'C'.repeat(120 - ` (${i + 2})`.length)} (${i + 2})`)];
    const scenarios = taken.map((name) => ({ name })) as unknown as Parameters<typeof uniqueName>[1];
    expect(uniqueName(long, scenarios)).toBe(`${'C'.repeat(114)} (100)`);
    expect(fitText('\u0000\u001f\u007f', 10)).toBe('');
    expect(uniqueName('\u0007', [])).toBe('Scenario');
  });
});
