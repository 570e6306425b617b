// Switching a series' model keeps the report's figures: constant growth starts from the series' first
// reported figure at the rate the report states (else the rate its figures imply), and the switch is one undo step.
// Expected values computed independently with Python's decimal module (prec 50):
//   7.2e6 · 1.8^7   = 440798423.04            (1.8^7 = 61.2220032, by hand too)
//   7.2e6 · 1.566^7 = 166293318.6664261334572032
//   10^(1/3) − 1    = 1.15443469003188372175929356651935049525934494219… (market, 2024 → 2027)
//   50^(1/5) − 1    = 1.18672414788655611273752889607128564486622267765… (users, 2022 → 2027)
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import type { SeriesDefinition } from '../../../src/model';
import { ownSeries } from '../series/market';
import { switchModel } from '../../../src/ui/assumptions/model-switch';
import { APP_TIMEOUT, MARKET, USERS, VIDEO, fieldBox, renderApp, retype, scenarioId, settledCell } from './render-app';

const series = (id: string): SeriesDefinition => reportData().series.find((s) => s.id === id)!;

describe('switchModel on a series of one’s own counting people', () => {
  it('starts its S-curve at three times its highest figure, not at the report’s cited internet users', () => {
    const readers = ownSeries({
      name: { en: 'E-reader users' },
      unit: { kind: 'people' },
      source: { publisher: 'Example Research', date: '2025' },
      figures: [
        { years: [2023], kind: 'point', value: '30000000' },
        { years: [2026], kind: 'point', value: '60000000' },
      ],
    }).definition;
    // 3 × 60,000,000 = 180,000,000 (by hand); the report's series keeps 1,092,000,000 (the test below).
    expect(switchModel('logistic', readers, [], '1092000000')).toMatchObject({ type: 'logistic', ceiling: '180000000' });
  });
});

describe('switchModel to constant growth starts from the report', () => {
  it('text-to-video: from its first figure ($7.2M in 2023) at the 56.6% the report states', () => {
    expect(switchModel('compound', series(VIDEO), [], '1092000000')).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' });
  });

  it('the market: from its first figure (≤ RMB 10B in 2024) at the rate its figures imply to 2027 (10^(1/3) − 1)', () => {
    const model = switchModel('compound', series(MARKET), [], '1092000000');
    expect(model).toMatchObject({ type: 'compound', baseYear: 2024, baseValue: '10000000000' });
    expect(model?.type === 'compound' && model.cagr).toBe('1.15443');
  });

  it('the users: from 10M in 2022 at the rate implied to the 5亿 of 2026–27 (50^(1/5) − 1)', () => {
    const model = switchModel('compound', series(USERS), [], '1092000000');
    expect(model).toMatchObject({ type: 'compound', baseYear: 2022, baseValue: '10000000' });
    expect(model?.type === 'compound' && model.cagr).toBe('1.18672');
  });

  it('to a path through anchors: the report’s figures; to an S-curve: the users’ fitted base case', () => {
    const anchored = switchModel('anchored', series(USERS), [], '1092000000');
    expect(anchored?.type === 'anchored' && anchored.anchors.map((a) => [a.year, a.low, a.high])).toEqual([
      [2022, '10000000', undefined],
      [2023, '50000000', undefined],
      [2025, '150000000', '300000000'],
      [2027, '500000000', undefined],
    ]);
    // The S-curve at the cited ceiling, fitted to the four figures: the 'users-s-curve' preset's 2026.932 and 0.8680, unrounded.
    const sCurve = switchModel('logistic', series(USERS), [], '1092000000');
    expect(sCurve).toMatchObject({ type: 'logistic', ceiling: '1092000000' });
    expect(sCurve?.type === 'logistic' && [Math.abs(Number(sCurve.midpoint) - 2026.932) < 1e-3, Math.abs(Number(sCurve.steepness) - 0.868) < 1e-4]).toEqual([true, true]);
  });
});

describe('switching text-to-video to constant growth in the app', APP_TIMEOUT, () => {
  it('starts at $7.2M in 2023 and 56.6%; at 80% 2030 is $440.8M (440,798,423.04 to the cent); one undo brings the anchors back', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    const copy = scenarioId('Copy of Report base case');
    const model = () => store.getState().doc.scenarios.find((s) => s.id === copy)!.models[VIDEO]!;
    const before = model();
    expect(before.type).toBe('anchored');

    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'compound');

    // The switch loads on first use: the select shows the new type once it is in force.

    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('compound'));
    expect(fieldBox(`field-${VIDEO}-baseYear`)).toHaveValue('2023');
    expect(fieldBox(`field-${VIDEO}-baseValue`)).toHaveValue('7.2M');
    expect(fieldBox(`field-${VIDEO}-cagr`)).toHaveValue('56.6%');
    expect(await settledCell(VIDEO, 2023, copy)).toHaveAttribute('data-value', '7200000');
    expect((await settledCell(VIDEO, 2030, copy))!.dataset.value).toMatch(/^166293318\.66642613345720/);

    // One undo step: the anchors are back exactly as they were; redo switches again.
    await user.click(screen.getByRole('button', { name: '↶ Undo' }));
    expect(model()).toEqual(before);
    await user.click(screen.getByRole('button', { name: '↷ Redo' }));
    expect(model()).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' });

    await retype(user, fieldBox(`field-${VIDEO}-cagr`), '80%{Enter}');
    const at2030 = (await settledCell(VIDEO, 2030, copy))!;
    expect(Number(at2030.dataset.value).toFixed(2)).toBe('440798423.04');
    expect(at2030).toHaveTextContent('$440.8M');
  });

  it('two switches in quick succession are two undo steps', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    const copy = scenarioId('Copy of Report base case');
    const type = () => store.getState().doc.scenarios.find((s) => s.id === copy)!.models[VIDEO]!.type;
    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'compound');
    // The switch loads on first use: the select shows the new type once it is in force.
    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('compound'));
    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'logistic');
    // The switch loads on first use: the select shows the new type once it is in force.
    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('logistic'));
    expect(type()).toBe('logistic');
    act(() => store.getState().undo());
    expect(type()).toBe('compound');
    act(() => store.getState().undo());
    expect(type()).toBe('anchored');
  });
});

describe('switching away and back', APP_TIMEOUT, () => {
  it('brings back the path the user edited (80% after 2030, 25B in 2030), not the report’s defaults', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Duplicate: Report base case' }));
    const copy = scenarioId('Copy of Report base case');
    const model = () => store.getState().doc.scenarios.find((s) => s.id === copy)!.models[VIDEO]!;
    await retype(user, fieldBox(`field-${VIDEO}-rateAfter`), '80%');
    await retype(user, fieldBox(`field-${VIDEO}-anchors.1.low`), '25B');
    const edited = model();
    expect(edited).toMatchObject({ type: 'anchored', rateAfter: '0.8' });
    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'compound');
    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('compound'));
    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'logistic');
    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('logistic'));
    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'anchored');
    await waitFor(() => expect(screen.getByTestId(`model-type-${VIDEO}`)).toHaveValue('anchored'));
    expect(model()).toEqual(edited);
    expect(fieldBox(`field-${VIDEO}-rateAfter`)).toHaveValue('80%');
    // Constant growth comes back as it was left too (the report's start: $7.2M in 2023 at 56.6%).
    await user.selectOptions(screen.getByTestId(`model-type-${VIDEO}`), 'compound');
    await waitFor(() => expect(model()).toEqual({ type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' }));
  });
});
