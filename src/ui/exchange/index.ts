// The exchange feature's doors for the page: each loads its heavy part (menus, exporters, readers) on first use.
// The embed page (EmbedApp) is opened by main.tsx with import().
export { ChartExportMenu } from './ChartExportMenu';
export { ExchangeNotices } from './ExchangeNotices';
export { ImportButton } from './ImportButton';
export { PresentButton } from './PresentButton';
