import { useId, useMemo, useState } from 'react';
import type { ArrowKind, SeriesDefinition } from '../../model';
import { chartWordsOf, comparedScenarios, MAX_ARROWS, type ChartWords } from '../../state';
import { useApp, useStoreApi } from '../shared';
import { wordsCatalogues } from '../i18n/words';

/** The words menu's contents: the chart's own words (title, subtitle, note, footnote and source shown or not) and its CAGR and difference arrows. */
export default function WordsMenuBody({ series }: { series: SeriesDefinition }) {
  const store = useStoreApi();
  const lang = useApp((s) => s.settings.lang);
  const w = wordsCatalogues[lang];
  const words = useApp((s) => chartWordsOf(s.doc, series.id));
  const all = useApp((s) => s.doc.scenarios);
  const compared = useApp((s) => s.doc.compared);
  const scenarios = useMemo(() => comparedScenarios({ scenarios: all, compared }), [all, compared]);
  const { yearFrom, yearTo } = useApp((s) => s.settings);
  const id = useId();
  const set = (change: Partial<ChartWords>, key?: string) => store.getState().setChartWords(series.id, change, key && `words:${series.id}:${key}`);

  const years = Array.from({ length: yearTo - yearFrom + 1 }, (_, i) => yearFrom + i);
  const [scenarioId, setScenarioId] = useState('');
  const [from, setFrom] = useState(yearFrom);
  const [to, setTo] = useState(yearTo);
  const [kind, setKind] = useState<ArrowKind>('cagr');
  const [problem, setProblem] = useState('');
  const chosen = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];
  const arrows = words.arrows ?? [];

  const addArrow = () => {
    if (!chosen) return;
    if (from === to) return setProblem(w.sameYear);
    if (arrows.length >= MAX_ARROWS) return setProblem(w.tooMany(MAX_ARROWS));
    setProblem('');
    set({ arrows: [...arrows, { scenarioId: chosen.id, from: Math.min(from, to), to: Math.max(from, to), kind }] });
  };

  return (
      <div className="words-menu__body">
        <fieldset>
          <legend>{w.words}</legend>
          <label htmlFor={`${id}-title`}>{w.title}</label>
          <div className="words-menu__row">
            <input id={`${id}-title`} type="text" maxLength={200} value={words.title ?? ''} placeholder={series.name[lang]} disabled={words.hideTitle} onChange={(e) => set({ title: e.target.value }, 'title')} data-testid="words-title" />
            <label>
              <input type="checkbox" checked={!!words.hideTitle} onChange={(e) => set({ hideTitle: e.target.checked })} data-testid="words-hide-title" /> {w.hideTitle}
            </label>
          </div>
          <label htmlFor={`${id}-subtitle`}>{w.subtitle}</label>
          <input id={`${id}-subtitle`} type="text" maxLength={300} value={words.subtitle ?? ''} disabled={words.hideTitle} onChange={(e) => set({ subtitle: e.target.value }, 'subtitle')} data-testid="words-subtitle" />
          <label htmlFor={`${id}-note`}>{w.note}</label>
          <textarea id={`${id}-note`} rows={2} maxLength={1000} value={words.note ?? ''} onChange={(e) => set({ note: e.target.value }, 'note')} data-testid="words-note" />
          <div className="words-menu__row">
            <label>
              <input type="checkbox" checked={words.footnote !== false} onChange={(e) => set({ footnote: e.target.checked })} data-testid="words-footnote" /> {w.footnote}
            </label>
            <label>
              <input type="checkbox" checked={words.source !== false} onChange={(e) => set({ source: e.target.checked })} data-testid="words-source" /> {w.source}
            </label>
          </div>
          <p className="hint">{w.wordsHint}</p>
        </fieldset>
        <fieldset>
          <legend>{w.arrows}</legend>
          {arrows.length > 0 && (
            <ul className="words-menu__arrows">
              {arrows.map((a, i) => (
                <li key={`${a.scenarioId}-${a.from}-${a.to}-${a.kind}-${i}`}>
                  <span>{w.arrowLine(a.kind === 'cagr' ? w.cagr : w.difference, scenarios.find((s) => s.id === a.scenarioId)?.name ?? w.notCompared, a.from, a.to)}</span>
                  <button type="button" className="button button--quiet" onClick={() => set({ arrows: arrows.filter((_, j) => j !== i) })} aria-label={w.removeArrow}>
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="words-menu__row">
            <label>
              {w.kind}{' '}
              <select value={kind} onChange={(e) => setKind(e.target.value as ArrowKind)} data-testid="arrow-kind">
                <option value="cagr">{w.cagr}</option>
                <option value="difference">{w.difference}</option>
              </select>
            </label>
            <label>
              {w.scenario}{' '}
              <select value={chosen?.id ?? ''} onChange={(e) => setScenarioId(e.target.value)} data-testid="arrow-scenario">
                {scenarios.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {w.from}{' '}
              <select value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="arrow-from">
                {years.map((y) => (
                  <option key={y}>{y}</option>
                ))}
              </select>
            </label>
            <label>
              {w.to}{' '}
              <select value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="arrow-to">
                {years.map((y) => (
                  <option key={y}>{y}</option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={addArrow} data-testid="arrow-add">
              {w.addArrow}
            </button>
          </div>
          {problem && (
            <p className="param__error" role="alert">
              {problem}
            </p>
          )}
        </fieldset>
      </div>
  );
}
