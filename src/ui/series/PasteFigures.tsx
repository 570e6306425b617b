import { useEffect, useId, useMemo, useState } from 'react';
import { MAX_PASTE_CHARS, parsePastedFigures, type PastedRow } from '../../io/paste-figures';
import { decodeTableText, readFileBytes, type TableEncoding } from '../../io/read-file';
import type { UserFigureInput, UserSeriesInput } from '../../io/user-series';
import { Dec, exactPercent, formatQuantity, type Unit } from '../../model';
import { useApp } from '../shared';
import { useSeriesText } from './use-series-text';

// A CSV larger than the paste reader takes is refused by it anyway; this keeps a huge file out of memory.
const MAX_CSV_BYTES = 1024 * 1024;

/**
 * Figures pasted from Excel, WPS or a web table, or a CSV file: each row previewed as read, each refused
 * row named with its reason; nothing reaches the form until "Use these figures".
 */
export function PasteFigures({
  unit,
  onUse,
  onPending,
}: {
  unit: UserSeriesInput['unit'];
  onUse: (figures: readonly UserFigureInput[]) => void;
  /** Whether rows wait in the preview, neither used nor discarded: the form is not to be saved or left without them. */
  onPending: (pending: boolean) => void;
}) {
  const w = useSeriesText();
  const lang = useApp((s) => s.settings.lang);
  const id = useId();
  // As the tables write values (1.5亿, $2.2B, 56.6%), with the digits a figure was given in.
  const shown = (value: string) => formatQuantity(new Dec(value), unit as Unit, lang, unit.kind === 'share' ? {} : { digits: 6 });
  const [text, setText] = useState('');
  // How the opened CSV was read; a paste is text already.
  const [encoding, setEncoding] = useState<TableEncoding | undefined>();
  const result = useMemo(() => (text.trim() ? parsePastedFigures(text, { unit }) : undefined), [text, unit]);
  const read = result?.rows.flatMap((r) => (r.ok ? [r.figure] : [])) ?? [];
  const refused = result?.rows.filter((r): r is Extract<PastedRow, { ok: false }> => !r.ok) ?? [];
  const pending = result !== undefined;
  useEffect(() => onPending(pending), [pending, onPending]);

  const openCsv = async (file: File | undefined) => {
    if (!file) return;
    setEncoding(undefined);
    // Too large: the paste reader refuses it with its own reason ("too long") rather than reading it.
    if (file.size > MAX_CSV_BYTES) return setText('x'.repeat(MAX_PASTE_CHARS + 1));
    try {
      // UTF-8 (Excel's byte-order mark dropped), UTF-16 by its mark, else GB18030: io/read-file.
      const decoded = decodeTableText(await readFileBytes(file));
      setText(decoded.text);
      setEncoding(decoded.encoding);
    } catch {
      setText('');
    }
  };

  return (
    <details className="series-paste" data-testid="series-paste">
      <summary>{w.paste.title}</summary>
      <p className="hint" id={`${id}-hint`}>
        {w.paste.hint}
      </p>
      <label htmlFor={`${id}-text`}>{w.paste.label}</label>
      <textarea
        id={`${id}-text`}
        rows={5}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          setEncoding(undefined);
        }}
        data-testid="paste-text"
      />
      <label className="button series-paste__csv">
        {w.paste.csv}
        <input type="file" accept=".csv,.tsv,.txt,text/csv,text/plain" className="sr-only" onChange={(e) => void openCsv(e.target.files?.[0])} data-testid="paste-csv" />
      </label>
      <div aria-live="polite" data-testid="paste-preview">
        {result && (
          <>
            <p>
              {/* Rows past the limit are counted apart from the refused ones, with how many there were. */}
              {read.length ? w.paste.read(read.length, refused.filter((r) => r.reason !== 'too-many-rows').length) : w.paste.none}
              {result.unread ? ` ${w.paste.unread(result.unread)}` : ''}
            </p>
            {encoding === 'gb18030' && (
              <p className="hint" data-testid="paste-encoding">
                {w.paste.gb18030}
              </p>
            )}
            <table className="series-paste__table">
              <thead>
                <tr>
                  <th scope="col">{w.paste.row}</th>
                  <th scope="col">{w.form.years}</th>
                  <th scope="col">{w.form.kind}</th>
                  <th scope="col">{w.form.value}</th>
                  <th scope="col">{w.form.wording}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) =>
                  row.ok ? (
                    <tr key={row.row}>
                      <td>{row.row}</td>
                      <td>{row.figure.years.join('–')}</td>
                      {row.figure.quantity === 'cagr' ? (
                        <>
                          <td>{w.form.kinds.cagr}</td>
                          <td>{`${row.figure.kind === 'approximate' ? '≈' : ''}${exactPercent(row.figure.value!)}`}</td>
                        </>
                      ) : (
                        <>
                          <td>{w.form.kinds[row.figure.kind]}</td>
                          <td>{row.figure.kind === 'range' ? `${shown(row.figure.low!)}–${shown(row.figure.high!)}` : row.figure.value && shown(row.figure.value)}</td>
                        </>
                      )}
                      <td>{row.figure.wording}</td>
                    </tr>
                  ) : (
                    <tr key={row.row} className="series-paste__refused" data-testid="paste-refused">
                      <td colSpan={5}>{w.paste.refused(row.row, row.column, w.paste.reasons[row.reason])}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
            <div className="series-dialog__actions">
              <button type="button" className="button" onClick={() => setText('')} data-testid="paste-discard">
                {w.paste.cancel}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={!read.length}
                onClick={() => {
                  onUse(read);
                  setText('');
                }}
                data-testid="paste-use"
              >
                {w.paste.confirm(read.length)}
              </button>
            </div>
          </>
        )}
      </div>
    </details>
  );
}
