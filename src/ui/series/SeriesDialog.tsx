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
  // Whether the open form holds something typed and not saved (the form tells), and the way out the
  // reader asked for while it does: it waits for their word, so nothing typed is lost by a stray Escape.
  const [unsaved, setUnsaved] = useState(false);
  const [leaving, setLeaving] = useState<(() => void) | undefined>(undefined);
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    root.current?.focus();
    return () => before?.focus();
  }, []);

  // A reload or a closed tab asks first while the form holds something typed (the browser's own question).
  useEffect(() => {
    if (editing === undefined || !unsaved) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [editing, unsaved]);

  const back = () => {
    setEditing(undefined);
    setUnsaved(false);
    root.current?.focus();
  };
  const returnTo = useRef<HTMLElement | null>(null);
  const ask = (leave: () => void) => {
    if (editing === undefined || !unsaved) return leave();
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setLeaving(() => leave);
  };
  const cancel = () => ask(back);
  const close = () => ask(onClose);
  // Back to the form, the focus where it was.
  const stay = () => {
    (returnTo.current?.isConnected ? returnTo.current : root.current)?.focus();
    setLeaving(undefined);
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
        onKeyDown={(e) => dialogKeys(e, root.current, leaving ? stay : editing === undefined ? onClose : cancel)}
        data-testid="series-dialog"
      >
        <div className="series-dialog__head">
          <h2 id={titleId}>{w.title}</h2>
          <button type="button" className="button button--quiet" onClick={close} data-testid="series-close">
            {w.close}
          </button>
        </div>
        {editing === undefined ? (
          <SeriesList actions={actions} onEdit={setEditing} onAdd={() => setEditing('')} />
        ) : (
          <SeriesEditor actions={actions} id={editing || undefined} onDone={back} onCancel={cancel} onUnsaved={setUnsaved} />
        )}
        {leaving && (
          <div className="series-dialog__discard" role="group" aria-labelledby={`${titleId}-discard`} data-testid="series-discard">
            <p id={`${titleId}-discard`}>{w.form.discard.question}</p>
            <button type="button" className="button button--primary" autoFocus onClick={stay}>
              {w.form.discard.keep}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setLeaving(undefined);
                leaving();
              }}
            >
              {w.form.discard.leave}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
