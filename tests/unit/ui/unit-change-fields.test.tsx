import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toUserSeries, type UserSeriesInput } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import { AssumptionsPanel } from '../../../src/ui/assumptions';
import { APP_TIMEOUT, buildStore, renderInApp } from './render-app';

/**
 * Found by use: a series of one's own changed from money (100亿, 200亿) to a share (30%, 45%) put every scenario
 * on the new path, but the anchors' boxes kept "100亿" and "200亿" in red beside "this field does not take that
 * unit; still 30%", as if the person had typed them. The values by hand: the share's figures, 0.3 and 0.45.
 */
const money: UserSeriesInput = {
  name: { en: 'A market' },
  unit: { kind: 'money', currency: 'CNY' },
  source: { publisher: 'Some Securities', date: '2025-01' },
  figures: [
    { years: [2024], kind: 'point', value: '10000000000' },
    { years: [2026], kind: 'point', value: '20000000000' },
  ],
};
const share: UserSeriesInput = {
  ...money,
  unit: { kind: 'share' },
  figures: [
    { years: [2024], kind: 'point', value: '0.3' },
    { years: [2026], kind: 'point', value: '0.45' },
  ],
};

describe('a series whose unit changes', APP_TIMEOUT, () => {
  it('shows its anchors in the new unit, with no message, in the scenario in focus', () => {
    const store = buildStore({ lang: 'en' });
    const actions = seriesActions(store, toUserSeries);
    const added = actions.add(money);
    if (!added.ok) throw new Error(added.error.message);
    const plan = store.getState().createScenario('Plan');
    act(() => store.getState().commit((doc) => ({ ...doc, focusId: plan })));
    renderInApp(<AssumptionsPanel />, { store });
    const box = (i: number) => within(screen.getByTestId(`field-${added.id}-anchors.${i}.low`)).getByRole('textbox');
    expect(box(0)).toHaveValue('10B');
    act(() => void actions.replace(added.id, share));
    expect(box(0)).toHaveValue('30%');
    expect(box(1)).toHaveValue('45%');
    expect(within(screen.getByTestId(`field-${added.id}-anchors.0.low`)).queryByRole('alert')).toBeNull();
  });
});
