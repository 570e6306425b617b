import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * The width of an element in pixels, following resizes (`initial` until it is laid out, the fallback
 * unless given; the fallback where there is no layout). A page drawn before its script runs
 * (prerendered) is drawn at `initial`, and the page's first render on the client uses it too, so both
 * agree. There is always a width to draw at: an element skipped off screen may not be laid out before
 * it is printed.
 *
 * The width comes from the ResizeObserver's reports, which the browser makes once it has laid the page
 * out and before it paints; each is rendered at once (flushSync), so no frame shows the chart at its
 * old width. The element's `clientWidth` is not read while React commits: that read forces a layout
 * of the page, and when many charts mount in one commit (23 at issue 19's limit, as saved work comes
 * in) each chart's drawing undoes the layout the next one's read forced: a quarter of such a load's
 * main-thread time. An element not laid out (hidden, or skipped off screen by content-visibility)
 * reports 0 px and keeps the width it has until it is laid out.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 640, initial = fallback): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // No layout engine to report (jsdom): the element's width as it stands, or the fallback.
    if (typeof ResizeObserver === 'undefined') return void setWidth(element.clientWidth || fallback);
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      if (next > 0) flushSync(() => setWidth(next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
