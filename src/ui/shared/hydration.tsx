import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';

/**
 * The parts of a prerendered page that hydrate later than the rest, each when its lazy chunk is in
 * (the audit, the tables). React keeps their drawn markup until then, but an update reaching a part
 * still waiting would draw it anew on the client, not hydrate it: so the saved work is read (main.tsx)
 * only once every part has said it is hydrated.
 */
type MarkHydrated = (part: string) => void;
const HydrationContext = createContext<MarkHydrated | undefined>(undefined);

/** Calls `done` once each of `parts` has been marked hydrated (once, whatever StrictMode repeats). */
export function HydrationGate({ parts, done, children }: { parts: readonly string[]; done: (() => void) | undefined; children: ReactNode }) {
  const key = parts.join('\n');
  const mark = useMemo(() => {
    if (!done) return undefined;
    const waiting = new Set(key.split('\n'));
    return (part: string) => {
      if (!waiting.delete(part) || waiting.size > 0) return;
      done();
    };
  }, [key, done]);
  return <HydrationContext.Provider value={mark}>{children}</HydrationContext.Provider>;
}

/** Draws nothing; marks `part` hydrated once everything before it in its Suspense boundary is on the page. */
export function Hydrated({ part }: { part: string }) {
  const mark = useContext(HydrationContext);
  useEffect(() => {
    mark?.(part);
  }, [mark, part]);
  return null;
}
