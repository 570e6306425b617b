import { useSyncExternalStore } from 'react';
import { flushPreview, flushPreviewFirst } from './drag-preview';

// Whether a slider is being dragged anywhere on the page: from a pointer going down on a range
// input until it comes up. Charts hold their axes still meanwhile (see ChartView).
let dragging = false;
const listeners = new Set<() => void>();
let installed = false;
/** The sliders whose `input` and `change` events are taken at the window (takeSliderEvents). */
const takers = new WeakMap<EventTarget, (event: Event) => void>();

function set(next: boolean): void {
  if (next === dragging) return;
  dragging = next;
  listeners.forEach((listener) => listener());
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const isSlider = (target: EventTarget | null) => target instanceof HTMLInputElement && target.type === 'range';
  window.addEventListener(
    'pointerdown',
    (e) => {
      // A move made with the keyboard is stored before the pointer does anything else (an export, a
      // share link), as it is when the focus leaves the slider.
      const onSlider = isSlider(e.target);
      if (!onSlider) flushPreviewFirst();
      // Only the main button drags (a right click on a slider opens a menu and may never come up here).
      set(onSlider && e.button === 0);
    },
    true,
  );
  window.addEventListener(
    'focusout',
    (e) => {
      // After the event: the focus may leave because React is removing the slider, mid-commit.
      if (isSlider(e.target)) queueMicrotask(flushPreview);
    },
    true,
  );
  // While a slider is dragged, the pointer's moves are the slider's alone: they stop at the window,
  // before React's root, which would otherwise walk the tree for each of them (a hover handler to
  // find, a millisecond of a throttled frame, twice, pointermove and mousemove) and hover a chart
  // the hand merely crosses. So does the selectionchange each move's text written into the field's
  // box sends (React's select polyfill would look at it, between frames). The browser still moves
  // the slider (its default action), and capture listeners on the window still see them.
  // The drag's last move is stored before the axes let go, so they fit the lines with it.
  const end = () => {
    if (dragging) flushPreviewFirst();
    set(false);
  };
  const hold = (e: Event) => {
    if (!dragging) return;
    // A move with no button down: the drag ended where the page did not hear it (outside the window).
    if (e instanceof MouseEvent && e.buttons === 0) return end();
    e.stopPropagation();
  };
  for (const type of ['pointermove', 'mousemove', 'selectionchange'] as const) window.addEventListener(type, hold, true);
  // A slider's own values go to its taker from here and no further: React's root would run its
  // event system for each of them (a tree walk and a flush, for no handler) before the slider heard it.
  const taken = (e: Event) => {
    const take = e.target ? takers.get(e.target) : undefined;
    if (!take) return;
    e.stopPropagation();
    take(e);
  };
  for (const type of ['input', 'change'] as const) window.addEventListener(type, taken, true);
  for (const type of ['pointerup', 'pointercancel', 'blur'] as const) window.addEventListener(type, end, true);
}

/**
 * Hands a slider's `input` and `change` events to `take` from a capture listener on the window, and
 * stops them there: React's root and the slider itself never hear them (a drag sends one every
 * frame); window capture listeners added earlier still do. Returns the removal.
 */
export function takeSliderEvents(slider: HTMLInputElement, take: (event: Event) => void): () => void {
  install();
  takers.set(slider, take);
  return () => {
    if (takers.get(slider) === take) takers.delete(slider);
  };
}

function subscribe(listener: () => void): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the pointer drags a slider. */
export function useSliderDrag(): boolean {
  return useSyncExternalStore(subscribe, () => dragging, () => false);
}
