import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { reportData } from './io/report-fixture';
import { createSafeStorage } from './io/saved-state';
import { createAppStore, type AppStore } from './state';
import { AppProvider } from './ui/app-context';
import { App } from './ui/App';
import { browserLang } from './ui/i18n';
import './ui/styles.css';

const report = reportData();
// The storage reports to the store it serves, which exists only once the storage has been made.
const holder: { store?: AppStore } = {};
const tell = (act: (store: AppStore) => void) =>
  holder.store ? act(holder.store) : queueMicrotask(() => holder.store && act(holder.store));
const storage = createSafeStorage(() => window.localStorage, {
  onStatus: (status) => tell((store) => store.getState().setSaveStatus(status)),
  onRecovery: (recovery) => tell((store) => store.getState().setRecovery(recovery)),
});
const store = createAppStore({ series: report.series, lang: browserLang(navigator.languages), storage });
holder.store = store;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider store={store} report={report}>
      <App />
    </AppProvider>
  </StrictMode>,
);
