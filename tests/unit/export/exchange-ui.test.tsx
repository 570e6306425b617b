import { StrictMode } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import type { ImportErrorKind } from '../../../src/io/scenario-file';
import { serializeScenarioFile, toScenarioFile } from '../../../src/io/scenario-file';
import { AppProvider } from '../../../src/ui/shared/app-context';
import { ChartExportMenu } from '../../../src/ui/exchange/ChartExportMenu';
import { ExchangeNotices } from '../../../src/ui/exchange/ExchangeNotices';
import { exchangeCatalogues } from '../../../src/ui/i18n/exchange';
import { ImportButton } from '../../../src/ui/exchange/ImportButton';
import { freshStore, seriesOf, VIDEO } from './fixtures';
import { hostile, SERIES, seriesFile } from '../exchange/series-fuzz-seeds';

function renderExchange(lang: 'en' | 'zh' = 'en') {
  const store = freshStore(lang);
  const user = userEvent.setup();
  render(
    <StrictMode>
      <AppProvider store={store} report={reportData()}>
        <ImportButton />
        <ExchangeNotices />
        <ChartExportMenu series={seriesOf(VIDEO)} />
      </AppProvider>
    </StrictMode>,
  );
  return { store, user };
}

const file = (text: string, name: string, type = 'application/json') => new File([text], name, { type });

describe('Import…', () => {
  it('shows what a chosen file holds, adds on Add only what the user does not have, and says how many', async () => {
    const { store, user } = renderExchange('en');
    const before = store.getState().doc.scenarios;
    const changed = { ...before[2]!, name: 'Mine', models: { ...before[2]!.models, [VIDEO]: { type: 'compound' as const, baseYear: 2023, baseValue: '7200000', cagr: '0.55' } } };
    const json = serializeScenarioFile(toScenarioFile([before[1]!, changed]));
    await user.upload(screen.getByTestId('import-file'), file(json, 'two.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Import “two.json”?' });
    expect(store.getState().doc.scenarios).toBe(before); // nothing added yet
    await user.click(within(dialog).getByRole('button', { name: 'Add 1 scenario' }));
    expect(await screen.findByTestId('exchange-notice')).toHaveTextContent('Imported 1 scenario. 1 was one you already had, so it was not copied again.');
    expect(store.getState().doc.scenarios.map((s) => s.name).slice(before.length)).toEqual(['Mine']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a damaged file in the user’s language and changes nothing', async () => {
    const { store, user } = renderExchange('zh');
    const doc = store.getState().doc;
    await user.upload(screen.getByTestId('import-file'), file('{"type":"genai-forecast/scenarios","version":1,"scenarios":[{"na', 'cut.json'));
    const alert = await screen.findByTestId('exchange-error');
    expect(alert).toHaveTextContent('未导入任何内容。数据不完整：缺少一部分。');
    expect(alert.closest('[role=alert]')).not.toBeNull();
    expect(store.getState().doc).toBe(doc);
  });

  it('names the series of a library file that is refused, where and why, in the user’s language', async () => {
    const { store, user } = renderExchange('zh');
    const doc = store.getState().doc;
    // The second series' third figure a range whose low end is above its high end (series-fuzz-seeds).
    const text = JSON.stringify(hostile(seriesFile, 'range low above high', 0));
    await user.upload(screen.getByTestId('import-file'), file(text, '我的序列.json'));
    const alert = await screen.findByTestId('exchange-error');
    expect(alert).toHaveTextContent('未导入任何内容。其中第2个自建序列“参与文生图的网民”未通过检查。第3个数字：区间的上限低于下限。');
    expect(store.getState().doc).toBe(doc);
  });

  it('a series file that would pass the limit says how many series it holds, not "0 series, 0 new"', async () => {
    const { store, user } = renderExchange('zh');
    // Two of one's own already; a library of 19 more would make 21 (the limit is 20).
    const speakers = seriesFile.series[0]!;
    for (const n of [1, 2]) store.getState().commit((doc) => ({ ...doc, userSeries: [...(doc.userSeries ?? []), { ...SERIES[0]!, definition: { ...SERIES[0]!.definition, id: `user-mine-${n}` } }] }));
    const many = Array.from({ length: 19 }, (_, i) => ({ id: `user-lib-${i}`, input: { ...(speakers.input as object), name: { en: `Market ${i + 1}` } } }));
    await user.upload(screen.getByTestId('import-file'), file(JSON.stringify({ ...seriesFile, series: many }), 'library.json'));
    const dialog = await screen.findByTestId('import-preview');
    expect(within(dialog).getByTestId('import-preview-summary')).toHaveTextContent('其中有19个自建序列。');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(exchangeCatalogues.zh.errors['too-many-series']);
  });

  it('opens the file picker from a keyboard-reachable button', async () => {
    renderExchange('en');
    const button = screen.getByRole('button', { name: /Import…/ });
    expect(button).toHaveAttribute('title', 'Scenarios from a JSON file, or from a PNG or SVG chart exported by this calculator');
    expect(screen.getByTestId('import-file')).toHaveAttribute('accept', '.json,.png,.svg,application/json,image/png,image/svg+xml');
  });
});

describe('the export menu', () => {
  it('a share link made before a change is taken away once the page changes, and says why: it holds the old numbers', async () => {
    const { user, store } = renderExchange('en');
    const menu = screen.getByTestId(`export-menu-${VIDEO}`) as HTMLDetailsElement;
    await user.click(within(menu).getByText(/Export/));
    await user.click(await within(menu).findByTestId('share-link'));
    expect((await within(menu).findByTestId('share-url') as HTMLInputElement).value).toMatch(/^http/);
    act(() => {
      const id = store.getState().createScenario('Later');
      store.getState().setModel(id, VIDEO, { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' });
    });
    expect(within(menu).queryByTestId('share-url')).not.toBeInTheDocument();
    expect(within(menu).getByRole('status')).toHaveTextContent('The page has changed since that link was made: make a new one to share what you see now.');
    await user.click(within(menu).getByTestId('share-link'));
    expect(await within(menu).findByTestId('share-url')).toBeInTheDocument();
    expect(within(menu).queryByRole('status')).not.toBeInTheDocument();
  });

  it('is a native disclosure: opens on its summary, loads its contents on first opening, closes on Escape', async () => {
    const { user } = renderExchange('en');
    const menu = screen.getByTestId(`export-menu-${VIDEO}`) as HTMLDetailsElement;
    const summary = within(menu).getByText(/Export/);
    expect(summary.closest('summary')).toHaveAttribute('aria-label', 'Export or share “Global text-to-video model revenue”');
    // A <summary> opens on Enter and Space in browsers; jsdom only implements the click.
    await user.click(summary);
    await waitFor(() => expect(menu.open).toBe(true));
    expect(await within(menu).findByTestId('export-png')).toHaveTextContent('Download PNG');
    for (const id of ['export-copy', 'export-svg', 'export-csv', 'export-csv-all', 'export-json', 'export-json-all', 'export-pptx', 'share-link', 'embed'])
      expect(within(menu).getByTestId(id)).toBeEnabled();
    expect(within(menu).getByTestId('export-json')).toHaveTextContent('JSON: “Report base case”');
    expect((within(menu).getByTestId('export-size') as HTMLSelectElement).value).toBe('slide');
    expect((within(menu).getByTestId('export-ratio') as HTMLSelectElement).value).toBe('2');
    within(menu).getByTestId('export-ratio').focus();
    await user.keyboard('{Escape}');
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary.closest('summary'));
  });

  it('writes the embed code for the chart, with a size to choose', async () => {
    const { user } = renderExchange('en');
    const menu = screen.getByTestId(`export-menu-${VIDEO}`);
    await user.click(within(menu).getByText(/Export/));
    await user.click(await within(menu).findByTestId('embed'));
    const code = (await within(menu).findByTestId('embed-code')) as HTMLTextAreaElement;
    expect(code.value).toMatch(/^<iframe src="http:\/\/localhost(:\d+)?\/#embed=t2v-revenue-global&amp;s2\.[\w-]+" width="800" height="450" style="border:0" loading="lazy" title="Global text-to-video model revenue: forecast chart"><\/iframe>$/);
    await user.click(within(menu).getByLabelText('640×400'));
    expect(code.value).toContain('width="640" height="400"');
  });
});

describe('the words of exchange', () => {
  it('say every import refusal distinctly, in both languages', () => {
    const kinds: ImportErrorKind[] = ['empty', 'too-large', 'not-recognised', 'malformed', 'truncated', 'unknown-format', 'newer-version', 'invalid', 'hostile-text', 'too-many', 'xml-declarations', 'too-slow', 'invalid-series', 'too-many-series'];
    for (const lang of ['en', 'zh'] as const) {
      const texts = kinds.map((k) => exchangeCatalogues[lang].errors[k]);
      expect(new Set(texts).size).toBe(kinds.length);
      expect(texts.every((t) => t.length > 4)).toBe(true);
    }
    expect(Object.keys(exchangeCatalogues.zh).sort()).toEqual(Object.keys(exchangeCatalogues.en).sort());
  });
});

describe('a refusal says "nothing was imported" once', () => {
  it('in each language, for every reason a file or link can be refused', () => {
    for (const lang of ['en', 'zh'] as const) {
      const x = exchangeCatalogues[lang];
      for (const error of Object.keys(x.errors) as ImportErrorKind[]) {
        const text = `${x.importFailed(x.errors[error])} ${x.linkFailed(x.errors[error])}`;
        expect(text.match(/nothing was imported|未导入任何内容/gi) ?? [], `${lang} ${error}`).toHaveLength(1);
        expect(text.match(/nothing was (changed|opened)|未做任何更改|未打开任何内容/gi) ?? [], `${lang} ${error}`).toHaveLength(1);
      }
    }
  });
});
