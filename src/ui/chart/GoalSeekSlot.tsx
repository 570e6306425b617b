import { lazy, Suspense, useId, useRef, useState, type ComponentProps } from 'react';
import { useT } from '../shared';
import type { GoalTarget } from './GoalSeek';

// Goal seek (its solver, start list and answers) loads when a reader first opens it, not with the page.
const load = () => import('./GoalSeek');
const GoalSeek = lazy(() => load().then((m) => ({ default: m.GoalSeek })));

type Props = ComponentProps<typeof GoalSeek>;

/**
 * "Goal seek ▸": a disclosure, closed by default. Once opened its body stays mounted (hidden while
 * closed), so a typed target and year are kept; the target is drawn on the chart only while it is open.
 */
export function GoalSeekSlot({ onTarget, ...props }: Props) {
  const t = useT();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const last = useRef<GoalTarget | undefined>(undefined);
  const toggle = () => {
    setOpen(!open);
    setOpened(true);
    onTarget(open ? undefined : last.current);
  };
  const follow = (target: GoalTarget | undefined) => {
    last.current = target;
    // Drawn only while open (a target can change while closed: one typed in RMB, when the rate changes).
    if (open) onTarget(target);
  };
  return (
    <div className="goal-seek">
      <h4>
        <button
          type="button"
          className="button button--quiet goal-seek__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={toggle}
          // A pointer on its way to the button, or a keyboard on it, starts the load: the body is usually in by the click.
          onPointerEnter={() => void load().catch(() => undefined)}
          onFocus={() => void load().catch(() => undefined)}
          data-testid={`goal-toggle-${props.series.id}`}
        >
          {t.goal.title} <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
      </h4>
      <div id={bodyId} hidden={!open}>
        {opened && (
          <Suspense fallback={<div className="goal-seek__inputs goal-seek__loading" aria-busy="true" />}>
            <GoalSeek {...props} onTarget={follow} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
