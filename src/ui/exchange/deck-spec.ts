import { chartLayout, lightTheme, markerShapeFor, paletteColor, type MarkerShape } from '../../charts';
import type { ChartData, ChartMark } from '../../charts/types';
import type { Deck, DeckArrow, DeckChart, DeckTable } from '../../io/pptx';
import type { SlideMarker, SlideSeries } from '../../io/pptx-chart';
import { Dec, type SeriesDefinition } from '../../model';
import { basisOf, seriesDisplay, unitLabel } from '../shared';
import { chartedSeries, comparedScenarios, exportChart, type ExportInput } from './export-chart';
import { axisScale } from './export-files';
import { modelSummary } from './model-summary';

/**
 * The PowerPoint file as data: each chart as the screen draws it (the report's figures as their own
 * marked series, reported years solid and projections dashed, a marker per scenario, the log scale,
 * the fan, the user's words and arrows), with speaker notes and alt text; then the assumptions table.
 */

// DrawingML has nine marker symbols; a hollow variant makes ten distinct, in the screen's order of shapes.
const SLIDE_MARKERS: Record<MarkerShape, SlideMarker> = {
  circle: { symbol: 'circle' },
  square: { symbol: 'square' },
  triangle: { symbol: 'triangle' },
  diamond: { symbol: 'diamond' },
  'triangle-down': { symbol: 'triangle', hollow: true },
  plus: { symbol: 'plus' },
  star: { symbol: 'star' },
  hexagon: { symbol: 'circle', hollow: true },
  cross: { symbol: 'x' },
  pentagon: { symbol: 'square', hollow: true },
};

export const slideMarker = (colorIndex: number): SlideMarker => SLIDE_MARKERS[markerShapeFor(colorIndex)];

const tidy = (value: number) => Number(new Dec(value).toSignificantDigits(6).toString());
const INK = '#1C2430';

/** A mark's label as the chart writes it: an approximate figure always says ≈. */
const markLabel = (mark: ChartMark) => (mark.kind === 'approximate' && !/^[≈~约]/.test(mark.label) ? `≈${mark.label}` : mark.label);

function figureSeries(mark: ChartMark, years: readonly number[], scale: (v: number) => number | null): SlideSeries[] {
  const first = mark.years[0];
  const last = mark.years[1] ?? first;
  const at = (value: number | undefined) => years.map((y) => (value !== undefined && y >= first && y <= last ? scale(value) : null));
  const lastIndex = years.lastIndexOf(Math.min(last, years[years.length - 1]!));
  const inView = years.some((y) => y >= first && y <= last);
  if (!inView) return [];
  const name = markLabel(mark);
  if (mark.kind === 'range') {
    // Drawn at its middle with a bar from its low to its high end; the label names both ends.
    const low = at(mark.low);
    const high = at(mark.high);
    const middle = low.map((l, i) => (l === null || high[i] === null ? null : tidy((l + high[i]!) / 2)));
    return [{ name, values: middle, color: INK, type: 'line', width: 0, marker: { symbol: 'dash', size: 9 }, range: { low, high }, labelAt: [lastIndex], hideInLegend: true }];
  }
  const marker: SlideMarker =
    mark.kind === 'upper-bound' || mark.kind === 'lower-bound'
      ? { symbol: 'dash', size: 14 }
      : mark.kind === 'point'
        ? { symbol: 'circle', size: 8 }
        : { symbol: 'circle', hollow: true, size: 10 };
  // Out of the legend: labelled where it stands, its mark named in the key under the chart (a legend of figures
  // crowded the plot, and LibreOffice draws no hollow marker there).
  return [{ name, values: at(mark.value), color: INK, type: 'line', width: 0, marker, labelAt: [lastIndex], hideInLegend: true, ...(mark.kind === 'conditional' ? { dash: 'sysDot' as const } : {}) }];
}

function bandSeries(data: ChartData, years: readonly number[], scale: (v: number) => number | null, x: ExportInput['x']): SlideSeries[] {
  const band = data.band;
  if (!band) return [];
  const color = paletteColor(lightTheme, band.colorIndex);
  const byYear = new Map(band.points.map((p) => [p.year, p]));
  const part = (pick: (p: NonNullable<ChartData['band']>['points'][number]) => number) => years.map((y) => (byYear.has(y) ? scale(pick(byYear.get(y)!)) : null));
  const lower = part((p) => p.p5);
  const diff = (top: (number | null)[], bottom: (number | null)[]) => top.map((t, i) => (t === null || bottom[i] === null ? null : tidy(t - bottom[i]!)));
  const p25 = part((p) => p.p25);
  const p75 = part((p) => p.p75);
  const p95 = part((p) => p.p95);
  const area = (name: string, values: (number | null)[], fillOpacity: number, hideInLegend: boolean): SlideSeries => ({ name, values, color, type: 'area', width: 0, marker: { symbol: 'none' }, fillOpacity, hideInLegend });
  return [
    area(`${x.deck.band90} (${x.deck.bandEdge})`, lower, 0, true),
    area(x.deck.band90, diff(p25, lower), 0.16, false),
    area(x.deck.band50, diff(p75, p25), 0.32, false),
    area(`${x.deck.band90} (${x.deck.bandEdge} 2)`, diff(p95, p75), 0.16, true),
  ];
}

/** One chart's slide: the chart as data, its arrows, key, footer, notes and alt text. */
export function deckChart(series: SeriesDefinition, input: ExportInput, screen?: ChartData): DeckChart {
  const { x, settings } = input;
  const { list, open, close } = input.t.punct;
  // A heading in the notes ends in the language's colon ("Assumptions:", "假设：").
  const heading = input.t.punct.colon.trimEnd();
  // Whose figures these are: the report's, or a series of one's own's source.
  const { whose } = basisOf(input.t, series);
  // The screen's own chart when given (its fan and goal-seek target), else the same buildChart.
  const { data, display } = exportChart(series, input, { ...(screen ? { screen } : {}), fanKey: false });
  const years = Array.from({ length: settings.yearTo - settings.yearFrom + 1 }, (_, i) => settings.yearFrom + i);
  const values = [...data.lines.flatMap((l) => l.points.map((p) => p.value)), ...data.marks.flatMap((m) => [m.value ?? 0, m.high ?? 0])];
  const axis = axisScale(values, display.unit, x);
  const log = data.scale === 'log';
  const scale = (v: number) => (!Number.isFinite(v) || (log && v <= 0) ? null : tidy(v / axis.divisor));
  // The value axis the screen's layout chooses (nice linear ticks, or whole decades), in the slide's unit.
  const layout = chartLayout(data, { width: 960, height: 540 });
  const [d0, d1] = layout.y.domain();
  const ticks = layout.yTicks.map((t) => t.value);
  const lines: SlideSeries[] = [];
  for (const line of [...data.lines.filter((l) => !l.focus), ...data.lines.filter((l) => l.focus)]) {
    const byYear = new Map(line.points.map((p) => [p.year, p.value]));
    const at = (keep: (year: number) => boolean) => years.map((y) => (keep(y) && byYear.has(y) ? scale(byYear.get(y)!) : null));
    // Solid where the report speaks, dashed before (the model run back) and after (its projection), as on screen.
    const from = data.reportedFrom ?? -Infinity;
    const backcast = at((y) => y <= from);
    const reported = at((y) => y >= from && y <= data.reportedUntil);
    const projected = at((y) => y >= Math.max(from, data.reportedUntil));
    const common = { color: paletteColor(lightTheme, line.colorIndex), type: 'line' as const, width: line.focus ? 2.5 : 1.75, marker: { ...slideMarker(line.colorIndex), size: line.focus ? 8 : 7 } };
    const hasReported = reported.filter((v) => v !== null).length >= 1;
    const hasBackcast = backcast.filter((v) => v !== null).length >= 2;
    if (hasReported) lines.push({ ...common, name: line.name, values: reported });
    if (hasBackcast) lines.push({ ...common, name: hasReported ? `${line.name}${open}${x.deck.backcast(whose)}${close}` : line.name, values: backcast, dash: 'dash', hideInLegend: hasReported });
    if (projected.some((v) => v !== null))
      lines.push({ ...common, name: hasReported || hasBackcast ? `${line.name}${open}${x.deck.projection}${close}` : line.name, values: projected, dash: 'dash', hideInLegend: hasReported || hasBackcast });
  }
  const figures = data.marks.flatMap((m) => figureSeries(m, years, scale));
  // The stated CAGR against the report's amounts (text-to-video), grey and dotted as on screen, its words in the legend.
  const guides: SlideSeries[] = (data.guides ?? []).map((g) => {
    const byYear = new Map(g.points.map((p) => [p.year, p.value]));
    return { name: g.label.join(list), values: years.map((y) => (byYear.has(y) ? scale(byYear.get(y)!) : null)), color: lightTheme.muted, type: 'line', width: 1.5, dash: 'sysDot', marker: { symbol: 'none' } };
  });
  // Goal seek's target as the screen draws it: a dashed rule at its value, labelled, and a ring at its year.
  const goal = data.target;
  const at = goal ? scale(goal.value) : null;
  const targets: SlideSeries[] =
    goal && at !== null
      ? [
          { name: goal.label, values: years.map(() => at), color: lightTheme.muted, type: 'line', width: 1, dash: 'dash', marker: { symbol: 'none' }, labelAt: [0], labelAbove: true, hideInLegend: true },
          { name: `${goal.label}${open}${goal.year}${close}`, values: years.map((y) => (y === goal.year ? at : null)), color: INK, type: 'line', width: 0, marker: { symbol: 'circle', hollow: true, size: 11 }, hideInLegend: true },
        ]
      : [];
  const arrows: DeckArrow[] = (data.arrows ?? []).flatMap((a) => {
    const from = years.indexOf(a.from.year);
    const to = years.indexOf(a.to.year);
    const fromValue = scale(a.from.value);
    const toValue = scale(a.to.value);
    return from < 0 || to < 0 || fromValue === null || toValue === null ? [] : [{ kind: a.kind, label: a.label, color: paletteColor(lightTheme, a.colorIndex), from: { index: from, value: fromValue }, to: { index: to, value: toValue } }];
  });
  const lang = settings.lang;
  const figureLines = series.figures.filter((f) => f.kind !== 'statement' || f.wording).map((f) => x.deck.figureLine(f.reading[lang], f.wording, series.section ? x.where(series.section, series.figure) : ''));
  const notes = [
    data.title || series.name[lang],
    ...(data.guides ?? []).flatMap((g) => ['', g.label.join(list)]),
    ...(data.footnote ? ['', `${x.deck.notesAssumptions}${heading}`, data.footnote] : []),
    ...(figureLines.length ? ['', `${x.deck.notesFigures(whose)}${heading}`, ...figureLines] : []),
    ...(arrows.length ? ['', `${x.deck.notesArrows}${heading}`, ...arrows.map((a) => a.label)] : []),
    // The source line starts with its own "Source:" (资料来源：): no heading above it.
    ...(data.sourceLine ? ['', data.sourceLine] : []),
  ].join('\n');
  const footnoteLines = data.footnote?.split('\n') ?? [];
  const footnote = footnoteLines.length > 3 ? [...footnoteLines.slice(0, 3), x.deck.moreInNotes(footnoteLines.length - 3)].join('\n') : data.footnote;
  return {
    title: data.title,
    ...(data.subtitle ? { subtitle: data.subtitle } : {}),
    chart: {
      categories: years.map(String),
      series: [...bandSeries(data, years, scale, x), ...guides, ...targets, ...lines, ...figures],
      scale: data.scale,
      min: log ? tidy(d0 / axis.divisor) : tidy(d0 / axis.divisor),
      max: tidy(d1 / axis.divisor),
      ...(!log && ticks.length > 1 ? { majorUnit: tidy((ticks[1]! - ticks[0]!) / axis.divisor) } : {}),
      axisTitle: axis.title,
      numberFormat: '#,##0.###',
      font: lang === 'zh' ? 'Microsoft YaHei' : 'Calibri',
      lang: lang === 'zh' ? 'zh-CN' : 'en-US',
      textColor: lightTheme.text,
      mutedColor: lightTheme.muted,
      gridColor: lightTheme.grid,
    },
    arrows,
    key: x.deck.key(!!data.band, whose),
    ...(data.note ? { note: data.note } : {}),
    ...(data.sourceLine ? { sourceLine: data.sourceLine } : {}),
    ...(footnote ? { footnote } : {}),
    notes,
    altText: [data.description, ...arrows.map((a) => a.label)].join(' '),
  };
}

/** The assumptions of the compared scenarios on `series`: scenario × series. */
export function deckTable(series: readonly SeriesDefinition[], input: ExportInput): DeckTable {
  const { t, x, settings } = input;
  const { colon, open, close } = t.punct;
  const lang = settings.lang;
  const displays = series.map((s) => seriesDisplay(s, settings));
  const rows = comparedScenarios(input).map((scenario) => [
    scenario.name,
    ...series.map((s, i) => {
      const model = scenario.models[s.id];
      return model ? modelSummary(model, displays[i]!, settings, lang, t, x, scenario.uncertainty?.ranges[s.id]) : '–';
    }),
  ]);
  const converted = series.some((s, i) => {
    const shown = displays[i]!.unit;
    return s.unit.kind === 'money' && shown.kind === 'money' && shown.currency !== s.unit.currency;
  });
  const header = [x.deck.scenario, ...series.map((s, i) => `${s.name[lang]}${open}${unitLabel(displays[i]!.unit, t)}${close}`)];
  return {
    title: x.deck.assumptions,
    header,
    rows,
    ...(converted ? { note: x.fxLine(settings.usdCny) } : {}),
    notes: [x.deck.assumptions, ...rows.map((row) => row.map((cell, i) => `${header[i]}${colon}${cell}`).join('\n')), ...(converted ? [x.fxLine(settings.usdCny)] : [])].join('\n\n'),
    altText: x.deck.tableAlt(rows.length, series.length),
  };
}

/**
 * The file: one chart (`only`) or every chart, then the assumptions. `screen` is the chart the menu
 * was opened on, as the screen draws it (with its fan, which only the screen has simulated).
 */
export function deckSpec(all: readonly SeriesDefinition[], input: ExportInput, options: { readonly only?: SeriesDefinition; readonly screen?: { readonly seriesId: string; readonly data: ChartData } } = {}): Deck {
  const series = options.only ? [options.only] : chartedSeries(all);
  return {
    title: input.x.deck.fileTitle,
    author: input.t.appTitle,
    fontFace: input.settings.lang === 'zh' ? 'Microsoft YaHei' : 'Calibri',
    charts: series.map((s) => deckChart(s, input, options.screen?.seriesId === s.id ? options.screen.data : undefined)),
    table: deckTable(series, input),
  };
}
