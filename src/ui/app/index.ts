import './styles.css';
import './print.css';

export { App } from './App';
// The tab sync (tab-sync.ts) is loaded with the saved-work reader, which it cannot act without (main.tsx).
export type { TabSync } from './tab-sync';
