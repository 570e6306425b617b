import type { FigureKind } from '../model';

/** One scenario's projection as the chart draws it: plain numbers (drawing needs no decimals). */
export interface ChartLine {
  readonly id: string;
  readonly name: string;
  /** Index into the theme's palette (stable per scenario). */
  readonly colorIndex: number;
  readonly points: readonly { readonly year: number; readonly value: number }[];
  /** The scenario in focus is drawn on top and a little heavier. */
  readonly focus?: boolean;
  /** The ids of the scenarios this line draws, when several share one model (the first is `id`). */
  readonly members?: readonly string[];
  /** The names joined in `name` when two scenarios share the line ("A = B"): a legend cuts each to its share. */
  readonly names?: readonly string[];
}

/** One year of a simulated fan: the 5th, 25th, 50th, 75th and 95th percentiles of the paths. */
export interface BandPoint {
  readonly year: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** The fan of the scenario in focus: a light 90% band, a darker 50% band and the median line. */
export interface ChartBand {
  readonly colorIndex: number;
  readonly points: readonly BandPoint[];
}

/** A figure of the report, drawn as what it is: a point, a bound, a range, an approximate value. */
export interface ChartMark {
  readonly figureId: string;
  readonly kind: FigureKind;
  /** One year, or a span of years (drawn across the span). */
  readonly years: readonly [number] | readonly [number, number];
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  /** Short label (the value as the report says it, formatted). */
  readonly label: string;
}

/** One entry of the key under a chart: a line style or a report-figure glyph, with its words in the reader's language. */
export interface ChartKeyItem {
  readonly kind: 'solid' | 'dashed' | Exclude<FigureKind, 'statement'>;
  readonly label: string;
}

/** A CAGR or difference arrow between two points of one line, its label already worked out by the engine. */
export interface ChartArrowMark {
  readonly kind: 'cagr' | 'difference';
  readonly colorIndex: number;
  readonly from: { readonly year: number; readonly value: number };
  readonly to: { readonly year: number; readonly value: number };
  /** "CAGR +126.7%", or "+2.21B (+30,719%)". */
  readonly label: string;
}

export interface ChartData {
  readonly title: string;
  /** The chart's name for screen readers when no title is drawn (on screen the panel's heading carries it). */
  readonly name?: string;
  readonly subtitle?: string;
  /** Axis title carrying the unit, e.g. "亿元" or "USD". */
  readonly unitLabel: string;
  readonly lines: readonly ChartLine[];
  /** Drawn under the lines when the scenario in focus has uncertain assumptions. */
  readonly band?: ChartBand;
  readonly marks: readonly ChartMark[];
  readonly scale: 'linear' | 'log';
  readonly yearFrom: number;
  readonly yearTo: number;
  /** The first year the report speaks for: lines are dashed before it (the model run back); none, from the chart's first year. */
  readonly reportedFrom?: number;
  /** The last year the report speaks for: lines are solid up to it and dashed after it. */
  readonly reportedUntil: number;
  /** Formats a value for ticks and labels (万/亿 or K/M/B), supplied by the caller in the reader's language. */
  readonly formatValue: (value: number) => string;
  /** Shown under the chart when present (exports): the source line and the key assumptions. */
  readonly sourceLine?: string;
  readonly footnote?: string;
  /**
   * The footnote's lines (one per scenario, or group of scenarios on one model) come whole; when a fixed size has
   * no room for them all, a last line says how many are left out, in these words.
   */
  readonly footnoteMore?: (left: number) => string;
  /** Reference lines that are no scenario (the stated CAGR against the report's amounts), each with its words (one line each). */
  readonly guides?: readonly { readonly id: string; readonly label: readonly string[]; readonly points: readonly { readonly year: number; readonly value: number }[] }[];
  /** The key to line styles and marker glyphs, drawn under the year labels (on screen and in every export). */
  readonly key?: readonly ChartKeyItem[];
  /** CAGR and difference arrows the user drew on the chart. */
  readonly arrows?: readonly ChartArrowMark[];
  /** The user's own note under the chart (exports). */
  readonly note?: string;
  /** Legend entries are drawn when true (exports and wide screens). */
  readonly legend?: boolean;
  /** A goal-seek target, drawn as a horizontal rule with its label and a marker at its year. */
  readonly target?: { readonly value: number; readonly year: number; readonly label: string };
  /** A text description for screen readers (<title>/<desc>). */
  readonly description: string;
  /**
   * Values the value axis must still take in besides the data's own: the ends of the axis as it
   * stood when a slider drag began, so the axis, and every line on it, hold still under the hand.
   */
  readonly holdValues?: readonly number[];
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export interface ChartTheme {
  readonly name: 'light' | 'dark';
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  readonly markFill: string;
  readonly fontFamily: string;
  /** At least 10 colours, distinct for colour-blind readers, readable on `background`. */
  readonly palette: readonly string[];
}
