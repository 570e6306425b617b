export { dragSession, useDragSession, usePreview, useSliderDrag, type DragSession } from './session';
export type { PreviewDrawer } from './drag-preview';
export { usePreviewCanvas, type DrawnChart } from './use-preview-canvas';
