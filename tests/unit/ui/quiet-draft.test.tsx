import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { BASE_ID, createAppStore, type AppState } from '../../../src/state';
import { AppProvider, useApp, useAppDraft } from '../../../src/ui/shared';

/**
 * A drag moves the store's draft sixty times a second. Subscribers through useApp are not asked then
 * (their selectors do not run), so a page of many charts spends nothing on them; useAppDraft's are.
 */
const VIDEO = 't2v-revenue-global';
const model = (cagr: string) => ({ type: 'compound' as const, baseYear: 2023, baseValue: '7200000', cagr });

function setup() {
  const store = createAppStore({ series: reportData().series, lang: 'en' });
  const asked = { app: 0, draft: 0 };
  const seen: (string | undefined)[] = [];
  function Reader() {
    const count = useApp((s: AppState) => {
      asked.app++;
      return s.doc.scenarios.length;
    });
    return <p>{count}</p>;
  }
  function DraftReader() {
    const draft = useAppDraft((s: AppState) => {
      asked.draft++;
      return s.draft?.model.type === 'compound' ? s.draft.model.cagr : undefined;
    });
    seen.push(draft);
    return <p>{draft}</p>;
  }
  render(
    <AppProvider store={store} report={reportData()}>
      <Reader />
      <DraftReader />
    </AppProvider>,
  );
  return { store, asked, seen };
}

describe('the draft is heard only by those who read it', () => {
  it('ten moves of the draft ask no useApp selector, and useAppDraft sees each', () => {
    const { store, asked, seen } = setup();
    const before = { ...asked };
    for (let i = 1; i <= 10; i++) act(() => store.getState().setDraft({ scenarioId: BASE_ID, seriesId: VIDEO, model: model(`0.${i}`), key: 'k', drawn: false }));
    expect(asked.app).toBe(before.app);
    expect(asked.draft).toBeGreaterThanOrEqual(before.draft + 10);
    expect(seen.at(-1)).toBe('0.10');
  });

  it('a change of the doc is heard through useApp as before', () => {
    const { store, asked } = setup();
    const before = asked.app;
    act(() => void store.getState().createScenario('Another'));
    expect(asked.app).toBeGreaterThan(before);
  });
});
