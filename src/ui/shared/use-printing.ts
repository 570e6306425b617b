import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// Whether the page is being printed (or saved as PDF): what the page draws with script, not with CSS,
// changes for paper (a dark chart prints light). Chrome fires beforeprint before it lays the page out
// for paper, so the change is rendered at once (flushSync); matchMedia('print') covers print emulation.
let printing = false;
const listeners = new Set<() => void>();

function set(next: boolean, sync: boolean) {
  if (next === printing) return;
  printing = next;
  const notify = () => listeners.forEach((listener) => listener());
  if (sync) flushSync(notify);
  else notify();
}

const before = () => set(true, true);
const after = () => set(false, false);
const changed = (event: MediaQueryListEvent) => set(event.matches, false);

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    const query = window.matchMedia?.('print');
    query?.addEventListener?.('change', changed);
    printing = query?.matches ?? false;
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0 || typeof window === 'undefined') return;
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    window.matchMedia?.('print')?.removeEventListener?.('change', changed);
  };
}

/** True while the page is printed or saved as PDF, or emulates print media. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
