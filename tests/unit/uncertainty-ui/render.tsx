import { StrictMode, type ReactElement } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportData } from '../../../src/io/report-fixture';
import { createAppStore, type AppStore } from '../../../src/state';
import { AppProvider } from '../../../src/ui/shared/app-context';

export const VIDEO = 't2v-revenue-global';

/** A store that keeps nothing, in the language a test reads. */
export const newStore = (lang: 'en' | 'zh' = 'en'): AppStore => createAppStore({ series: reportData().series, lang });

/** Renders inside the app's provider, in StrictMode as main.tsx does. */
export function renderWith(ui: ReactElement, store: AppStore = newStore()) {
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <AppProvider store={store} report={reportData()}>
        {ui}
      </AppProvider>
    </StrictMode>,
  );
  return { ...view, store, user };
}

/** The text box of an assumption field (`field-t2v-revenue-global-rateAfter`). */
export const fieldBox = (testId: string): HTMLInputElement => within(screen.getByTestId(testId)).getByRole('textbox');
