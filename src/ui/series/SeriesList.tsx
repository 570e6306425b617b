import { useState } from 'react';
import { allSeries, hiddenOf, userSeriesOf } from '../../state';
import type { SeriesActions } from '../../state/series-actions';
import { useApp, useStoreApi } from '../shared';
import { useSeriesText } from './use-series-text';

/** Every series, the report's then the user's: shown or hidden; the user's own edited or deleted (undoably). */
export function SeriesList({ actions, onEdit, onAdd }: { actions: SeriesActions; onEdit: (id: string) => void; onAdd: () => void }) {
  const w = useSeriesText();
  const store = useStoreApi();
  const lang = useApp((s) => s.settings.lang);
  const report = useApp((s) => s.reportSeries);
  const doc = useApp((s) => s.doc);
  const own = new Set(userSeriesOf(doc).map((u) => u.definition.id));
  const hidden = hiddenOf(doc);
  // The series last deleted, and the document just after: its Undo stands only while nothing else has
  // changed, since the store's undo takes back the newest change, whatever that is.
  const [deleted, setDeleted] = useState<{ name: string; after: typeof doc } | undefined>(undefined);
  const undoable = deleted?.after === doc ? deleted.name : undefined;
  // The charted ones: a series the report states without a forecast (no base case) has no chart to hide.
  const series = allSeries(report, doc).filter((s) => s.baseModel);

  const remove = (id: string, name: string) => {
    if (actions.remove(id).ok) setDeleted({ name, after: store.getState().doc });
  };

  return (
    <>
      <p className="hint">{w.intro}</p>
      <ul className="series-list" data-testid="series-list">
        {series.map((s) => (
          <li key={s.id} data-series={s.id}>
            <label>
              <input type="checkbox" checked={!hidden.includes(s.id)} onChange={(e) => actions.setHidden(s.id, !e.target.checked)} data-testid={`series-shown-${s.id}`} />
              <span className="sr-only">{w.shown}</span>
              {s.name[lang]}
            </label>
            {own.has(s.id) && (
              <span className="series-list__own">
                <span className="series-list__tag">{w.yours}</span>
                <button type="button" className="button button--quiet" onClick={() => onEdit(s.id)} aria-label={`${w.edit}: ${s.name[lang]}`} data-testid={`series-edit-${s.id}`}>
                  {w.edit}
                </button>
                <button type="button" className="button button--quiet" onClick={() => remove(s.id, s.name[lang])} aria-label={`${w.delete}: ${s.name[lang]}`} data-testid={`series-delete-${s.id}`}>
                  {w.delete}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="series-list__status" aria-live="polite" data-testid="series-status">
        {undoable && (
          <>
            {w.deleted(undoable)}{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                store.getState().undo();
                setDeleted(undefined);
              }}
              data-testid="series-undo"
            >
              {w.undo}
            </button>
          </>
        )}
      </p>
      <div className="series-dialog__actions">
        <span className="hint">{w.limits}</span>
        <button type="button" className="button button--primary" onClick={onAdd} data-testid="series-add">
          + {w.add}
        </button>
      </div>
    </>
  );
}
