import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toUserSeries } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import { OUTRUN } from '../series/market';
import { APP_TIMEOUT, VIDEO, cell, renderApp, scenarioId, scenarioNames, settledCell } from './render-app';

// 2.219e9 / 1.566^7, computed with Python's decimal module at 60 digits: 96076018.73679873484317…
const VIDEO_2023_FROM_END = '96076018.74';

describe('audit panel', APP_TIMEOUT, () => {
  // The panel loads on its own after the first paint (App.tsx), so the tests wait for it to appear.
  it('states that the report’s text-to-video figures cannot all be true', async () => {
    renderApp();
    expect(await screen.findByTestId('finding-growth-conflict')).toHaveTextContent(
      'Global text-to-video model revenue: $7.2M in 2023, $2.219B in 2030 and a 56.6% CAGR over 2024–2030 cannot all be true.',
    );
  });

  it('"Trust end and rate" adds a scenario that keeps $2.219B in 2030 and goes back at 56.6% a year to ≈ $96.08M in 2023', async () => {
    const { user } = renderApp();
    const conflict = await screen.findByTestId('finding-growth-conflict');
    await user.click(within(conflict).getByRole('button', { name: 'Trust end and rate' }));

    const name = 'Global text-to-video model revenue: Trust end and rate';
    expect(scenarioNames().at(-1)).toBe(name);
    expect(within(screen.getByRole('region', { name: 'Audit of the report’s figures' })).getByRole('status')).toHaveTextContent(`Added “${name}”.`);
    const id = scenarioId(name);
    expect(Number((await settledCell(VIDEO, 2023, id))!.dataset.value).toPrecision(10)).toBe(VIDEO_2023_FROM_END);
    expect(cell(VIDEO, 2030, id)).toHaveAttribute('data-value', '2219000000');
  });
});

describe('a stated rate faster than its amounts', APP_TIMEOUT, () => {
  // A series of one's own: 10亿 (2023), 16亿 (2025) and 30% a year over 2024–2025. Python decimal: the amounts imply
  // (16/10)^(1/2) − 1 = 26.49% a year; at 30%, 10亿 × 1.3² = 16.9亿, more than the 16亿 stated (found by use: the
  // panel said the base "grows only to" more than the end figure, "1.0×" that).
  it('says the base grows past the end figure, not "only to" it', async () => {
    const { store } = renderApp();
    const added = seriesActions(store, toUserSeries).add(OUTRUN);
    expect(added.ok).toBe(true);
    await waitFor(() => expect(screen.getAllByTestId('finding-growth-conflict')).toHaveLength(2));
    const mine = screen.getAllByTestId('finding-growth-conflict').find((f) => f.textContent!.startsWith('A market'))!;
    expect(mine).toHaveTextContent('The two amounts imply 26.5% a year. At the stated rate, the base grows past the end figure, to RMB 1.69B;');
    expect(mine).not.toHaveTextContent('only');
    // The note at its chart too: the lines through both amounts grow slower than the stated rate, not faster.
    const note = screen.getByTestId(`chart-conflict-${store.getState().doc.userSeries![0]!.definition.id}`);
    expect(note).toHaveTextContent('the lines through both amounts grow slower.');
  });
});

describe('a stated rate that a range at its end cannot allow (found by use)', APP_TIMEOUT, () => {
  // Another broker's market: 约15亿 (2024), 150亿至200亿 (2030) and 30% a year over 2024–2030. Python decimal at 60 digits:
  // (150/15)^(1/6) − 1 = 46.78%, (200/15)^(1/6) − 1 = 53.99%; 15亿 × 1.3^6 = 72.402135亿. The audit listed the growth
  // the two figures allow and said nothing of the 30%.
  const MUSIC = {
    name: { zh: 'AI音乐市场', en: 'AI music market' },
    unit: { kind: 'money', currency: 'CNY' },
    source: { publisher: 'Some Securities', date: '2025-01' },
    figures: [
      { years: [2024], kind: 'approximate', value: '1500000000', wording: '约15亿' },
      { years: [2030], kind: 'range', low: '15000000000', high: '20000000000', wording: '150亿至200亿' },
      { years: [2024, 2030], kind: 'point', quantity: 'cagr', value: '0.3', wording: '年复合增速30%' },
    ],
  };

  it('says the three cannot all be true, with the rates the figures allow and where the stated one leads', async () => {
    const { store } = renderApp();
    expect(seriesActions(store, toUserSeries).add(MUSIC).ok).toBe(true);
    const finding = await screen.findByTestId('finding-rate-outside');
    expect(finding).toHaveTextContent(
      'AI music market: RMB 1.5B in 2024, RMB 15B–RMB 20B in 2030 and a 30.0% CAGR over 2024–2030 cannot all be true.',
    );
    expect(finding).toHaveTextContent('The two figures allow between 46.8% and 54.0% a year. At the stated rate, the base grows only to RMB 7.24B in 2030.');
  });

  it('in Chinese too, and “信两端金额” adds a scenario through 15亿 (2024) to 150亿 (2030), the allowed rate nearest 30%', async () => {
    const { store, user } = renderApp({ lang: 'zh' });
    expect(seriesActions(store, toUserSeries).add(MUSIC).ok).toBe(true);
    const finding = await screen.findByTestId('finding-rate-outside');
    expect(finding).toHaveTextContent('AI音乐市场：2024年15亿元、2030年150亿元–200亿元与2024—2030年30.0%的年复合增长率不能同时成立。');
    expect(finding).toHaveTextContent('两个数字允许的年增速介于46.8%与54.0%之间。按所述增速，基数到2030年只能增长到72.4亿元。');
    expect(within(finding).queryByRole('button', { name: '信终值与增速' })).toBeNull();
    await user.click(within(finding).getByRole('button', { name: '信两端金额' }));
    const name = 'AI音乐市场：信两端金额';
    expect(scenarioNames().at(-1)).toBe(name);
    const id = scenarioId(name);
    const seriesId = store.getState().doc.userSeries![0]!.definition.id;
    expect(cell(seriesId, 2024, id)).toHaveAttribute('data-value', '1500000000');
    expect(Number((await settledCell(seriesId, 2030, id))!.dataset.value).toPrecision(12)).toBe('15000000000.0');
  });
});
