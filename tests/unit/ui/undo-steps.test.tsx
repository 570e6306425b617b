import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnchoredModel } from '../../../src/model';
import { decodeShareFragment, encodeShareFragment } from '../../../src/io/share-link';
import { AssumptionsPanel } from '../../../src/ui/assumptions';
import { openShared } from '../../../src/ui/exchange/open-shared';
import { shareState } from '../../../src/ui/exchange/share-state';
import { inputOf } from '../export/fixtures';
import { APP_TIMEOUT, VIDEO, buildStore, renderInApp, retype } from './render-app';

/**
 * What one undo takes back is the last thing the person did, never an older change they cannot see:
 * two values typed in quick succession are two steps (a slider's drag is one), and a change of the view
 * (currency, exchange rate, years) is a step of its own, so Ctrl+Z after it brings the view back rather
 * than silently undoing the assumption made before it (found by use: 90% went back to 56.6% while RMB,
 * 7.3 and 2035 stayed).
 */
function editCopy() {
  const store = buildStore({ lang: 'en' });
  const copy = store.getState().duplicateScenario(store.getState().doc.scenarios[0]!.id, 'Copy')!;
  const rendered = renderInApp(<AssumptionsPanel />, { store });
  const model = () => store.getState().doc.scenarios.find((s) => s.id === copy)!.models[VIDEO] as AnchoredModel;
  return { ...rendered, store, model };
}
const rateBox = () => within(screen.getByTestId(`field-${VIDEO}-rateAfter`)).getByRole('textbox');

describe('undo takes back the last thing done', APP_TIMEOUT, () => {
  it('two values typed and entered one right after the other are two steps', async () => {
    const { user, store, model } = editCopy();
    await retype(user, rateBox(), '60%');
    await retype(user, rateBox(), '70%');
    expect(model().rateAfter).toBe('0.7');
    act(() => store.getState().undo());
    expect(model().rateAfter).toBe('0.6');
    act(() => store.getState().undo());
    expect(model().rateAfter).toBe('0.566');
  });

  it('one number typed where a range was is one step: undo gives back the range and its median together', async () => {
    const { user, store, model } = editCopy();
    await retype(user, rateBox(), '40%–70%');
    const copy = store.getState().doc.scenarios.at(-1)!;
    const withRange = { model: model().rateAfter, range: copy.uncertainty?.ranges[VIDEO]?.rateAfter };
    expect(withRange.range).toEqual({ low: '0.4', high: '0.7' });
    await retype(user, rateBox(), '60%');
    expect(model().rateAfter).toBe('0.6');
    act(() => store.getState().undo());
    const after = store.getState().doc.scenarios.at(-1)!;
    expect({ model: model().rateAfter, range: after.uncertainty?.ranges[VIDEO]?.rateAfter }).toEqual(withRange);
  });

  it('a change of currency, rate or years is a step: undo brings the view back before any assumption', async () => {
    const { user, store, model } = editCopy();
    await retype(user, rateBox(), '90%');
    const view = () => {
      const { currency, usdCny, yearTo } = store.getState().settings;
      return { currency, usdCny, yearTo };
    };
    const before = view();
    act(() => void store.getState().setSettings({ currency: 'CNY' }));
    act(() => void store.getState().setSettings({ usdCny: '7.3' }));
    act(() => void store.getState().setSettings({ yearTo: 2035 }));
    act(() => store.getState().undo());
    expect(view()).toEqual({ currency: 'CNY', usdCny: '7.3', yearTo: before.yearTo });
    expect(model().rateAfter).toBe('0.9');
    act(() => store.getState().undo());
    act(() => store.getState().undo());
    expect(view()).toEqual(before);
    expect(model().rateAfter).toBe('0.9');
    act(() => store.getState().undo());
    expect(model().rateAfter).toBe('0.566');
    // And forward again, in order.
    for (let i = 0; i < 4; i++) act(() => store.getState().redo());
    expect(view()).toEqual({ currency: 'CNY', usdCny: '7.3', yearTo: 2035 });
    expect(model().rateAfter).toBe('0.9');
  });

  it('undoing a change of view gives back the view alone: work merged in since, and names a language switch gave, stay', () => {
    const store = buildStore({ lang: 'zh' });
    act(() => void store.getState().setSettings({ currency: 'CNY' }));
    // Another tab's new scenario, merged in (not an undo step of this tab's).
    act(() => store.setState((s) => ({ doc: { ...s.doc, scenarios: [...s.doc.scenarios, { ...s.doc.scenarios[1]!, id: 'from-tab-b', name: 'From tab B', readOnly: false, origin: 'user' as const }] } })));
    act(() => store.getState().switchLanguage('en'));
    const names = store.getState().doc.scenarios.map((s) => s.name);
    act(() => store.getState().undo());
    expect(store.getState().settings.currency).toBe('native');
    expect(store.getState().doc.scenarios.map((s) => s.name)).toEqual(names);
    expect(names).toContain('From tab B');
    expect(names[0]).toBe('Report base case');
  });

  it('a shared link’s scenarios and its view are one step: one undo gives back the reader’s scenarios and view', () => {
    const sender = buildStore({ lang: 'en' });
    const id = sender.getState().createScenario('Sent');
    sender.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.5' });
    const link = decodeShareFragment(encodeShareFragment(shareState(inputOf(sender, { yearTo: 2036, currency: 'USD' }))));
    const reader = buildStore({ lang: 'en' });
    const before = { doc: reader.getState().doc, settings: reader.getState().settings };
    act(() => void openShared(reader, link));
    expect(reader.getState().settings).toMatchObject({ yearTo: 2036, currency: 'USD' });
    act(() => reader.getState().undo());
    expect(reader.getState().doc).toBe(before.doc);
    expect(reader.getState().settings).toEqual(before.settings);
  });

  it('the language and the theme are the reader’s preferences, not steps', () => {
    const { store } = editCopy();
    const steps = store.getState().past.length;
    act(() => store.getState().switchLanguage('zh'));
    act(() => void store.getState().setSettings({ theme: 'dark' }));
    expect(store.getState().past).toHaveLength(steps);
  });
});
