import {
  anchorValue,
  checkAnchors,
  Dec,
  domainBounds,
  figureYear,
  formatPercent,
  ok,
  yearlyFactor,
  type Anchor,
  type AnchoredModel,
  type Localized,
  type ReportFigure,
  type Result,
  type Unit,
} from '../model';

/**
 * The path the app proposes for a series a person entered, built as the report's base cases are
 * (fixtures/report-figures.json): an anchored model through every figure with a number, bounds and
 * approximate values read as points, a range through its geometric middle. Before the first anchor it
 * grows at the first segment's rate (the text-to-image market's 100 %), after the last at the last
 * segment's, and a share bends into 100 % (as the users' path bends into the netizens' ceiling).
 */
export interface ProposedModel {
  readonly model: AnchoredModel;
  readonly notes: Localized;
}

/** Digits a proposed rate keeps: as the report's base cases carry theirs ('0.53525978386563569057'). */
const RATE_DIGITS = 20;

/** The yearly rate from one anchor's middle to the next's, held inside the plausible rate domain. */
function segmentRate(from: { year: number; value: Dec }, to: { year: number; value: Dec }): Dec {
  const rate = yearlyFactor(to.value.div(from.value), to.year - from.year).minus(1);
  const { min, max } = domainBounds('rate');
  return Dec.max(min, Dec.min(max, rate)).toSignificantDigits(RATE_DIGITS);
}

export function proposeModel(figures: readonly ReportFigure[], unit: Unit): Result<ProposedModel> {
  const anchors: Anchor[] = figures
    .filter((f) => f.kind !== 'statement' && f.quantity === 'level')
    .map((f) => ({
      year: figureYear(f),
      low: f.kind === 'range' ? f.low! : f.value!,
      ...(f.kind === 'range' && f.high !== f.low ? { high: f.high! } : {}),
      figureId: f.id,
    }))
    .sort((a, b) => a.year - b.year);
  const checked = checkAnchors(anchors);
  if (!checked.ok) return checked;
  const levels = checked.value.map((a) => ({ year: a.year as number, value: anchorValue(a, 'mid') as Dec }));
  const flat = levels.length < 2;
  const rateBefore = flat ? new Dec(0) : segmentRate(levels[0]!, levels[1]!);
  const rateAfter = flat ? new Dec(0) : segmentRate(levels[levels.length - 2]!, levels[levels.length - 1]!);
  // A share cannot pass 100 %: bend into it, unless a figure already sits on it (the ceiling must lie above every anchor).
  const ceiling = unit.kind === 'share' && checked.value.every((a) => a.high.lt(1)) ? '1' : undefined;
  const model: AnchoredModel = {
    type: 'anchored',
    anchors,
    through: 'mid',
    rateBefore: rateBefore.toString(),
    rateAfter: rateAfter.toString(),
    ...(ceiling ? { ceiling } : {}),
  };
  return ok({ model, notes: notesFor(flat, rateBefore, rateAfter, ceiling !== undefined) });
}

function notesFor(flat: boolean, before: Dec, after: Dec, bent: boolean): Localized {
  const zhRates = flat
    ? '只有一个数字，前后都按0%增速延伸，请自行设定增速'
    : `首个数字之前按第一段增速（${formatPercent(before)}）回推，最后一个数字之后按最后一段增速（${formatPercent(after)}）延伸`;
  const enRates = flat
    ? 'with one figure only, it stays flat (0% a year) before and after it: set a rate of your own'
    : `before the first figure it uses the first segment's rate (${formatPercent(before)}), after the last the last segment's (${formatPercent(after)})`;
  return {
    zh: `自建序列：建议路径经过每个有数字的数值（上下限与约数视作点，区间取几何中点）；${zhRates}${bent ? '；占比趋近100%' : ''}。这些增速是本应用的建议，不是来源给出的。`,
    en: `Your own series: the proposed path runs through every figure with a number (bounds and approximate values as points, a range through its geometric middle); ${enRates}${bent ? '; the share levels off towards 100%' : ''}. These rates are this app's proposal, not the source's.`,
  };
}
