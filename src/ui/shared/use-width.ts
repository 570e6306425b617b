import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of an element in pixels, following resizes (`initial` until it is laid out, 0 unless
 * given; a fallback where there is no layout). A page drawn before its script runs (prerendered) is
 * drawn at `initial`, and the page's first render on the client uses it too, so both agree.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 640, initial = 0): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.round(entries[0]?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
