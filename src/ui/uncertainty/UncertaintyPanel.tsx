import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { darkTheme, lightTheme, paletteColor } from '../../charts';
import { renderTornadoChart, tornadoHeight, type TornadoData } from '../../charts/tornado-chart';
import { formatQuantity, type ForecastModel, type Lang, type SeriesDefinition, type TornadoBar } from '../../model';
import { tornado } from '../../model/sensitivity';
import { selectFocus, seriesRanges } from '../../state';
import { useApp, useT, modelErrorText, type SeriesDisplay, useWidth, usePrinting } from '../shared';
import { useUncertaintyText } from './use-uncertainty-text';
import type { UncertaintyMessages } from '../i18n/uncertainty';
import type { Messages } from '../i18n';
import { useSimulation } from './use-simulation';

/** A parameter path in the user's words: "Growth per year (CAGR)", "Anchor 2 (2025)". */
export function paramLabel(path: string, model: ForecastModel, t: Messages, u: UncertaintyMessages): string {
  const [head, index] = path.split('.');
  if (head === 'anchors' && model.type === 'anchored') {
    const i = Number(index);
    return u.anchorLabel(i + 1, model.anchors[i]?.year ?? 0);
  }
  const names: Record<string, string> = {
    cagr: t.assumptions.cagr,
    baseValue: t.assumptions.baseValue,
    rateBefore: t.assumptions.rateBefore,
    rateAfter: t.assumptions.rateAfter,
    ceiling: t.assumptions.ceiling,
    midpoint: t.assumptions.midpoint,
    steepness: t.assumptions.steepness,
  };
  return names[path] ?? path;
}

/**
 * Under a fan chart: what the shading means, whether newer bands are on their way, and the tornado of
 * the output in a chosen year (default the last year shown).
 */
export function UncertaintyPanel({ series, display }: { series: SeriesDefinition; display: SeriesDisplay }) {
  const t = useT();
  const u = useUncertaintyText();
  const entry = useSimulation(series.id);
  const focus = useApp(selectFocus);
  const settings = useApp((s) => s.settings);
  const [chosenYear, setYear] = useState<number | undefined>();
  const printing = usePrinting();
  const lang = settings.lang;
  const year = chosenYear !== undefined && chosenYear >= settings.yearFrom && chosenYear <= settings.yearTo ? chosenYear : settings.yearTo;
  const model = focus.models[series.id];
  const ranges = seriesRanges(focus, series.id);
  const hasRange = Object.keys(ranges).length > 0;
  const bars = useMemo(() => (model && hasRange ? tornado(model, ranges, year) : undefined), [model, ranges, hasRange, year]);
  const seriesName = series.name[lang];
  const data = useMemo(
    () => (model && bars?.ok && bars.value.length ? tornadoData(bars.value, model, display, lang, t, u, focus.colorIndex, seriesName, year) : undefined),
    [bars, model, display, lang, t, u, focus.colorIndex, seriesName, year],
  );

  if (!model || !hasRange) return null;
  const theme = settings.theme === 'dark' ? darkTheme : lightTheme;
  const color = paletteColor(theme, focus.colorIndex);
  const samples = entry?.simulation?.samples ?? focus.uncertainty?.samples ?? 0;
  const years = Array.from({ length: settings.yearTo - settings.yearFrom + 1 }, (_, i) => settings.yearFrom + i);

  return (
    <section className="uncertainty" aria-label={`${seriesName}: ${u.tornadoTitle}`} data-testid={`uncertainty-${series.id}`}>
      <p className="uncertainty__key" aria-live="polite">
        <span className="uncertainty__swatch" style={{ color }} aria-hidden="true">
          <span className="uncertainty__outer" />
          <span className="uncertainty__inner" />
        </span>
        <span>{u.key(focus.name, samples.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'))}</span>{' '}
        <span className="uncertainty__status" data-testid={`simulation-status-${series.id}`} data-pending={entry?.pending || !entry ? 'true' : 'false'}>
          {entry?.error
            ? u.failed(modelErrorText(entry.error, t))
            : !entry || entry.pending
              ? u.simulating
              : entry.ms > 0
                ? u.timing(samples.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'), String(Math.round(entry.ms)))
                : ''}
        </span>
      </p>
      <div className="uncertainty__head">
        <h4>{u.tornadoTitle}</h4>
        <label>
          {u.tornadoYear}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid={`tornado-year-${series.id}`}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {bars && !bars.ok && <p className="param__error">{modelErrorText(bars.error, t)}</p>}
      {data && <TornadoView data={data} dark={settings.theme === 'dark' && !printing} />}
    </section>
  );
}

/** The tornado in the display unit and the reader's words, with enough digits that every bar's ends read apart. */
function tornadoData(bars: readonly TornadoBar[], model: ForecastModel, display: SeriesDisplay, lang: Lang, t: Messages, u: UncertaintyMessages, colorIndex: number, seriesName: string, year: number): TornadoData {
  const factor = display.factor.toNumber();
  const shown = bars.flatMap((b) => [b.low, b.high, b.base].map((v) => v * factor));
  // 1.08B beside 1.08B says nothing: more digits until values that differ also read differently.
  const digits = [3, 4, 5, 6].find((d) => distinctTexts(shown, (v) => formatQuantity(v, display.unit, lang, { digits: d, style: display.style }))) ?? 6;
  const formatValue = (v: number) => formatQuantity(v, display.unit, lang, { digits, style: display.style });
  const base = bars[0]!.base * factor;
  return {
    bars: bars.map((b) => ({ id: b.param, label: paramLabel(b.param, model, t, u), low: b.low * factor, high: b.high * factor })),
    base,
    baseLabel: u.base(formatValue(base)),
    lowLegend: u.lowEnd,
    highLegend: u.highEnd,
    noEffect: u.noEffect,
    colorIndex,
    scale: 'linear',
    formatValue,
    description: u.tornadoDescription(seriesName, year),
  };
}

/** Whether values that differ by more than rounding noise also read differently. */
function distinctTexts(values: readonly number[], text: (v: number) => string): boolean {
  const distinct = new Set(values.map((v) => v.toPrecision(9)));
  return new Set(values.map(text)).size === distinct.size;
}

function TornadoView({ data, dark }: { data: TornadoData; dark: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const height = tornadoHeight(data.bars.length);
  useLayoutEffect(() => {
    box.current?.replaceChildren(renderTornadoChart(document, data, { width: Math.max(280, width), height }, dark ? darkTheme : lightTheme));
  }, [data, width, height, dark]);
  return <div ref={box} className="tornado" style={{ height }} data-testid="tornado" />;
}
