export { flushPreviewFirst, pendingModel, redrawPreview, showPreview, usePreview } from './drag-preview';
export { takeSliderEvents, useSliderDrag } from './slider-drag';
export { usePreviewCanvas, type DrawnChart } from './use-preview-canvas';
