import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/io/parse-input';
import { project } from '../../../src/model';
import { selectSeries, userSeriesOf, type AppStore } from '../../../src/state';
import { en } from '../../../src/ui/i18n/en';
import { seriesEn } from '../../../src/ui/i18n/series-en';
import { seriesZh } from '../../../src/ui/i18n/series-zh';
import { zh } from '../../../src/ui/i18n/zh';
import { SeriesButton } from '../../../src/ui/series';
import { emptyForm, readForm, typedText } from '../../../src/ui/series/series-form';
import { toUserSeries } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import { MARKET } from './market';
import { APP_TIMEOUT, renderInApp, type Rendered } from '../ui/render-app';

/** Opens the series dialog (a lazy chunk) and its form for a new series. */
async function openForm(view: Rendered, addLabel = seriesEn.add): Promise<HTMLElement> {
  await view.user.click(screen.getByTestId('series-open'));
  const dialog = await screen.findByTestId('series-dialog', {}, { timeout: 5000 });
  await view.user.click(within(dialog).getByRole('button', { name: `+ ${addLabel}` }));
  return screen.getByTestId('series-form');
}

async function fillSource(view: Rendered, name = 'Smart speakers'): Promise<void> {
  await view.user.type(screen.getByTestId('series-name-en'), name);
  await view.user.type(screen.getByTestId('series-publisher'), 'Some Securities');
  await view.user.type(screen.getByTestId('series-date'), '2025-01');
}

/** Adds "Smart speakers" through the form: 100亿 (10,000,000,000 yuan) in 2024, from Some Securities, 2025-01. */
async function addSpeakers(view: Rendered, addLabel = seriesEn.add): Promise<void> {
  await openForm(view, addLabel);
  await fillSource(view);
  await view.user.type(screen.getByTestId('figure-0-years'), '2024');
  await view.user.type(screen.getByTestId('figure-0-value'), '100亿');
  await view.user.click(screen.getByTestId('series-save'));
}

const own = (store: AppStore) => userSeriesOf(store.getState().doc).map((u) => u.definition);
const valueIn = (store: AppStore, id: string, year: number) => {
  const path = project(store.getState().doc.scenarios[0]!.models[id]!, { from: year, to: year });
  return path.ok ? path.value[0]!.value.toString() : path.error.kind;
};

describe('the series form', APP_TIMEOUT, () => {
  it('adds a series typed with full-width digits and 亿, its figures exact and its path proposed through them', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '１００亿');
    await view.user.click(screen.getByTestId('figure-add'));
    await view.user.type(screen.getByTestId('figure-1-years'), '2026');
    await view.user.type(screen.getByTestId('figure-1-value'), '400亿');
    await view.user.click(screen.getByTestId('series-save'));
    const [series] = own(view.store);
    // 100亿 = 10,000,000,000 and 400亿 = 40,000,000,000 yuan; between them the path doubles each year
    // (4× over two years), so 2025 is 200亿 = 20,000,000,000.
    expect(series!.figures.map((f) => f.value)).toEqual(['10000000000', '40000000000']);
    expect(series!.name).toEqual({ zh: 'Smart speakers', en: 'Smart speakers' });
    expect(valueIn(view.store, series!.id, 2025)).toBe('20000000000');
    // Back at the list, the new series is there, marked as one's own.
    expect(within(screen.getByTestId('series-list')).getByText('Smart speakers')).toBeInTheDocument();
  });

  it('reads 万 for people and a range typed low–high', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view, 'Listeners');
    await view.user.selectOptions(screen.getByTestId('series-unit'), 'people');
    await view.user.type(screen.getByTestId('figure-0-years'), '2023');
    await view.user.type(screen.getByTestId('figure-0-value'), '300万');
    await view.user.click(screen.getByTestId('figure-add'));
    await view.user.type(screen.getByTestId('figure-1-years'), '2024-2025');
    await view.user.selectOptions(screen.getByTestId('figure-1-kind'), 'range');
    await view.user.type(screen.getByTestId('figure-1-value'), '1000万-2000万');
    await view.user.click(screen.getByTestId('series-save'));
    const [series] = own(view.store);
    // 300万 = 3,000,000 people; 1000万–2000万 = 10,000,000 to 20,000,000, reached by 2025.
    expect(series!.unit).toEqual({ kind: 'people' });
    expect(series!.figures.map((f) => [f.years, f.value ?? `${f.low}-${f.high}`])).toEqual([
      [[2023], '3000000'],
      [[2024, 2025], '10000000-20000000'],
    ]);
  });

  it('a conditional figure takes its condition, kept in the series in both languages as typed', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '5亿');
    await view.user.click(screen.getByTestId('figure-add'));
    await view.user.type(screen.getByTestId('figure-1-years'), '2027');
    await view.user.selectOptions(screen.getByTestId('figure-1-kind'), 'conditional');
    await view.user.type(screen.getByTestId('figure-1-value'), '20亿');
    await view.user.type(screen.getByTestId('figure-1-condition'), '如果保持增速');
    await view.user.click(screen.getByTestId('series-save'));
    const [series] = own(view.store);
    expect(series!.figures[1]).toMatchObject({ kind: 'conditional', value: '2000000000', condition: { zh: '如果保持增速', en: '如果保持增速' } });
  });

  it('names each bad field beside it, in English, and adds nothing', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '20x6');
    await view.user.type(screen.getByTestId('figure-0-value'), 'lots');
    const doc = view.store.getState().doc;
    await view.user.click(screen.getByTestId('series-save'));
    const years = screen.getByTestId('figure-0-years');
    expect(years).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById(years.getAttribute('aria-describedby')!)).toHaveTextContent(seriesEn.errors['year-unreadable']);
    const value = screen.getByTestId('figure-0-value');
    expect(document.getElementById(value.getAttribute('aria-describedby')!)).toHaveTextContent(en.errors.input.unreadable);
    expect(screen.getByTestId('series-problems')).toHaveTextContent(seriesEn.form.problems(2));
    expect(view.store.getState().doc).toBe(doc);
  });

  it('an empty form is told everything it lacks at once: name, publisher, date, year and value (5 things)', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await view.user.click(screen.getByTestId('series-save'));
    expect(screen.getByTestId('series-problems')).toHaveTextContent(seriesEn.form.problems(5));
    for (const id of ['series-name-zh', 'series-publisher', 'series-date', 'figure-0-years', 'figure-0-value']) expect(screen.getByTestId(id)).toHaveAttribute('aria-invalid', 'true');
    expect(own(view.store)).toEqual([]);
  });

  it('names a bad field in Chinese when the page is in Chinese', async () => {
    const view = renderInApp(<SeriesButton />, { lang: 'zh' });
    await openForm(view, seriesZh.add);
    await view.user.type(screen.getByTestId('series-name-zh'), '智能音箱');
    await view.user.type(screen.getByTestId('series-date'), '2025');
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '１０亿');
    await view.user.click(screen.getByTestId('series-save'));
    // The door's first refusal: no publisher.
    const publisher = screen.getByTestId('series-publisher');
    expect(document.getElementById(publisher.getAttribute('aria-describedby')!)).toHaveTextContent(seriesZh.errors['no-publisher']);
    await view.user.clear(screen.getByTestId('figure-0-value'));
    await view.user.type(screen.getByTestId('figure-0-value'), '很多');
    await view.user.click(screen.getByTestId('series-save'));
    const value = screen.getByTestId('figure-0-value');
    expect(document.getElementById(value.getAttribute('aria-describedby')!)).toHaveTextContent(zh.errors.input.unreadable);
    expect(own(view.store)).toEqual([]);
  });

  it('a refusal of the door is shown beside its field: a figure outside the years the app shows', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '2060');
    await view.user.type(screen.getByTestId('figure-0-value'), '5B');
    await view.user.click(screen.getByTestId('series-save'));
    const years = screen.getByTestId('figure-0-years');
    expect(document.getElementById(years.getAttribute('aria-describedby')!)).toHaveTextContent(seriesEn.errors['year-out-of-window']({ min: 2015, max: 2050 }));
    expect(own(view.store)).toEqual([]);
  });

  it('cancel adds nothing and changes nothing', async () => {
    const view = renderInApp(<SeriesButton />);
    const doc = view.store.getState().doc;
    await openForm(view);
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '100亿');
    await view.user.click(screen.getByTestId('series-cancel'));
    expect(view.store.getState().doc).toBe(doc);
    expect(view.store.getState().past).toEqual([]);
  });
});

describe('pasted figures', APP_TIMEOUT, () => {
  // Two rows read and one refused: "abc" is no value (row 2, its second column).
  const PASTE = '2024\t100亿\n2025\tabc\n2026\t约400亿\t预计2026年约400亿';

  it('are previewed with each refused row and its reason, and reach the form only when confirmed', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.click(screen.getByText(seriesEn.paste.title));
    const box = screen.getByTestId('paste-text');
    box.focus();
    await view.user.paste(PASTE);
    const preview = screen.getByTestId('paste-preview');
    expect(preview).toHaveTextContent(seriesEn.paste.read(2, 1));
    // Values written as the tables write them: 100亿 = 10 billion yuan, RMB 10B.
    expect(preview).toHaveTextContent('RMB 10B');
    expect(screen.getByTestId('paste-refused')).toHaveTextContent(seriesEn.paste.refused(2, 2, seriesEn.paste.reasons['value-unreadable']));
    // Not yet in the form.
    expect(screen.getByTestId('figure-0-years')).toHaveValue('');
    await view.user.click(screen.getByRole('button', { name: seriesEn.paste.confirm(2) }));
    expect(screen.getByTestId('figure-0-years')).toHaveValue('2024');
    expect(screen.getByTestId('figure-1-kind')).toHaveValue('approximate');
    expect(view.store.getState().doc.userSeries).toBeUndefined();
    await view.user.click(screen.getByTestId('series-save'));
    const [series] = own(view.store);
    expect(series!.figures.map((f) => [f.years[0], f.kind, f.value, f.wording])).toEqual([
      [2024, 'point', '10000000000', '2024 100亿'],
      [2026, 'approximate', '40000000000', '预计2026年约400亿'],
    ]);
  });

  it('a growth rate among the amounts is previewed as the CAGR it is, and reaches the form as one (found by use)', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.click(screen.getByText(seriesEn.paste.title));
    screen.getByTestId('paste-text').focus();
    await view.user.paste('2023\t720万\n2030\t22.19亿\n2024-2030\t56.6%\t年复合增速');
    const preview = screen.getByTestId('paste-preview');
    expect(preview).toHaveTextContent(seriesEn.paste.read(3, 0));
    const rate = within(preview).getAllByRole('row')[3]!;
    expect(rate).toHaveTextContent(`32024–2030${seriesEn.form.kinds.cagr}56.6%年复合增速`);
    expect(preview).not.toHaveTextContent('0.566');
    await view.user.click(screen.getByRole('button', { name: seriesEn.paste.confirm(3) }));
    expect(screen.getByTestId('figure-2-kind')).toHaveValue('cagr');
    expect(screen.getByTestId('figure-2-value')).toHaveValue('56.6%');
    await view.user.click(screen.getByTestId('series-save'));
    const [series] = own(view.store);
    expect(series!.figures.map((f) => [f.years, f.quantity, f.value])).toEqual([
      [[2023], 'level', '7200000'],
      [[2030], 'level', '2219000000'],
      [[2024, 2030], 'cagr', '0.566'],
    ]);
  });

  it('from a CSV file are previewed the same way', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await view.user.click(screen.getByText(seriesEn.paste.title));
    // A header naming the columns (line 1), a quoted thousands separator, and a row with no year (line 3).
    const csv = 'year,value,wording\n2024,"1,000万",约一千万\nsoon,5亿,\n';
    await view.user.upload(screen.getByTestId('paste-csv'), new File([csv], 'figures.csv', { type: 'text/csv' }));
    expect(await screen.findByTestId('paste-refused')).toHaveTextContent(seriesEn.paste.refused(3, 1, seriesEn.paste.reasons['year-unreadable']));
    expect(screen.getByTestId('paste-preview')).toHaveTextContent(seriesEn.paste.read(1, 1));
    await view.user.click(screen.getByRole('button', { name: seriesEn.paste.confirm(1) }));
    // 1,000万 = 10,000,000 yuan, written back in the English page's grouping: 10M.
    expect(screen.getByTestId('figure-0-value')).toHaveValue('10M');
  });

  it('from a GBK CSV (Chinese Excel or WPS) keep their unit and kind, and the preview says how the file was read', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await view.user.click(screen.getByText(seriesEn.paste.title));
    // Python: list('年份,规模（亿元）,类型\n2024,100,上限\n'.encode('gb18030'))
    const gbk = new Uint8Array([
      196, 234, 183, 221, 44, 185, 230, 196, 163, 163, 168, 210, 218, 212, 170, 163, 169, 44, 192, 224, 208, 205, 10, 50, 48, 50, 52, 44, 49, 48, 48, 44, 201,
      207, 207, 222, 10,
    ]);
    await view.user.upload(screen.getByTestId('paste-csv'), new File([gbk], 'figures.csv', { type: 'text/csv' }));
    expect(await screen.findByTestId('paste-encoding')).toHaveTextContent('GB18030');
    await view.user.click(screen.getByRole('button', { name: seriesEn.paste.confirm(1) }));
    // 100 under 亿元 is 10,000,000,000 yuan (10B on the English page), an upper bound (上限).
    expect(screen.getByTestId('figure-0-value')).toHaveValue('10B');
    expect(screen.getByTestId('figure-0-kind')).toHaveValue('upper-bound');
  });

  it('past the first 200 rows, says how many were not read, apart from the refused ones', async () => {
    // 10,000 rows pasted: 200 read, 9,800 not (by hand: 10,000 − 200).
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await view.user.click(screen.getByText(seriesEn.paste.title));
    const many = Array.from({ length: 10_000 }, (_, i) => `${2015 + (i % 36)}\t${i + 1}`).join('\n');
    fireEvent.change(screen.getByTestId('paste-text'), { target: { value: many } });
    expect(screen.getByTestId('paste-preview')).toHaveTextContent(
      '200 rows read. Nothing is added until you confirm. 9,800 more rows after the first 200 were not read: paste them in parts.',
    );
  });

  it('discarded, add nothing to the form', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await view.user.click(screen.getByText(seriesEn.paste.title));
    screen.getByTestId('paste-text').focus();
    await view.user.paste(PASTE);
    await view.user.click(screen.getByTestId('paste-discard'));
    expect(screen.getByTestId('figure-0-years')).toHaveValue('');
    expect(screen.queryByTestId('figure-1-years')).not.toBeInTheDocument();
  });
});

describe('a value outside what a series holds is refused with the reason', APP_TIMEOUT, () => {
  it.each([
    ['0', 'money', 'A value must lie between 0.001 and 10^15 of the series’ unit'],
    ['150%', 'share', 'A share must lie between 0.1% and 100%.'],
  ] as const)('%j in a %s series', async (value, unit, reason) => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.selectOptions(screen.getByTestId('series-unit'), unit);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), value);
    await view.user.click(screen.getByTestId('series-save'));
    expect(screen.getByTestId('series-form')).toHaveTextContent(reason);
    expect(screen.getByTestId('series-form')).not.toHaveTextContent('far beyond');
    expect(own(view.store)).toEqual([]);
  });
});

describe('leaving a form with something typed in it', APP_TIMEOUT, () => {
  it('Escape, Cancel and Close ask first; "Keep editing" keeps every field as typed, "Discard" leaves', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '100亿');
    const dialog = screen.getByTestId('series-dialog');
    const leaves: [() => Promise<void>, string][] = [
      [() => view.user.keyboard('{Escape}'), 'figure-0-value'],
      [() => view.user.click(screen.getByTestId('series-cancel')), 'series-cancel'],
      [() => view.user.click(screen.getByTestId('series-close')), 'series-close'],
    ];
    for (const [leave, focused] of leaves) {
      await leave();
      const ask = within(dialog).getByTestId('series-discard');
      expect(ask).toHaveTextContent('What you typed in this form will be lost.');
      // The safe answer has the focus: a second Escape or Enter keeps the form.
      expect(within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
      await view.user.keyboard('{Escape}');
      expect(screen.queryByTestId('series-discard')).toBeNull();
      expect(screen.getByTestId(focused)).toHaveFocus();
      expect(screen.getByTestId('series-name-en')).toHaveValue('Smart speakers');
      expect(screen.getByTestId('figure-0-value')).toHaveValue('100亿');
    }
    await view.user.click(screen.getByTestId('series-cancel'));
    await view.user.click(within(screen.getByTestId('series-discard')).getByRole('button', { name: 'Discard' }));
    expect(screen.queryByTestId('series-form')).toBeNull();
    expect(own(view.store)).toEqual([]);
  });

  it('a reload or a closed tab is asked about first while the form holds something typed, and not otherwise', async () => {
    // Found by use: a half-filled form vanished on reload without a word. The browser asks when beforeunload is cancelled.
    const leaving = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    expect(leaving()).toBe(false);
    await fillSource(view);
    expect(leaving()).toBe(true);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '100亿');
    await view.user.click(screen.getByTestId('series-save'));
    expect(own(view.store)).toHaveLength(1);
    expect(leaving()).toBe(false);
  });

  it('pasted rows waiting in the preview are not lost: Save asks for them to be used or discarded first, and leaving asks', async () => {
    // Found by use: two pasted rows waiting in the preview were dropped without a word when the series was saved.
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '100亿');
    await view.user.click(screen.getByText(seriesEn.paste.title));
    screen.getByTestId('paste-text').focus();
    await view.user.paste('2025\t200亿\n2026\t约400亿');
    await view.user.click(screen.getByTestId('series-save'));
    expect(screen.getByTestId('series-problems')).toHaveTextContent(seriesEn.errors['paste-pending']);
    expect(own(view.store)).toEqual([]);
    await view.user.click(screen.getByTestId('series-cancel'));
    await view.user.click(within(screen.getByTestId('series-discard')).getByRole('button', { name: 'Keep editing' }));
    await view.user.click(screen.getByTestId('paste-use'));
    await view.user.click(screen.getByTestId('series-save'));
    // 100亿 typed and 200亿, 约400亿 pasted: three figures.
    expect(own(view.store).map((s) => s.figures.map((f) => f.value))).toEqual([['10000000000', '20000000000', '40000000000']]);
  });

  it('an untouched form, and one just saved, leave at once', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await view.user.keyboard('{Escape}');
    expect(screen.queryByTestId('series-form')).toBeNull();
    expect(screen.queryByTestId('series-discard')).toBeNull();
    await view.user.click(within(screen.getByTestId('series-dialog')).getByRole('button', { name: `+ ${seriesEn.add}` }));
    await fillSource(view);
    await view.user.type(screen.getByTestId('figure-0-years'), '2024');
    await view.user.type(screen.getByTestId('figure-0-value'), '100亿');
    await view.user.click(screen.getByTestId('series-save'));
    expect(own(view.store)).toHaveLength(1);
    expect(screen.queryByTestId('series-form')).toBeNull();
    expect(screen.queryByTestId('series-discard')).toBeNull();
    // Back in the list, Escape closes the dialog.
    await view.user.keyboard('{Escape}');
    expect(screen.queryByTestId('series-dialog')).toBeNull();
  });
});

describe('the series list', APP_TIMEOUT, () => {
  it('hides a report series and deletes one of one\'s own, with Undo bringing it back', async () => {
    const view = renderInApp(<SeriesButton />);
    await addSpeakers(view);
    const [series] = own(view.store);
    await view.user.click(screen.getByTestId('series-shown-t2v-revenue-global'));
    expect(selectSeries(view.store.getState()).map((s) => s.id)).not.toContain('t2v-revenue-global');
    expect(screen.queryByTestId('series-delete-t2v-revenue-global')).not.toBeInTheDocument();
    await view.user.click(screen.getByTestId(`series-delete-${series!.id}`));
    expect(own(view.store)).toEqual([]);
    expect(screen.getByTestId('series-status')).toHaveTextContent(seriesEn.deleted('Smart speakers'));
    await view.user.click(screen.getByTestId('series-undo'));
    expect(own(view.store).map((s) => s.id)).toEqual([series!.id]);
  });

  it('the Undo beside "Deleted …" goes once anything else changes, so it never undoes that change instead', async () => {
    const view = renderInApp(<SeriesButton />);
    await addSpeakers(view);
    const [series] = own(view.store);
    await view.user.click(screen.getByTestId(`series-delete-${series!.id}`));
    expect(screen.getByTestId('series-undo')).toBeInTheDocument();
    await view.user.click(screen.getByTestId('series-shown-t2v-revenue-global'));
    expect(screen.queryByTestId('series-undo')).toBeNull();
    expect(screen.getByTestId('series-status')).toBeEmptyDOMElement();
    // Both changes stand; the toolbar's history still holds them, newest first.
    expect(own(view.store)).toEqual([]);
    expect(selectSeries(view.store.getState()).map((s) => s.id)).not.toContain('t2v-revenue-global');
  });

  it('edits one of one\'s own: the form opens with its figures, and saving keeps its id', async () => {
    const view = renderInApp(<SeriesButton />);
    await addSpeakers(view);
    const [series] = own(view.store);
    await view.user.click(screen.getByTestId(`series-edit-${series!.id}`));
    // 100亿 = 10,000,000,000 yuan, back in the English page's grouping as 10B (exact, so saving unchanged keeps it).
    expect(screen.getByTestId('figure-0-value')).toHaveValue('10B');
    // A value left empty: the summary speaks of saving the changes, not of adding a series.
    await view.user.clear(screen.getByTestId('figure-0-value'));
    await view.user.click(screen.getByTestId('series-save'));
    expect(screen.getByTestId('series-problems')).toHaveTextContent('One thing to fix before the changes can be saved.');
    await view.user.type(screen.getByTestId('figure-0-value'), '120亿');
    await view.user.click(screen.getByTestId('series-save'));
    expect(own(view.store).map((s) => [s.id, s.figures[0]!.value])).toEqual([[series!.id, '12000000000']]);
  });
});

describe('a series changed or deleted elsewhere while its form is open', APP_TIMEOUT, () => {
  // Found by use with two tabs: tab A corrected a value and saved; tab B, whose form was opened before, saved a
  // wording and put A's correction back without a word. Another tab's save reaches this one as a change of the doc.
  async function editOpen(view: Rendered) {
    await addSpeakers(view);
    const [series] = own(view.store);
    await view.user.click(screen.getByTestId(`series-edit-${series!.id}`));
    return series!.id;
  }
  const elsewhere = (view: Rendered, id: string, change: (input: Record<string, unknown>) => Record<string, unknown>) =>
    act(() =>
      view.store.getState().commit((doc) => ({
        ...doc,
        userSeries: userSeriesOf(doc).map((u) => (u.definition.id === id ? { ...u, input: change(u.input as Record<string, unknown>) } : u)),
      })),
    );

  it('changed: saving is refused with the reason, nothing is overwritten, and what was typed can be added as a new series', async () => {
    const view = renderInApp(<SeriesButton />);
    const id = await editOpen(view);
    elsewhere(view, id, (input) => ({ ...input, source: { publisher: 'Other Securities', date: '2025-01' } }));
    const doc = view.store.getState().doc;
    await view.user.clear(screen.getByTestId('figure-0-value'));
    await view.user.type(screen.getByTestId('figure-0-value'), '120亿');
    await view.user.click(screen.getByTestId('series-save'));
    expect(screen.getByTestId('series-problems')).toHaveTextContent(seriesEn.errors['changed-elsewhere']);
    expect(view.store.getState().doc).toBe(doc);
    await view.user.click(screen.getByRole('button', { name: seriesEn.form.saveAsNew }));
    const added = own(view.store);
    expect(added.map((s) => [s.name.en, s.figures[0]!.value])).toEqual([
      ['Smart speakers', '10000000000'],
      ['Smart speakers (2)', '12000000000'],
    ]);
    expect((userSeriesOf(view.store.getState().doc)[0]!.input as { source: { publisher: string } }).source.publisher).toBe('Other Securities');
  });

  it('added as new and refused (twenty series already): that reason is told, not nothing', async () => {
    const view = renderInApp(<SeriesButton />);
    const id = await editOpen(view);
    const actions = seriesActions(view.store, toUserSeries);
    for (let i = 2; i <= 20; i++) act(() => void actions.add({ ...MARKET, name: { en: `Market ${i}` } }));
    expect(own(view.store)).toHaveLength(20);
    elsewhere(view, id, (input) => ({ ...input, source: { publisher: 'Other Securities', date: '2025-01' } }));
    await view.user.click(screen.getByTestId('series-save'));
    await view.user.click(screen.getByRole('button', { name: seriesEn.form.saveAsNew }));
    expect(screen.getByTestId('series-problems')).toHaveTextContent('At most 20 series of your own: delete one first.');
    expect(own(view.store)).toHaveLength(20);
  });

  it('deleted: the form keeps its title and what was typed, says so, and offers to add it as a new series', async () => {
    const view = renderInApp(<SeriesButton />, { lang: 'zh' });
    await addSpeakers(view, seriesZh.add);
    const [series] = own(view.store);
    await view.user.click(screen.getByTestId(`series-edit-${series!.id}`));
    act(() => view.store.getState().commit((doc) => ({ ...doc, userSeries: [] })));
    await view.user.type(screen.getByTestId('series-publisher'), ' Research');
    expect(screen.getByTestId('series-form')).toHaveTextContent(seriesZh.form.titleEdit('Smart speakers'));
    await view.user.click(screen.getByTestId('series-save'));
    expect(screen.getByTestId('series-problems')).toHaveTextContent(seriesZh.errors['unknown-series']);
    await view.user.click(screen.getByRole('button', { name: seriesZh.form.saveAsNew }));
    expect(own(view.store).map((s) => s.name.en)).toEqual(['Smart speakers']);
    expect((userSeriesOf(view.store.getState().doc)[0]!.input as { source: { publisher: string } }).source.publisher).toBe('Some Securities Research');
  });
});

describe('a value written back into the form', () => {
  // Each by hand: 100亿 = 10,000,000,000 = 10B; 123.45678901亿 = 12,345,678,901; 0.566 = 56.6 %.
  it.each([
    ['money', 'zh', 'wan', '10000000000', '100亿'],
    ['money', 'en', 'kmb', '10000000000', '10B'],
    ['money', 'zh', 'wan', '12345678901', '123.45678901亿'],
    ['people', 'zh', 'wan', '1092000000', '10.92亿'],
    ['share', 'en', 'kmb', '0.566', '56.6%'],
    ['money', 'en', 'kmb', '999', '999'],
  ] as const)('%s in %s (%s): %s as %s, never rounded', (unit, lang, style, value, text) => {
    expect(typedText(unit, 'CNY', lang, style)(value)).toBe(text);
  });

  it('writes even a long number so that it reads back to the very same value', () => {
    // 31 significant digits, within the engine's 34: in its short form it still reads back exactly.
    const long = '123456789012345678901234567891.5';
    const text = typedText('money', 'CNY', 'en', 'kmb')(long);
    expect(parseInput(text, 'amount', 'CNY')).toEqual({ ok: true, value: long });
  });
});

describe('a share is typed in percent, as the unit says ("Share (%)")', () => {
  // By hand: 30 → 30% = 0.3; 0.5 → 0.5% = 0.005; 56.6% = 0.566; 1.5-3 → 1.5% to 3% = 0.015 to 0.03.
  it.each([
    ['30', { value: '0.3' }],
    ['0.5', { value: '0.005' }],
    ['56.6%', { value: '0.566' }],
    ['1.5-3', { low: '0.015', high: '0.03' }],
  ])('%j is %j', (typed, expected) => {
    const form = { ...emptyForm(), nameEn: 'AI share', unit: 'share' as const, publisher: 'Some Securities', date: '2025' };
    const kind = 'low' in expected ? 'range' : 'point';
    const read = readForm({ ...form, figures: [{ ...form.figures[0]!, years: '2025', kind, value: typed }] });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.input.figures[0]).toMatchObject(expected);
  });

  it('and a share written back reads back the same', () => {
    const text = typedText('share', 'CNY', 'en', 'kmb')('0.005');
    const form = { ...emptyForm(), nameEn: 'AI share', unit: 'share' as const, publisher: 'Some Securities', date: '2025' };
    const read = readForm({ ...form, figures: [{ ...form.figures[0]!, years: '2025', value: text }] });
    expect(read.ok && read.input.figures[0]!.value).toBe('0.005');
  });
});


describe('a growth rate stated as about (约30%) keeps its kind through the form (found by use)', APP_TIMEOUT, () => {
  it('pasted as 约30%, is shown ≈30% in the preview and the form, and saved as an approximate CAGR of 0.3', async () => {
    const view = renderInApp(<SeriesButton />);
    await openForm(view);
    await fillSource(view);
    await view.user.click(screen.getByText(seriesEn.paste.title));
    screen.getByTestId('paste-text').focus();
    await view.user.paste('2024\t15亿\n2024-2030\t约30%');
    expect(within(screen.getByTestId('paste-preview')).getAllByRole('row')[2]).toHaveTextContent(`22024–2030${seriesEn.form.kinds.cagr}≈30%`);
    await view.user.click(screen.getByRole('button', { name: seriesEn.paste.confirm(2) }));
    expect(screen.getByTestId('figure-1-value')).toHaveValue('≈30%');
    await view.user.click(screen.getByTestId('series-save'));
    expect(own(view.store)[0]!.figures.filter((f) => f.quantity === 'cagr').map((f) => [f.kind, f.value])).toEqual([['approximate', '0.3']]);
  });

  it('typed as 约30% in a CAGR row, is the same', () => {
    const form = { ...emptyForm(), nameEn: 'X', publisher: 'P', date: '2024', figures: [{ key: 1, years: '2024-2030', kind: 'cagr' as const, value: '约30%', wording: '' }] };
    const read = readForm(form);
    expect(read.ok && read.input.figures).toEqual([{ years: [2024, 2030], kind: 'approximate', quantity: 'cagr', value: '0.3' }]);
  });
});
