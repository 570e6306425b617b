export { flushPreviewFirst, pendingModel, redrawPreview, registerPreviewDrawer, showPreview, usePreview } from './drag-preview';
export { takeSliderEvents, useSliderDrag } from './slider-drag';
export type { PreviewEvents } from './preview-canvas';
/** The canvas preview's module, loaded on demand (ChartView imports it when a chart first draws). */
export type PreviewCanvasModule = typeof import('./preview-canvas');
