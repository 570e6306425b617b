import { figureYear, type Anchor, type ReportFigure, type SeriesDefinition } from '../../model';

/**
 * What an anchor's number is, as the report words the figure it stands for: 在百亿内 an upper bound,
 * 突破 a lower bound, 约 about, 接近 close to, 可能达到 a conditional possibility, a plain figure a value.
 * An anchor with a high end is a range whatever the report said; one of the user's own is a value.
 */
export type AnchorValueKind = 'point' | 'about' | 'close' | 'upper' | 'lower' | 'conditional' | 'range-low' | 'range-high';

/** The report figure an anchor stands for: the one it names, while it stays in that figure's year; else the year's figure. */
export function anchorFigure(series: SeriesDefinition, anchor: Anchor): ReportFigure | undefined {
  const levels = series.figures.filter((f) => f.quantity === 'level' && f.kind !== 'statement');
  const named = anchor.figureId === undefined ? undefined : levels.find((f) => f.id === anchor.figureId);
  if (named && figureYear(named) === anchor.year) return named;
  return levels.find((f) => figureYear(f) === anchor.year);
}

/** The kind of the anchor's low (or only) number. */
export function anchorValueKind(series: SeriesDefinition, anchor: Anchor): AnchorValueKind {
  if (anchor.high !== undefined) return 'range-low';
  const figure = anchorFigure(series, anchor);
  switch (figure?.kind) {
    case 'upper-bound':
      return 'upper';
    case 'lower-bound':
      return 'lower';
    case 'conditional':
      return 'conditional';
    // 接近 ("close to") and 约/大约 ("about") are both approximations; the label keeps the report's own word.
    case 'approximate':
      return figure.wording.includes('接近') ? 'close' : 'about';
    default:
      return 'point';
  }
}
