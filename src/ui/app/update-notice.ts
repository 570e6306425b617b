import { useSyncExternalStore } from 'react';

// A new build of the app, installed by the service worker and waiting (service-worker.ts): the page
// says so and reloads only when the reader chooses to, never by itself in the middle of their work.
let apply: (() => void) | undefined;
const listeners = new Set<() => void>();

/** Tells the page a new version is waiting; `reload` switches to it and reloads the page. */
export function announceUpdate(reload: () => void): void {
  apply = reload;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The switch to a waiting new version, or undefined while there is none (always, on the server). */
export function useWaitingUpdate(): (() => void) | undefined {
  return useSyncExternalStore(
    subscribe,
    () => apply,
    () => undefined,
  );
}
