import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, renderApp, scenarioNames, scenarioRow } from './render-app';

const DEFAULTS = ['Report base case', 'Users: low end of range', 'Users: high end of range', 'Video: trust base and rate', 'Video: trust end and rate'];

/** The scenario names heading the columns of every table, one list per table (after the year and the basis in words). */
const tableColumns = () =>
  screen.getAllByRole('table').map((table) =>
    within(table)
      .getAllByRole('columnheader')
      .slice(2)
      .map((th) => th.textContent),
  );

const compareBox = (name: string) => screen.getByRole('checkbox', { name: `Compare: ${name}` });

describe('scenario list', APP_TIMEOUT, () => {
  it('a first visit lists the base case and the report’s readings, all compared', () => {
    renderApp();
    expect(scenarioNames()).toEqual(DEFAULTS);
    for (const name of DEFAULTS) expect(compareBox(name)).toBeChecked();
    for (const columns of tableColumns()) expect(columns).toEqual(DEFAULTS);
  });

  it('"New scenario" adds one, in focus and compared', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    expect(scenarioNames()).toEqual([...DEFAULTS, 'My scenario']);
    expect(screen.getByRole('heading', { name: 'Assumptions: My scenario' })).toBeInTheDocument();
    expect(compareBox('My scenario')).toBeChecked();
    for (const columns of tableColumns()) expect(columns).toContain('My scenario');
  });

  it('rename: the rename button opens the name for typing, Enter keeps it', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Rename: My scenario' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Bull case{Enter}');

    expect(scenarioNames()).toEqual([...DEFAULTS, 'Bull case']);
    expect(screen.getByRole('heading', { name: 'Assumptions: Bull case' })).toBeInTheDocument();
    for (const columns of tableColumns()) expect(columns).toContain('Bull case');
  });

  it('rename: Escape leaves the name as it was', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Rename: My scenario' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' 2{Escape}');
    expect(scenarioNames()).toEqual([...DEFAULTS, 'My scenario']);
  });

  it('the description typed for the scenario in focus shows on its entry in the list', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.type(screen.getByRole('textbox', { name: 'Description: My scenario' }), 'Video doubles every year');
    expect(within(scenarioRow('My scenario')).getByRole('button', { name: 'My scenario' })).toHaveAttribute('title', 'Video doubles every year');
  });

  it('delete removes the scenario from the list and the tables, and the focus goes back to the base case', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Delete: My scenario' }));
    expect(scenarioNames()).toEqual(DEFAULTS);
    for (const columns of tableColumns()) expect(columns).toEqual(DEFAULTS);
    expect(screen.getByRole('heading', { name: 'Assumptions: Report base case' })).toBeInTheDocument();
  });

  it('the base case cannot be renamed or deleted, only duplicated', () => {
    renderApp();
    const base = scenarioRow('Report base case');
    expect(within(base).queryByRole('button', { name: /^Rename/ })).not.toBeInTheDocument();
    expect(within(base).queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
    expect(within(base).getByRole('button', { name: 'Duplicate: Report base case' })).toBeInTheDocument();
  });

  it('the compare box takes a scenario out of every table and puts it back', async () => {
    const { user } = renderApp();
    await user.click(compareBox('Users: low end of range'));
    expect(compareBox('Users: low end of range')).not.toBeChecked();
    for (const columns of tableColumns()) expect(columns).not.toContain('Users: low end of range');

    await user.click(compareBox('Users: low end of range'));
    for (const columns of tableColumns()) expect(columns).toEqual(DEFAULTS);
  });

  it('with 10 scenarios compared, the boxes of the others are disabled until one leaves the comparison', async () => {
    const { user } = renderApp();
    for (let i = 0; i < 6; i++) await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    const boxes = screen.getAllByRole('checkbox', { name: /^Compare:/ });
    expect(boxes).toHaveLength(11);
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(10);

    const eleventh = compareBox('My scenario (6)');
    expect(eleventh).not.toBeChecked();
    expect(eleventh).toBeDisabled();
    for (const box of boxes.filter((b) => (b as HTMLInputElement).checked)) expect(box).toBeEnabled();
    for (const columns of tableColumns()) expect(columns).toHaveLength(10);

    await user.click(compareBox('My scenario'));
    expect(eleventh).toBeEnabled();
  });
});
