import { useEffect } from 'react';
import type { AppStore, Draft } from '../../state';
import { useAppDraft, useStoreApi } from '../shared';
import { previewSession, type PreviewSession } from './drag-preview';
import { sliderEvents, type SliderEvents } from './slider-drag';

/**
 * What a store's drags need beyond the store's own draft and `dragging`: the charts that draw a
 * move outside React, the timer that stores it, the window's listeners. One per store, made when
 * first asked for: a page (or a test) with a new store starts with nothing left of another's drags.
 */
export interface DragSession extends PreviewSession, SliderEvents {}

const sessions = new WeakMap<AppStore, DragSession>();

export function dragSession(store: AppStore): DragSession {
  let session = sessions.get(store);
  if (!session) {
    const preview = previewSession(store);
    session = { ...preview, ...sliderEvents(store, preview) };
    sessions.set(store, session);
  }
  return session;
}

/** The drag session of the app's store. */
export const useDragSession = (): DragSession => dragSession(useStoreApi());

/**
 * The draft of one series for React to draw: when a slider of it is ahead of the store and its
 * chart did not draw it itself. Other series see none and do not re-render.
 */
export function usePreview(seriesId: string): Draft | undefined {
  return useAppDraft((s) => (s.draft?.seriesId === seriesId && !s.draft.drawn ? s.draft : undefined));
}

/** True while the pointer drags a slider (listening at the window while the caller is mounted). */
export function useSliderDrag(): boolean {
  const session = useDragSession();
  useEffect(() => session.listen(), [session]);
  return useAppDraft((s) => s.dragging);
}
