import './styles.css';
import './print.css';

export { App } from './App';
export { listenToOtherTabs, type TabSync } from './tab-sync';
