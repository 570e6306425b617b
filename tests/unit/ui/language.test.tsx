import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { APP_TIMEOUT, MARKET, VIDEO, cell, fieldBox, renderApp } from './render-app';

afterEach(() => {
  document.documentElement.lang = '';
});

describe('language', APP_TIMEOUT, () => {
  it('opens in English with English grouping (M, B)', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.appTitle);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(en.appTitle);
    expect(cell(VIDEO, 2023, 'base')).toHaveTextContent('$7.2M');
    expect(cell(VIDEO, 2030, 'base')).toHaveTextContent('$2.219B');
    expect(cell(MARKET, 2024, 'base')).toHaveTextContent('RMB 10B');
  });

  // The grouping (万/亿 or K/M/B) is a setting of its own (unit-style.test.tsx): the language leaves it as it is.
  it('switching to 中文 retitles the page, marks it zh-CN and writes the units in Chinese, in the grouping chosen (K/M/B here)', async () => {
    const { user } = renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: en.language }), '中文');

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(zh.appTitle);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe(zh.appTitle);
    expect(screen.getByRole('combobox', { name: zh.language })).toHaveValue('zh');
    expect(cell(VIDEO, 2023, 'base')).toHaveTextContent('7.2M美元');
    expect(cell(VIDEO, 2030, 'base')).toHaveTextContent('2.219B美元');
    expect(cell(MARKET, 2024, 'base')).toHaveTextContent('10B元');
  });

  it('assumption fields keep their grouping when the language changes', async () => {
    const { user } = renderApp();
    const firstAnchor = () => fieldBox(`field-${VIDEO}-anchors.0.low`);
    expect(firstAnchor()).toHaveValue('7.2M');
    await user.selectOptions(screen.getByRole('combobox', { name: en.language }), '中文');
    expect(firstAnchor()).toHaveValue('7.2M');
  });

  it('switching back to English restores the English page', async () => {
    const { user } = renderApp({ lang: 'zh' });
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: zh.language }), 'English');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.appTitle);
    expect(document.documentElement.lang).toBe('en');
  });
});
