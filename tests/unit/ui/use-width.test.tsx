import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWidth } from '../../../src/ui/shared';

/** A ResizeObserver that reports only when the test says so (the browser reports after each layout). */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly observed: Element[] = [];
  constructor(readonly callback: ResizeObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  unobserve() {}
  disconnect() {
    this.observed.length = 0;
  }
  /** The browser's report once the page is laid out: `width` CSS px of content. */
  report(width: number) {
    const entries = this.observed.map((target) => ({ target, contentRect: { width } }) as unknown as ResizeObserverEntry);
    this.callback(entries, this as unknown as ResizeObserver);
  }
}

function Measured({ initial }: { initial?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 640, initial);
  return (
    <div ref={box} data-testid="box">
      {width}
    </div>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  FakeObserver.all = [];
});

describe('useWidth', () => {
  it('takes the width from the observer, never by reading layout while React commits (one forced layout per chart, 23 at the limit)', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const reads = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get');
    const { container } = render(
      <>
        <Measured initial={800} />
        <Measured initial={800} />
      </>,
    );
    const widths = () => [...container.querySelectorAll('[data-testid="box"]')].map((node) => node.textContent);
    // Until the browser has laid the page out, the width the page was drawn at (the prerendered page's 800 px).
    expect(widths()).toEqual(['800', '800']);
    expect(reads).not.toHaveBeenCalled();
    // The first report (contentRect 735.6 px, rounded): shown at once, before the browser paints, with no act().
    for (const observer of FakeObserver.all) observer.report(735.6);
    expect(widths()).toEqual(['736', '736']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('keeps its width when the element is not laid out (a report of 0 px: hidden, or skipped off screen)', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const { getByTestId } = render(<Measured initial={800} />);
    FakeObserver.all[0]!.report(0);
    expect(getByTestId('box').textContent).toBe('800');
  });

  it('has a width to draw at before any report, the fallback unless told (a tornado skipped off screen still prints), and stops observing when unmounted', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const { unmount, getByTestId } = render(<Measured />);
    expect(getByTestId('box').textContent).toBe('640');
    expect(FakeObserver.all[0]!.observed).toHaveLength(1);
    unmount();
    expect(FakeObserver.all[0]!.observed).toHaveLength(0);
  });

  it('without ResizeObserver (no layout engine), reads the width once, and falls back when it is 0', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { getByTestId } = render(<Measured />);
    // jsdom lays nothing out: clientWidth is 0, so the fallback (640) stands.
    expect(getByTestId('box').textContent).toBe('640');
  });
});
