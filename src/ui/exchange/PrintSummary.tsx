import { useMemo } from 'react';
import { useApp, useReport, useT } from '../shared';
import { chartedSeries } from './export-chart';
import { deckTable } from './deck-spec';
import { currencyText } from './model-summary';
import { useExchangeText } from './use-exchange-text';
import { selectSeries } from '../../state';

/**
 * What a printed report needs that the screen shows as controls: the view (years, scale, currency and
 * the exchange rate) and each compared scenario's assumptions in words, with its description. Shown on
 * paper only (print.css); loaded after the first paint, like the audit.
 */
export default function PrintSummary() {
  const t = useT();
  const x = useExchangeText();
  const report = useReport();
  const all = useApp(selectSeries);
  const settings = useApp((s) => s.settings);
  const scenarios = useApp((s) => s.doc.scenarios);
  const compared = useApp((s) => s.doc.compared);
  const focusId = useApp((s) => s.doc.focusId);
  const input = useMemo(() => ({ scenarios, compared, focusId, settings, report, t, x }), [scenarios, compared, focusId, settings, report, t, x]);
  const table = useMemo(() => deckTable(chartedSeries(all), input), [all, input]);
  const described = scenarios.filter((s) => compared.includes(s.id) && s.description.trim());
  const currency = currencyText(settings.currency, t);
  const { colon, list: sep } = t.punct;

  return (
    // Hidden (not only by CSS): nothing on screen, in the accessibility tree or to a query by role reaches it.
    <section hidden className="panel print-only print-summary" aria-labelledby="print-summary-title">
      <h2 id="print-summary-title">{table.title}</h2>
      <p className="print-summary__view">
        {[
          `${t.settings.years} ${settings.yearFrom}–${settings.yearTo}`,
          `${t.settings.scale}${colon}${t.settings[settings.scale]}`,
          `${t.settings.currency}${colon}${currency}`,
        ].join(sep)}
        {sep}
        {x.fxLine(settings.usdCny)}
      </p>
      <table className="print-summary__table">
        <thead>
          <tr>
            {table.header.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([name, ...cells], i) => (
            <tr key={i}>
              <th scope="row">{name}</th>
              {cells.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {described.length > 0 && (
        <dl className="print-summary__notes">
          {described.map((s) => (
            <div key={s.id}>
              <dt>{s.name}</dt>
              <dd>{s.description}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
