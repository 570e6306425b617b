import { StrictMode, type ReactElement } from 'react';
import { render, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { reportData } from '../../../src/io/report-fixture';
import { createSafeStorage } from '../../../src/io/saved-state';
import type { Lang } from '../../../src/model';
import { createAppStore, type AppStore } from '../../../src/state';
import { App } from '../../../src/ui/app/App';
import { AppProvider } from '../../../src/ui/shared/app-context';
import { createPageStore, type PageStore } from '../../../src/ui/shared/page-store';

export interface AppOptions {
  /** The language the app starts in; English unless a test is about Chinese. */
  readonly lang?: Lang;
  /** Where saved work lives, as main.tsx hands over `() => window.localStorage`; without it nothing is kept. */
  readonly getStorage?: () => Storage;
  /** How long a change waits before it is written; main.tsx lets a drag rest for 300 ms. */
  readonly saveDelayMs?: number;
}

/**
 * The store wired exactly as main.tsx wires it: the storage reports save status and recovery to
 * the store it serves, through a holder bound once createAppStore has returned.
 */
export function buildStore({ lang = 'en', getStorage, saveDelayMs = 300 }: AppOptions = {}): AppStore {
  const series = reportData().series;
  if (!getStorage) return createAppStore({ series, lang });
  const holder: { store?: AppStore } = {};
  const tell = (act: (store: AppStore) => void) =>
    holder.store ? act(holder.store) : queueMicrotask(() => holder.store && act(holder.store));
  const storage = createSafeStorage(
    getStorage,
    {
      onStatus: (status) => tell((store) => store.getState().setSaveStatus(status)),
      onRecovery: (recovery) => tell((store) => store.getState().setRecovery(recovery)),
    },
    { delayMs: saveDelayMs, lifecycle: window },
  );
  const store = createAppStore({ series, lang, storage });
  holder.store = store;
  return store;
}

export interface Rendered extends Omit<RenderResult, 'rerender'> {
  readonly store: AppStore;
  /** The page's store (notices, a pending import, a waiting update), new for each render as in main.tsx. */
  readonly page: PageStore;
  readonly user: UserEvent;
  /** Renders new props into the same tree, still inside the provider. */
  readonly rerender: (ui: ReactElement) => void;
}

/** Renders `ui` inside the app's provider (in StrictMode, as main.tsx does), with a user to drive it. */
export function renderInApp(ui: ReactElement, options: AppOptions & { store?: AppStore } = {}): Rendered {
  const store = options.store ?? buildStore(options);
  const page = createPageStore();
  const user = userEvent.setup();
  const inApp = (element: ReactElement) => (
    <StrictMode>
      <AppProvider store={store} report={reportData()} page={page}>
        {element}
      </AppProvider>
    </StrictMode>
  );
  const view = render(inApp(ui));
  return { ...view, store, page, user, rerender: (next) => view.rerender(inApp(next)) };
}

/** The whole calculator, as a visitor's browser opens it. */
export const renderApp = (options: AppOptions & { store?: AppStore } = {}): Rendered => renderInApp(<App />, options);

/** The whole app renders every chart, table and panel on each change: in jsdom that takes seconds, more on a busy machine. */
export const APP_TIMEOUT = { timeout: 30_000 };

// The charted series of the report.
export { VIDEO } from '../state/app-store';
export const MARKET = 't2i-market-cn';
export const USERS = 't2i-users-cn';

/** The scenario list's row of the scenario with this name. */
export function scenarioRow(name: string): HTMLElement {
  const row = screen.getAllByTestId('scenario-row').find((r) => rowName(r) === name);
  if (!row) throw new Error(`no scenario named "${name}" in ${JSON.stringify(scenarioNames())}`);
  return row;
}

/** Names in the scenario list, in order. */
export const scenarioNames = (): string[] => screen.getAllByTestId('scenario-row').map(rowName);

// The name button holds the name, then the read-only badge when there is one.
const rowName = (row: HTMLElement): string => row.querySelector('.scenario__name')?.firstChild?.textContent ?? '';

/** The id of the scenario with this name, as its row carries it. */
export const scenarioId = (name: string): string => scenarioRow(name).dataset.scenarioId!;

/** The table cell of one scenario in one year of one series, or null when the scenario is not in the table. */
export function cell(seriesId: string, year: number, id: string): HTMLElement | null {
  return screen.getByTestId(`chart-panel-${seriesId}`).querySelector<HTMLElement>(`td[data-year="${year}"][data-scenario="${id}"]`);
}

/**
 * The table cell once the panel's table has caught up with the last change: the table follows the
 * chart in a background render (ChartPanel's deferred entries) and the panel is aria-busy until then.
 */
export async function settledCell(seriesId: string, year: number, id: string): Promise<HTMLElement | null> {
  await waitFor(() => expect(screen.getByTestId(`chart-panel-${seriesId}`)).not.toHaveAttribute('aria-busy'));
  return cell(seriesId, year, id);
}

/** The text box of an assumption field (`field-t2v-revenue-global-cagr`). */
export const fieldBox = (testId: string): HTMLInputElement => within(screen.getByTestId(testId)).getByRole('textbox');

/** Replaces what a text box holds by typing, keystroke by keystroke, as a person does. */
export async function retype(user: UserEvent, box: HTMLElement, text: string): Promise<void> {
  await user.clear(box);
  // Typed text is a draft until Enter or leaving the field commits it (issue 13).
  await user.type(box, `${text}{Enter}`);
}
