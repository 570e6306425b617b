import type { AppStore } from '../../state';
import type { PreviewSession } from './drag-preview';

/**
 * The page's listeners for one store's sliders: whether a slider is being dragged (the store's
 * `dragging`, from a pointer going down on a range input until it comes up; charts hold their axes
 * still meanwhile, see ChartView), and the sliders whose events are taken at the window.
 */
export interface SliderEvents {
  /** Listens at the window while anyone needs it (a slider, a chart); returns the release. */
  listen(): () => void;
  /**
   * Hands a slider's `input` and `change` events to `take` from a capture listener on the window, and
   * stops them there: React's root and the slider itself never hear them (a drag sends one every
   * frame); window capture listeners added earlier still do. Returns the removal.
   */
  take(slider: HTMLInputElement, take: (event: Event) => void): () => void;
}

const isSlider = (target: EventTarget | null) => target instanceof HTMLInputElement && target.type === 'range';

export function sliderEvents(store: AppStore, preview: PreviewSession): SliderEvents {
  /** The sliders whose `input` and `change` events are taken at the window. */
  const takers = new WeakMap<EventTarget, (event: Event) => void>();
  const dragging = () => store.getState().dragging;
  const set = (next: boolean) => store.getState().setDragging(next);

  const onPointerDown = (e: PointerEvent) => {
    // A move made with the keyboard is stored before the pointer does anything else (an export, a
    // share link), as it is when the focus leaves the slider.
    const onSlider = isSlider(e.target);
    if (!onSlider) preview.flushFirst();
    // Only the main button drags (a right click on a slider opens a menu and may never come up here).
    set(onSlider && e.button === 0);
  };
  // After the event: the focus may leave because React is removing the slider, mid-commit.
  const onFocusOut = (e: FocusEvent) => {
    if (isSlider(e.target)) queueMicrotask(preview.flush);
  };
  // While a slider is dragged, the pointer's moves are the slider's alone: they stop at the window,
  // before React's root, which would otherwise walk the tree for each of them (a hover handler to
  // find, a millisecond of a throttled frame, twice, pointermove and mousemove) and hover a chart
  // the hand merely crosses. So does the selectionchange each move's text written into the field's
  // box sends (React's select polyfill would look at it, between frames). The browser still moves
  // the slider (its default action), and capture listeners on the window still see them.
  // The drag's last move is stored before the axes let go, so they fit the lines with it.
  const end = () => {
    if (dragging()) preview.flushFirst();
    set(false);
  };
  const hold = (e: Event) => {
    if (!dragging()) return;
    // A move with no button down: the drag ended where the page did not hear it (outside the window).
    if (e instanceof MouseEvent && e.buttons === 0) return end();
    e.stopPropagation();
  };
  // A slider's own values go to its taker from here and no further: React's root would run its
  // event system for each of them (a tree walk and a flush, for no handler) before the slider heard it.
  const taken = (e: Event) => {
    const take = e.target ? takers.get(e.target) : undefined;
    if (!take) return;
    e.stopPropagation();
    take(e);
  };
  const listeners: Record<string, (e: never) => void> = {
    pointerdown: onPointerDown,
    focusout: onFocusOut,
    pointermove: hold,
    mousemove: hold,
    selectionchange: hold,
    input: taken,
    change: taken,
    pointerup: end,
    pointercancel: end,
    blur: end,
    // A page being left (tab closed, app switched) stores what was shown, before the saved state is
    // written (the event comes up from the document; the storage listens on the window, after this).
    visibilitychange: () => {
      if (document.visibilityState === 'hidden') preview.flush();
    },
  };
  const each = (how: 'addEventListener' | 'removeEventListener') => {
    for (const type in listeners) window[how](type, listeners[type] as EventListener, true);
  };

  let users = 0;
  const listen = () => {
    if (!users++) each('addEventListener');
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--users) return;
      // No one listens for its end any more: no drag goes on.
      set(false);
      each('removeEventListener');
    };
  };

  return {
    listen,
    take: (slider, take) => {
      const release = listen();
      takers.set(slider, take);
      return () => {
        if (takers.get(slider) === take) takers.delete(slider);
        release();
      };
    },
  };
}
