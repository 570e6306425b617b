import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, renderApp, scenarioNames } from './render-app';

const undoButton = () => screen.getByRole('button', { name: '↶ Undo' });
const redoButton = () => screen.getByRole('button', { name: '↷ Redo' });
const lastName = () => scenarioNames().at(-1);

/** Adds "My scenario" and renames it "Bull case", leaving the keyboard focus on the page itself. */
async function addAndRename(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: '+ New scenario' }));
  await user.click(screen.getByRole('button', { name: 'Rename: My scenario' }));
  const name = screen.getByRole('textbox', { name: 'Name' });
  await user.clear(name);
  await user.type(name, 'Bull case{Enter}');
  (document.activeElement as HTMLElement | null)?.blur();
  expect(document.activeElement).toBe(document.body);
}

describe('undo and redo', APP_TIMEOUT, () => {
  it('on a first visit there is nothing to undo or redo: both buttons are disabled', () => {
    renderApp();
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toBeDisabled();
  });

  it('Ctrl+Z undoes a rename and Ctrl+Shift+Z redoes it', async () => {
    const { user } = renderApp();
    await addAndRename(user);
    expect(lastName()).toBe('Bull case');

    await user.keyboard('{Control>}z{/Control}');
    expect(lastName()).toBe('My scenario');
    expect(redoButton()).toBeEnabled();

    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    expect(lastName()).toBe('Bull case');
    expect(redoButton()).toBeDisabled();
  });

  it('Ctrl+Z inside a modal dialog (the series form\'s unit list) leaves the page behind it alone', async () => {
    const { user } = renderApp();
    await addAndRename(user);
    await user.click(screen.getByTestId('series-open'));
    const dialog = await screen.findByTestId('series-dialog', {}, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: '+ Add a series' }));
    screen.getByTestId('series-unit').focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(lastName()).toBe('Bull case');
    expect(screen.getByTestId('series-form')).toBeInTheDocument();
    await user.keyboard('{Control>}y{/Control}');
    expect(redoButton()).toBeDisabled();
  });

  it('Ctrl+Y redoes too', async () => {
    const { user } = renderApp();
    await addAndRename(user);
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}y{/Control}');
    expect(lastName()).toBe('Bull case');
  });

  it('the toolbar buttons walk back to the first visit and forward again, each disabled at its end', async () => {
    const { user } = renderApp();
    await addAndRename(user);
    expect(undoButton()).toBeEnabled();
    expect(redoButton()).toBeDisabled();

    await user.click(undoButton());
    expect(lastName()).toBe('My scenario');
    await user.click(undoButton());
    expect(scenarioNames()).not.toContain('My scenario');
    expect(undoButton()).toBeDisabled();
    expect(redoButton()).toBeEnabled();

    await user.click(redoButton());
    await user.click(redoButton());
    expect(lastName()).toBe('Bull case');
    expect(redoButton()).toBeDisabled();
  });

  it('Ctrl+Z inside a text box is left to the text box', async () => {
    const { user } = renderApp();
    await addAndRename(user);
    await user.click(screen.getByRole('textbox', { name: 'Description: Bull case' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(lastName()).toBe('Bull case');
  });
});
