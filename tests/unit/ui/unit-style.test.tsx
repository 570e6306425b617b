import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { APP_TIMEOUT, MARKET, VIDEO, cell, fieldBox, renderApp } from './render-app';

afterEach(() => {
  document.documentElement.lang = '';
});

const numbers = (t: typeof en) => screen.getByRole('group', { name: t.settings.unitStyle });
const ticks = (series: string) => [...screen.getByTestId(`chart-panel-${series}`).querySelectorAll('svg .chart-y-axis text')].map((n) => n.textContent ?? '');

// Expected texts by hand: 7.2e6 = 720万 = 7.2M; 2.219e9 = 22.19亿 = 2.219B; 1e10 = 100亿 = 10B (report-figures.json).
describe('the unit style is a setting of its own', APP_TIMEOUT, () => {
  it('in English, 万/亿 can be chosen: the table, the assumption boxes and the chart follow, the words stay English', async () => {
    const { user, store } = renderApp();
    expect(within(numbers(en)).getByRole('radio', { name: en.settings.kmb })).toBeChecked();
    expect(cell(VIDEO, 2030, 'base')).toHaveTextContent('$2.219B');

    await user.click(within(numbers(en)).getByRole('radio', { name: en.settings.wan }));
    expect(store.getState().settings.unitStyle).toBe('wan');
    expect(cell(VIDEO, 2023, 'base')).toHaveTextContent('$720万');
    expect(cell(VIDEO, 2030, 'base')).toHaveTextContent('$22.19亿');
    expect(cell(MARKET, 2024, 'base')).toHaveTextContent('RMB 100亿');
    expect(fieldBox(`field-${VIDEO}-anchors.0.low`)).toHaveValue('720万');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.appTitle);
    // The report's marks on the chart are labelled in the chosen grouping too (≈720万 for 2023's 大约720万美元).
    expect(screen.getByTestId(`chart-panel-${VIDEO}`).textContent).toContain('≈720万');
    expect(screen.getByTestId(`chart-panel-${VIDEO}`).textContent).not.toContain('≈7.2M');
    // The y axis's ticks: some in 亿 or 万, none in K/M/B.
    expect(ticks(VIDEO).some((t) => /[万亿]$/.test(t))).toBe(true);
    expect(ticks(VIDEO).some((t) => /\d[KMB]$/.test(t))).toBe(false);
  });

  it('switching the language keeps the grouping; only the setting changes it', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: en.language }), '中文');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh.appTitle);
    expect(cell(VIDEO, 2030, 'base')).toHaveTextContent('2.219B美元');
    expect(fieldBox(`field-${VIDEO}-anchors.0.low`)).toHaveValue('7.2M');

    await user.click(within(numbers(zh)).getByRole('radio', { name: zh.settings.wan }));
    expect(cell(VIDEO, 2030, 'base')).toHaveTextContent('22.19亿美元');
    expect(fieldBox(`field-${VIDEO}-anchors.0.low`)).toHaveValue('720万');
  });

  it('opens in Chinese with 万/亿, and K/M/B can be chosen there', async () => {
    const { user } = renderApp({ lang: 'zh' });
    expect(within(numbers(zh)).getByRole('radio', { name: zh.settings.wan })).toBeChecked();
    expect(cell(MARKET, 2024, 'base')).toHaveTextContent('100亿元');
    await user.click(within(numbers(zh)).getByRole('radio', { name: zh.settings.kmb }));
    expect(cell(MARKET, 2024, 'base')).toHaveTextContent('10B元');
  });
});

describe('the year range', APP_TIMEOUT, () => {
  it('can be set from 2015 to 2050, and the table then runs over those years', async () => {
    const { user } = renderApp();
    const from = screen.getByTestId('year-from');
    const to = screen.getByTestId('year-to');
    const options = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => Number(o.textContent));
    expect(Math.min(...options(from))).toBe(2015);
    expect(Math.max(...options(to))).toBe(2050);
    await user.selectOptions(to, '2050');
    await user.selectOptions(from, '2015');
    expect(cell(VIDEO, 2015, 'base')).not.toBeNull();
    expect(cell(VIDEO, 2050, 'base')).not.toBeNull();
    expect(cell(VIDEO, 2014, 'base')).toBeNull();
  });
});
