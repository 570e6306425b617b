import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Each language's catalogue is a chunk of its own, loaded before the first render (src/main.tsx) and
// the other when the page is idle. These tests take a fresh copy of the module (the test setup has
// loaded both catalogues into the shared one), so nothing is loaded when each starts.
type I18n = typeof import('../../../src/ui/i18n');
let i18n: I18n;

beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../../src/ui/i18n');
});

describe('language catalogues, each loaded on its own', () => {
  it('has no catalogue before one is loaded, and hands out the loaded one for the other language until that one loads', async () => {
    expect(i18n.loadedCatalogue('en')).toBeUndefined();
    const en = await i18n.loadCatalogue('en');
    expect(en.appTitle).toBe('GenAI in media: forecast calculator');
    const heard = vi.fn();
    i18n.onCatalogueLoaded(heard);
    // Asked for Chinese before it is loaded: English for now.
    expect(i18n.loadedCatalogue('zh')).toBe(en);
    expect(heard).not.toHaveBeenCalled();
    const zh = await i18n.loadCatalogue('zh');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(zh.appTitle).toBe('生成式 AI 与传媒：预测计算器');
    expect(i18n.loadedCatalogue('zh')).toBe(zh);
    // Loaded once: asking again loads nothing and tells nobody.
    expect(await i18n.loadCatalogue('zh')).toBe(zh);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('useT shows the loaded language until the chosen one loads, then re-renders in the chosen one', async () => {
    await i18n.loadCatalogue('en');
    // The same fresh module graph as i18n: app-context reads this copy's catalogues.
    const { AppProvider, useT } = await import('../../../src/ui/shared/app-context');
    const { createAppStore } = await import('../../../src/state');
    const { reportData } = await import('../../../src/io/report-fixture');
    const report = reportData();
    const store = createAppStore({ series: report.series, lang: 'zh' });
    const Title = () => <h1>{useT().appTitle}</h1>;
    render(
      <AppProvider store={store} report={report}>
        <Title />
      </AppProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('GenAI in media: forecast calculator');
    await act(() => i18n.loadCatalogue('zh'));
    expect(screen.getByRole('heading')).toHaveTextContent('生成式 AI 与传媒：预测计算器');
  });
});
