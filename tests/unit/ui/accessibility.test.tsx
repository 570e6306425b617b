import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, MARKET, USERS, VIDEO, renderApp } from './render-app';

// The description counts the compared scenarios: on a first visit, the base case and the four readings.
const CHARTS = [
  { id: MARKET, name: 'China text-to-image market' },
  { id: USERS, name: 'China text-to-image participating netizens' },
  { id: VIDEO, name: 'Global text-to-video model revenue' },
];

describe('accessibility basics', APP_TIMEOUT, () => {
  it.each(CHARTS)('the $name chart is a group labelled with its description', ({ id, name }) => {
    renderApp();
    const panel = screen.getByTestId(`chart-panel-${id}`);
    expect(panel).toHaveAccessibleName(name);
    expect(
      within(panel).getByRole('group', {
        name: `${name}: projections of 5 scenarios from 2022 to 2032, with the report's figures marked. The table below gives the values.`,
      }),
    ).toHaveAttribute('tabindex', '0');
  });

  it.each(CHARTS)('the $name table has a caption naming it', ({ id, name }) => {
    renderApp();
    const table = within(screen.getByTestId(`chart-panel-${id}`)).getByRole('table');
    expect(table.querySelector('caption')).toHaveTextContent(`${name}: Values by year`);
    expect(table).toHaveAccessibleName(`${name}: Values by year`);
  });

  it.each(CHARTS)('the $name chart on screen is an image named after the chart, though its title is not drawn', ({ id, name }) => {
    renderApp();
    const panel = screen.getByTestId(`chart-panel-${id}`);
    expect(within(panel).getByRole('img', { name })).toBeInTheDocument();
  });

  it.each(CHARTS)('the $name table can be scrolled from the keyboard: its box takes the focus and is named by the caption', ({ id, name }) => {
    renderApp();
    const wrap = screen.getByTestId(`chart-panel-${id}`).querySelector('.table-wrap')!;
    expect(wrap).toHaveAttribute('tabindex', '0');
    expect(wrap).toHaveAccessibleName(`${name}: Values by year`);
  });

  it('the currency select is named', () => {
    renderApp();
    expect(screen.getByTestId('currency')).toHaveAccessibleName('Currency');
  });

  it('a tap on a chart reads out a year and the readout stays when the finger lifts; a mouse leaving clears it', () => {
    renderApp();
    const panel = screen.getByTestId(`chart-panel-${VIDEO}`);
    const chart = within(panel).getByRole('group', { name: /projections of/ });
    const readout = within(panel).getByTestId(`readout-${VIDEO}`);
    fireEvent.pointerDown(chart, { pointerType: 'touch', clientX: 0 });
    // jsdom lays nothing out: x = 0 is left of the plot, which reads as the first year.
    expect(within(readout).getByText('2022')).toBeInTheDocument();
    fireEvent.pointerUp(chart, { pointerType: 'touch' });
    fireEvent.pointerLeave(chart, { pointerType: 'touch' });
    expect(within(readout).getByText('2022')).toBeInTheDocument();
    fireEvent.pointerLeave(chart, { pointerType: 'mouse' });
    expect(within(readout).queryByText('2022')).toBeNull();
  });

  it('every table in the app has a caption', () => {
    renderApp();
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(3);
    for (const table of tables) expect(table.querySelector('caption')?.textContent).toBeTruthy();
  });

  it('the arrow keys on a chart read out a year', async () => {
    const { user } = renderApp();
    const panel = screen.getByTestId(`chart-panel-${VIDEO}`);
    within(panel).getByRole('group', { name: /projections of/ }).focus();
    await user.keyboard('{ArrowRight}');
    const readout = within(panel).getByTestId(`readout-${VIDEO}`);
    expect(readout).toHaveTextContent('2022');
    await user.keyboard('{ArrowRight}');
    expect(within(readout).getByText('2023')).toBeInTheDocument();
    expect(readout).toHaveTextContent('Report base case: $7.2M');
  });
});
