import { act, screen, within } from '@testing-library/react';
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

  it('rename: Escape and Enter give the focus back to the rename button, not to the page', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Rename: My scenario' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' 2{Escape}');
    expect(screen.getByRole('button', { name: 'Rename: My scenario' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' 2{Enter}');
    expect(screen.getByRole('button', { name: 'Rename: My scenario 2' })).toHaveFocus();
  });

  it('rename: the name of another scenario is refused with a message, so no two columns or legend entries read alike', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Rename: My scenario' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, ' Report base case {Enter}');
    expect(within(name.closest('li')!).getByRole('alert')).toHaveTextContent('Another scenario is already called “Report base case”: choose another name.');
    expect(name).toHaveAccessibleDescription('Another scenario is already called “Report base case”: choose another name.');
    expect(store.getState().doc.scenarios.filter((s) => s.name === 'Report base case')).toHaveLength(1);
    // Leaving the field keeps what was typed and the message, so it can be mended.
    await user.click(screen.getByRole('heading', { name: 'Scenarios' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue(' Report base case ');
    expect(store.getState().doc.scenarios.map((s) => s.name)).toEqual([...DEFAULTS, 'My scenario']);
    // The store refuses it too, whoever asks.
    store.getState().renameScenario(store.getState().doc.focusId, 'Report base case');
    expect(store.getState().doc.scenarios.filter((s) => s.name === 'Report base case')).toHaveLength(1);
  });

  it('rename: a name already shared with another (as a language switch may leave it) can be left as it is', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    // Two alike, as a switch of language can make them (the app's names follow it): not made by a rename.
    const id = store.getState().doc.focusId;
    act(() => store.getState().commit((doc) => ({ ...doc, scenarios: doc.scenarios.map((s) => (s.id === id ? { ...s, name: 'Report base case' } : s)) })));
    const [rename] = screen.getAllByRole('button', { name: 'Rename: Report base case' });
    await user.click(rename!);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
  });

  it('rename: an empty name is told, not silently dropped', async () => {
    const { user } = renderApp({ lang: 'zh' });
    await user.click(screen.getByRole('button', { name: '+ 新建情景' }));
    const [row] = screen.getAllByRole('button', { name: /^重命名：/ }).slice(-1);
    await user.click(row!);
    const name = screen.getByRole('textbox', { name: '名称' });
    await user.clear(name);
    await user.type(name, '   {Enter}');
    expect(screen.getByText('情景需要一个名称。')).toHaveAttribute('role', 'alert');
  });

  it('a scenario in focus that is not compared says so above its assumptions, whether or not there is room to compare it', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(compareBox('My scenario'));
    const assumptions = screen.getByRole('region', { name: 'Assumptions: My scenario' });
    expect(within(assumptions).getByRole('status')).toHaveTextContent('This scenario is not on the charts, tables or exports.');
    await user.click(within(assumptions).getByRole('button', { name: 'Compare it' }));
    expect(store.getState().doc.compared).toContain(store.getState().doc.focusId);
    expect(within(assumptions).queryByRole('status')).not.toBeInTheDocument();
    // Ten compared: the eleventh is made in focus but cannot be compared until one is unticked.
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    expect(store.getState().doc.compared).toHaveLength(10);
    const last = screen.getByRole('region', { name: /^Assumptions: / });
    expect(within(last).getByRole('status')).toHaveTextContent('10 scenarios are compared already: untick one in the list to show this one.');
    expect(within(last).queryByRole('button', { name: 'Compare it' })).not.toBeInTheDocument();
  });

  it('the description typed for the scenario in focus shows on its entry in the list, under its whole name (found by use: a long name cut in the list had only the description to hover)', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.type(screen.getByRole('textbox', { name: 'Description: My scenario' }), 'Video doubles every year');
    expect(within(scenarioRow('My scenario')).getByRole('button', { name: 'My scenario' })).toHaveAttribute('title', 'My scenario\nVideo doubles every year');
  });

  it('delete removes the scenario from the list and the tables, and the focus goes back to the base case', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Delete: My scenario' }));
    expect(scenarioNames()).toEqual(DEFAULTS);
    for (const columns of tableColumns()) expect(columns).toEqual(DEFAULTS);
    expect(screen.getByRole('heading', { name: 'Assumptions: Report base case' })).toBeInTheDocument();
  });

  it('a deleted scenario is named beside the list with an Undo that brings it back, until anything else changes (found by use on a phone: one tap 2 px from Duplicate deleted it, the page’s Undo far above)', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Delete: My scenario' }));
    const note = (await screen.findByText('Deleted “My scenario”.', { exact: false })).closest('p')!;
    await user.click(within(note).getByRole('button', { name: 'Undo' }));
    expect(scenarioNames()).toEqual([...DEFAULTS, 'My scenario']);
    expect(screen.queryByText('Deleted “My scenario”.', { exact: false })).toBeNull();
    // Deleted again, then something else changes: the note goes, so its Undo never takes back that other change.
    await user.click(screen.getByRole('button', { name: 'Delete: My scenario' }));
    await screen.findByText('Deleted “My scenario”.', { exact: false });
    act(() => void store.getState().createScenario('Another'));
    expect(screen.queryByText('Deleted “My scenario”.', { exact: false })).toBeNull();
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
