import { StrictMode } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import type { ExchangedScenario } from '../../../src/io/scenario-file';
import { toUserSeries } from '../../../src/io/user-series';
import { BASE_ID, type Scenario } from '../../../src/state';
import { seriesActions } from '../../../src/state/series-actions';
import { ExchangeNotices } from '../../../src/ui/exchange/ExchangeNotices';
import { AppProvider } from '../../../src/ui/shared/app-context';
import { createPageStore } from '../../../src/ui/shared/page-store';
import { freshStore, VIDEO } from './fixtures';
import { MARKET } from '../series/market';

const sent = ({ name, description, models, colorIndex }: Scenario): ExchangedScenario => ({ name, description, models, colorIndex });
const mine: ExchangedScenario = { name: 'Mine', description: '', models: { [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.55' } }, colorIndex: 7 };

function renderPreview(lang: 'en' | 'zh' = 'en') {
  const store = freshStore(lang);
  const page = createPageStore();
  const user = userEvent.setup();
  render(
    <StrictMode>
      <AppProvider store={store} report={reportData()} page={page}>
        <button type="button">before</button>
        <ExchangeNotices />
      </AppProvider>
    </StrictMode>,
  );
  return { store, user, askBeforeAdding: page.getState().askBeforeAdding, page };
}

describe('the preview of a file or link', () => {
  it('lists each scenario by name with what will become of it, and the chart the link was made on', async () => {
    const { store, askBeforeAdding } = renderPreview('en');
    const own = store.getState().doc.scenarios;
    act(() => askBeforeAdding({ scenarios: [sent(own[0]!), sent(own[1]!), mine], view: { seriesId: VIDEO }, from: 'link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open this shared link?' });
    expect(within(dialog).getByTestId('import-preview-summary')).toHaveTextContent('It holds 3 scenarios: 1 new, 2 you already have.');
    const video = reportData().series.find((s) => s.id === VIDEO)!.name.en;
    expect(dialog).toHaveTextContent(`Made on the chart “${video}”.`);
    const items = within(within(dialog).getByRole('list', { name: 'Scenarios in it' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `${own[0]!.name} the same as your read-only “${own[0]!.name}”: never copied`,
      `${own[1]!.name} you already have it as “${own[1]!.name}”: not copied`,
      'Mine new, added as “Mine”',
    ]);
    expect(store.getState().doc.scenarios).toBe(own);
  });

  it('moves focus into the dialog, keeps Tab inside it, and gives focus back when closed', async () => {
    const { user, askBeforeAdding } = renderPreview('en');
    screen.getByRole('button', { name: 'before' }).focus();
    act(() => askBeforeAdding({ scenarios: [mine], from: 'file', fileName: 'mine.json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import “mine.json”?' });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Add 1 scenario' })).toHaveFocus();
    await user.tab(); // wraps round, never out to the page behind
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Add 1 scenario' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'before' })).toHaveFocus();
  });

  it('Cancel and Escape add nothing and run nothing after', async () => {
    const { store, user, askBeforeAdding, page } = renderPreview('en');
    const doc = store.getState().doc;
    let added = 0;
    act(() => askBeforeAdding({ scenarios: [mine], from: 'link', onAdded: () => (added += 1) }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    act(() => askBeforeAdding({ scenarios: [mine], from: 'link', onAdded: () => (added += 1) }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(store.getState().doc).toBe(doc);
    expect(added).toBe(0);
    expect(page.getState().pendingImport).toBeUndefined();
  });

  it('Add on a link adds only the new scenario, with the sender’s free colour, compares the link’s, and runs onAdded once', async () => {
    const { store, user, askBeforeAdding } = renderPreview('en');
    const own = store.getState().doc.scenarios;
    let added = 0;
    act(() => askBeforeAdding({ scenarios: [sent(own[0]!), mine], view: { compared: [0, 1], focus: 1 }, from: 'link', onAdded: () => (added += 1) }));
    await user.click(await screen.findByRole('button', { name: 'Add 1 scenario' }));
    const { doc } = store.getState();
    expect(doc.scenarios).toHaveLength(own.length + 1);
    expect(doc.scenarios.at(-1)).toMatchObject({ name: 'Mine', colorIndex: 7, origin: 'import' });
    expect(doc.compared).toEqual([BASE_ID, doc.scenarios.at(-1)!.id]);
    expect(added).toBe(1);
    expect(await screen.findByTestId('exchange-notice')).toHaveTextContent('Opened 1 shared scenario beside your own. 1 was one you already had, so it was not copied again.');
  });

  it('a link’s view that differs from the reader’s is listed setting by setting, and the reader may keep their own', async () => {
    const { store, user, askBeforeAdding } = renderPreview('en');
    store.getState().setSettings({ usdCny: '6.9', yearFrom: 2022, yearTo: 2032 });
    const settings = { ...store.getState().settings, usdCny: '7.5', currency: 'USD', yearTo: 2035 } as const;
    act(() => askBeforeAdding({ scenarios: [mine], view: { settings }, from: 'link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open this shared link?' });
    const changes = within(within(dialog).getByRole('list', { name: 'The link’s view' })).getAllByRole('listitem');
    // Only what differs: the years, the currency and the rate, each with the reader's own beside it.
    expect(changes.map((li) => li.textContent)).toEqual(['Years: 2022–2035 (yours: 2022–2032)', 'Currency: USD $ (yours: As reported)', 'RMB per USD: 7.5 (yours: 6.9)']);
    const use = within(dialog).getByRole('checkbox', { name: 'Use the link’s view' });
    expect(use).toBeChecked();
    await user.click(use);
    await user.click(within(dialog).getByRole('button', { name: 'Add 1 scenario' }));
    expect(store.getState().settings).toMatchObject({ usdCny: '6.9', currency: 'native', yearTo: 2032 });
    expect(store.getState().doc.scenarios.at(-1)).toMatchObject({ name: 'Mine' });
  });

  it('a file read as GB18030 says so before anything is added, in the page’s language', async () => {
    const { askBeforeAdding } = renderPreview('zh');
    act(() => askBeforeAdding({ scenarios: [mine], from: 'file', fileName: 'old.json', decodedAs: 'gb18030' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('import-encoding')).toHaveTextContent('此文件不是 UTF-8 编码，已按 GB18030（GBK）读取：请核对下列名称。');
  });

  it('a rate written with another trailing zero is no change of view', async () => {
    const { store, askBeforeAdding } = renderPreview('en');
    const settings = { ...store.getState().settings, usdCny: `${store.getState().settings.usdCny}0` };
    act(() => askBeforeAdding({ scenarios: [mine], view: { settings }, from: 'link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open this shared link?' });
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('with the box left ticked, the link’s view is taken; a link whose view is the reader’s asks nothing about it', async () => {
    const { store, user, askBeforeAdding } = renderPreview('en');
    const settings = { ...store.getState().settings, usdCny: '7.5' };
    act(() => askBeforeAdding({ scenarios: [mine], view: { settings }, from: 'link' }));
    await user.click(await screen.findByRole('button', { name: 'Add 1 scenario' }));
    expect(store.getState().settings.usdCny).toBe('7.5');
    act(() => askBeforeAdding({ scenarios: [mine], view: { settings }, from: 'link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open this shared link?' });
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('counts the reader’s own scenarios, sent holding the path of a series the link brings, as ones the reader has', async () => {
    const { store, user, askBeforeAdding } = renderPreview('en');
    const own = store.getState().doc.scenarios;
    const made = toUserSeries(MARKET, { id: 'user-market' });
    if (!made.ok) throw new Error(made.error.message);
    // The sender's app gave every scenario the series' proposed path; the reader's will on Add (placeSeries).
    const withMarket = (s: ExchangedScenario): ExchangedScenario => ({ ...s, models: { ...s.models, 'user-market': made.value.baseModel! } });
    const theirs = { ...mine, models: { ...mine.models, 'user-market': { type: 'compound' as const, baseYear: 2024, baseValue: '10000000000', cagr: '0.6' } } };
    act(() => askBeforeAdding({ scenarios: [withMarket(sent(own[0]!)), withMarket(sent(own[1]!)), theirs], series: [{ input: MARKET, definition: made.value }], from: 'link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open this shared link?' });
    expect(within(dialog).getByTestId('import-preview-summary')).toHaveTextContent('It holds 3 scenarios: 1 new, 2 you already have.');
    expect(within(dialog).getByTestId('import-preview-series')).toHaveTextContent('new series, added as “Smart speaker market”');
    await user.click(within(dialog).getByRole('button', { name: 'Add 1 scenario and 1 series' }));
    const { doc } = store.getState();
    expect(doc.scenarios.map((s) => s.name)).toEqual([...own.map((s) => s.name), 'Mine']);
  });

  it('names the reader’s own series an incoming one matches, not the incoming one’s name (found by use)', async () => {
    // The reader has a different "Smart speaker market" of their own, and the file's version, which came in beside it
    // as "Smart speaker market (2)"; the file brings that version again. The preview said "you already have the
    // series “Smart speaker market”", which is the other one.
    const { store, askBeforeAdding } = renderPreview('en');
    const actions = seriesActions(store, toUserSeries);
    const other = { ...MARKET, figures: [...MARKET.figures, { years: [2027], kind: 'point', value: '50000000000', wording: '500亿' }] };
    expect(actions.add(other).ok).toBe(true);
    const theFiles = actions.add({ ...MARKET, name: { zh: '智能音箱市场 (2)', en: 'Smart speaker market (2)' } });
    expect(theFiles.ok).toBe(true);
    const made = toUserSeries(MARKET, { id: 'user-market' });
    if (!made.ok) throw new Error(made.error.message);
    act(() => askBeforeAdding({ scenarios: [], series: [{ input: MARKET, definition: made.value }], from: 'file', fileName: 'market.json' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('import-preview-series')).toHaveTextContent('you already have the series “Smart speaker market (2)”: not copied');
  });

  it('speaks Chinese to a Chinese reader, and offers to show what is all already there', async () => {
    const { store, askBeforeAdding } = renderPreview('zh');
    const own = store.getState().doc.scenarios;
    act(() => askBeforeAdding({ scenarios: own.map(sent), from: 'file', fileName: '图.png' }));
    const dialog = await screen.findByRole('dialog', { name: '导入“图.png”？' });
    expect(within(dialog).getByTestId('import-preview-summary')).toHaveTextContent(`其中有${own.length}个情景：0个是新的，${own.length}个您已经有了。`);
    expect(dialog).toHaveTextContent('来自整个计算器（全部图表）。');
    expect(within(dialog).getByRole('button', { name: '显示这些情景（无需添加）' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '取消' })).toBeInTheDocument();
  });
});
