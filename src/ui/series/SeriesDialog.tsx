import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { toUserSeries } from '../../io/user-series';
import { seriesActions } from '../../state/series-actions';
import { useStoreApi } from '../shared';
import { dialogKeys } from './dialog-keys';
import { SeriesEditor } from './SeriesEditor';
import { SeriesList } from './SeriesList';
import { useSeriesText } from './use-series-text';
import './series.css';

/**
 * The series of the page in a modal dialog: the list (show or hide any, edit or delete one's own) or
 * the form for one series. Focus moves in, Tab stays in, Escape closes (or leaves the form), and focus
 * goes back where it was.
 */
export default function SeriesDialog({ onClose }: { onClose: () => void }) {
  const w = useSeriesText();
  const store = useStoreApi();
  // Every change goes through the one door (io/user-series), loaded with this chunk.
  const actions = useMemo(() => seriesActions(store, toUserSeries), [store]);
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    root.current?.focus();
    return () => before?.focus();
  }, []);

  const back = () => {
    setEditing(undefined);
    root.current?.focus();
  };

  return (
    <div className="series-dialog__backdrop">
      <div
        className="series-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        ref={root}
        onKeyDown={(e) => dialogKeys(e, root.current, editing === undefined ? onClose : back)}
        data-testid="series-dialog"
      >
        <div className="series-dialog__head">
          <h2 id={titleId}>{w.title}</h2>
          <button type="button" className="button button--quiet" onClick={onClose} data-testid="series-close">
            {w.close}
          </button>
        </div>
        {editing === undefined ? (
          <SeriesList actions={actions} onEdit={setEditing} onAdd={() => setEditing('')} />
        ) : (
          <SeriesEditor actions={actions} id={editing || undefined} onDone={back} />
        )}
      </div>
    </div>
  );
}
