import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnchoredModel } from '../../../src/model';
import { AssumptionsPanel } from '../../../src/ui/assumptions';
import { APP_TIMEOUT, MARKET, buildStore, fieldBox, renderInApp, retype } from './render-app';

/**
 * Two slips found by use that put a number on the page the person did not mean, with no word said: a rate typed as a
 * spreadsheet's fraction ("0.3" for 30%), and a money field read in the series' own currency while the page showed
 * another, with nothing in the box to say so.
 */
function editCopy(lang: 'en' | 'zh') {
  const store = buildStore({ lang });
  const copy = store.getState().duplicateScenario(store.getState().doc.scenarios[0]!.id, 'Copy')!;
  const rendered = renderInApp(<AssumptionsPanel />, { store });
  const model = () => store.getState().doc.scenarios.find((s) => s.id === copy)!.models[MARKET] as AnchoredModel;
  return { ...rendered, store, model };
}

describe('a rate typed as a fraction', APP_TIMEOUT, () => {
  it('“0.3” where 30% stands is refused, naming 30% and 0.3%, in either language; the 30% stays', async () => {
    // The market's base case grows 30% a year after 2027 (fixtures/report-figures.json); 0.3 read as 0.3% made 2028
    // 1003亿 (1000亿 × 1.003) where 1300亿 was meant.
    for (const [lang, words] of [['zh', /“0\.3”按0\.3%读取.*30%.*0\.3%/], ['en', /“0\.3” reads as 0\.3%.*30%.*0\.3%/]] as const) {
      const { user, model, unmount } = editCopy(lang);
      const box = fieldBox(`field-${MARKET}-rateAfter`);
      await retype(user, box, '0.3');
      expect(within(screen.getByTestId(`field-${MARKET}-rateAfter`)).getByRole('alert')).toHaveTextContent(words);
      expect(model().rateAfter).toBe('0.3');
      unmount();
    }
  });

  it('takes 0.3% and 30% as typed, and a bare 0.4 where a rate under 4% stands (a small rate meant as such)', async () => {
    const { user, model } = editCopy('en');
    const box = fieldBox(`field-${MARKET}-rateAfter`);
    await retype(user, box, '0.3%');
    expect(model().rateAfter).toBe('0.003');
    await retype(user, box, '30%');
    expect(model().rateAfter).toBe('0.3');
    await retype(user, box, '3%');
    await retype(user, box, '0.4');
    expect(model().rateAfter).toBe('0.004');
    // 0 is no slip: a flat path.
    await retype(user, box, '0');
    expect(model().rateAfter).toBe('0');
  });
});

describe('a money field while the page shows another currency', APP_TIMEOUT, () => {
  it('says its own currency in the box: ¥ on the market’s fields when the page shows dollars, none when it shows yuan', async () => {
    const { store } = editCopy('en');
    const box = () => fieldBox(`field-${MARKET}-anchors.2.low`);
    // The report's 接近千亿 (2027), 100B yuan.
    expect(box().value).toBe('100B');
    act(() => void store.getState().setSettings({ currency: 'USD' }));
    expect(box().value).toBe('¥100B');
    act(() => void store.getState().setSettings({ currency: 'CNY' }));
    expect(box().value).toBe('100B');
  });

  it('reads the box back unchanged, and a number typed there is yuan, as the box says', async () => {
    const { user, store, model } = editCopy('zh');
    act(() => void store.getState().setSettings({ currency: 'USD' }));
    const box = fieldBox(`field-${MARKET}-anchors.2.low`);
    expect(box.value).toBe('¥1000亿');
    await retype(user, box, '¥1500亿');
    expect(model().anchors[2]!.low).toBe('150000000000');
    await retype(user, box, '1200亿');
    expect(model().anchors[2]!.low).toBe('120000000000');
    expect(box.value).toBe('¥1200亿');
  });
});
