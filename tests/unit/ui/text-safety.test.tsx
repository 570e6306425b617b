import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/en';
import { APP_TIMEOUT, renderApp, scenarioNames } from './render-app';

// The import door refuses markup in names and descriptions (io/text-safety); the app refuses the same
// when they are typed, so every scenario a user makes can be exported and read back.
describe('names and descriptions that could not travel in a file', APP_TIMEOUT, () => {
  it('a name holding a tag is explained and not taken; the old name stays', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Rename: My scenario' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Bull <b>case</b>{Enter}');
    expect(screen.getByText(en.scenarios.textProblem)).toHaveAttribute('role', 'alert');
    expect(store.getState().doc.scenarios.map((s) => s.name)).toContain('My scenario');
    await user.type(name, '{Escape}');
    expect(scenarioNames()).toContain('My scenario');
  });

  it('a less-than sign or an ampersand that is not markup is a fine name', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    await user.click(screen.getByRole('button', { name: 'Rename: My scenario' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Growth <50% & R&D{Enter}');
    expect(scenarioNames()).toContain('Growth <50% & R&D');
  });

  it('a description holding an entity is explained and the saved description stays as it was', async () => {
    const { user, store } = renderApp();
    await user.click(screen.getByRole('button', { name: '+ New scenario' }));
    const box = screen.getByRole('textbox', { name: 'Description: My scenario' });
    await user.type(box, 'ok');
    await user.type(box, ' &lt;');
    expect(screen.getByText(en.scenarios.textProblem)).toHaveAttribute('role', 'alert');
    const focus = store.getState().doc.scenarios.find((s) => s.id === store.getState().doc.focusId)!;
    expect(focus.description).toBe('ok &lt');
  });
});
