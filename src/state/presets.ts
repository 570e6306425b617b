import { auditSeries, Dec, figureYear, fitLogistic, type ForecastModel, type Lang, type SeriesDefinition } from '../model';
import { reportRanges } from './report-ranges';
import { BASE_ID, freeColor, MAX_SCENARIOS, newScenarioId, uniqueName, type Doc, type Scenario, type Uncertainty } from './scenario';

export type PresetId = 'users-low' | 'users-high' | 'users-s-curve' | 'audit-trust-endpoints' | 'audit-trust-base-and-rate' | 'audit-trust-end-and-rate' | 'report-ranges';

/** Names of the ready-made scenarios, in both languages (they are data, shown as the user's own names). */
/** The ready-made scenarios' names and descriptions, in both languages (the list to add one shows the names). */
export const PRESET_NAMES: Record<PresetId | 'base', { zh: string; en: string; descriptionZh: string; descriptionEn: string }> = {
  base: {
    zh: '报告基准',
    en: 'Report base case',
    descriptionZh:
      '报告数字的直接读法：文生图市场经过各年数字；网民经过约1000万（2022）、5000万（2023）、1.5—3亿区间的几何中值约2.12亿（2025）与“可能达到”的5亿（2027），其后按2025→2027年的增速前行、随接近所引网民总数10.92亿而放缓，永不超过（S曲线只拟合不经过这些数字，见预设情景）；文生视频经过两个金额。',
    descriptionEn:
      "The report's figures read directly: the market through each year's figure; users through about 10 M (2022), 50 M (2023), the 150–300 M range at its geometric middle, about 212 M (2025), and the 500 M it could reach (2027), then on at the 2025→2027 growth, slowing toward the cited 1.092 B internet users and never passing them (an S-curve fits these figures only loosely: see its preset); text-to-video through both amounts.",
  },
  'users-low': {
    zh: '网民：区间下限',
    en: 'Users: low end of range',
    descriptionZh: '基准路径在2025年取1.5亿（区间下限）。',
    descriptionEn: 'The base path through 150 million (the low end) in 2025.',
  },
  'users-high': {
    zh: '网民：区间上限',
    en: 'Users: high end of range',
    descriptionZh: '基准路径在2025年取3亿（区间上限）。',
    descriptionEn: 'The base path through 300 million (the high end) in 2025.',
  },
  'users-s-curve': {
    zh: '网民：以所引上限拟合的S曲线',
    en: 'Users: S-curve at the cited ceiling',
    descriptionZh:
      '以中国网民总数10.92亿为上限、拟合报告四个数字的S曲线（区间取几何中值，跨年数字按末年计）。它与报告不符：2022年约1490万（报告约1000万），2023年约3480万（报告5000万），2027年约5.62亿（报告“可能达到5亿”）。',
    descriptionEn:
      "An S-curve with China's 1.092 B internet users as its ceiling, fitted to the report's four figures (the range at its geometric middle, a span of years at its last year). It misses the report: about 14.9 M in 2022 (report: about 10 M), 34.8 M in 2023 (report: 50 M) and 562 M in 2027 (report: could reach 500 M).",
  },
  'audit-trust-endpoints': {
    zh: '文生视频：信两端金额',
    en: 'Video: trust both amounts',
    descriptionZh: '以720万美元（2023）和22.19亿美元（2030）为准，隐含年复合增长率约126.7%。',
    descriptionEn: 'Keeps $7.2 M (2023) and $2.219 B (2030); implies a CAGR of about 126.7%.',
  },
  'audit-trust-base-and-rate': {
    zh: '文生视频：信基数与增速',
    en: 'Video: trust base and rate',
    descriptionZh: '以720万美元（2023）和56.6%为准，2030年约1.66亿美元。',
    descriptionEn: 'Keeps $7.2 M (2023) and 56.6%; 2030 comes to about $166 M.',
  },
  'audit-trust-end-and-rate': {
    zh: '文生视频：信终值与增速',
    en: 'Video: trust end and rate',
    descriptionZh: '以22.19亿美元（2030）和56.6%为准，倒推2023年约9608万美元。',
    descriptionEn: 'Keeps $2.219 B (2030) and 56.6%; back to about $96 M in 2023.',
  },
  'report-ranges': {
    zh: '报告自身的区间（模拟）',
    en: "The report's own ranges, simulated",
    descriptionZh:
      '把报告的区间读作90%区间并模拟。网民：基准路径，1.5—3亿按2025年（区间末年）理解，两端各向内收2%（1.53—2.94亿），使任何种子下的P5—P95都落在区间内；2027年取3—4.9亿（“可能达到5亿”为上端，向内收2%；下端为2025年区间上限，是本应用的读法），其后随接近所引上限10.92亿而放缓。市场：2025年取200—300亿（报告只说“突破200亿”，上端是本应用的读法），2027年取800—1000亿（“接近千亿”，宽度是本应用的读法）。文生视频：2023年720万美元，年增速介于56.6%（报告所述CAGR）与约126.7%（两端金额隐含）之间，2030年因此覆盖两种读法（约1.66亿至22.19亿美元）。各项当前取值为区间的中位数。',
    descriptionEn:
      "The report's ranges read as 90% intervals and simulated. Users: the base path, with 150–300 M read at 2025 (the end of the span) and kept 2% inside at each end (153–294 M), so that P5–P95 stay inside the range at any seed; 2027 at 300–490 M (the 500 M it could reach as the top, kept 2% under; the 2025 range's high end as the bottom is the app's reading), slowing after that toward the cited 1.092 B. Market: 2025 at 20–30 B (the report says only \"over 20 B\"; the upper end is the app's reading) and 2027 at 80–100 B (\"close to 100 B\"; the width is the app's reading). Text-to-video: $7.2 M in 2023 growing between 56.6% a year (the stated CAGR) and about 126.7% (what the two amounts imply), so 2030 spans both readings, about $166 M to $2.219 B. Each value in force is its range's median.",
  },
};

function baseModels(series: readonly SeriesDefinition[]): Record<string, ForecastModel> {
  const models: Record<string, ForecastModel> = {};
  for (const s of series) if (s.baseModel) models[s.id] = s.baseModel;
  return models;
}

/**
 * The users base path through one end of the 2024-2025 range, or the S-curve fitted at the base path's
 * ceiling (the cited internet users) to the four figures, the range at its geometric middle.
 */
function usersAt(series: SeriesDefinition, reading: 'low' | 'high' | 's-curve'): ForecastModel | undefined {
  const base = series.baseModel;
  if (base?.type !== 'anchored' || base.ceiling === undefined) return undefined;
  if (reading !== 's-curve') return { ...base, through: reading };
  const points = series.figures.flatMap((f) => {
    if (f.quantity !== 'level') return [];
    const value = f.kind === 'range' && f.low && f.high ? new Dec(f.low).times(f.high).sqrt() : f.value;
    return value === undefined ? [] : [{ year: figureYear(f), value }];
  });
  const fit = fitLogistic(points, base.ceiling);
  if (!fit.ok) return undefined;
  // Rounded as the base case held it before (2026.932, 0.8680): the misfit its description states is this curve's.
  const { midpoint, steepness } = fit.value.model;
  return { ...fit.value.model, midpoint: new Dec(midpoint).toFixed(3), steepness: new Dec(steepness).toFixed(4) };
}

function presetModels(id: PresetId, series: readonly SeriesDefinition[]): { models: Record<string, ForecastModel>; uncertainty?: Uncertainty } | undefined {
  const models = baseModels(series);
  if (id === 'report-ranges') return reportRanges(series, models);
  const changed = changedModels(id, series, models);
  return changed && { models: changed };
}

function changedModels(id: Exclude<PresetId, 'report-ranges'>, series: readonly SeriesDefinition[], models: Record<string, ForecastModel>): Record<string, ForecastModel> | undefined {
  if (id === 'users-low' || id === 'users-high' || id === 'users-s-curve') {
    const users = series.find((s) => s.unit.kind === 'people' && s.baseModel?.type === 'anchored');
    const model = users && usersAt(users, id === 'users-low' ? 'low' : id === 'users-high' ? 'high' : 's-curve');
    if (!users || !model) return undefined;
    return { ...models, [users.id]: model };
  }
  const wanted = id.replace('audit-', '');
  for (const s of series) {
    for (const finding of auditSeries(s)) {
      if (finding.type !== 'growth-conflict') continue;
      const reading = finding.reconciliations.find((r) => r.id === wanted);
      if (reading) return { ...models, [s.id]: reading.model };
    }
  }
  return undefined;
}

export function presetScenario(id: PresetId | 'base', series: readonly SeriesDefinition[], lang: Lang, colorIndex: number, scenarioId: string): Scenario | undefined {
  const preset = id === 'base' ? { models: baseModels(series) } : presetModels(id, series);
  if (!preset) return undefined;
  const names = PRESET_NAMES[id];
  return {
    ...(preset.uncertainty ? { uncertainty: preset.uncertainty } : {}),
    id: scenarioId,
    name: lang === 'zh' ? names.zh : names.en,
    description: lang === 'zh' ? names.descriptionZh : names.descriptionEn,
    readOnly: id === 'base',
    colorIndex,
    origin: id === 'base' ? 'report' : id.startsWith('audit') ? 'audit' : 'preset',
    models: preset.models,
  };
}

export const PRESET_IDS: readonly PresetId[] = [
  'users-low',
  'users-high',
  'users-s-curve',
  'audit-trust-endpoints',
  'audit-trust-base-and-rate',
  'audit-trust-end-and-rate',
  'report-ranges',
];

/** What a first visit shows: the base case, compared with the readings of the report's ranges and of its text-to-video conflict. */
export function defaultDoc(series: readonly SeriesDefinition[], lang: Lang): Doc {
  // Solving the audit's readings takes milliseconds; every store opened on the same report starts from the same doc.
  const known = madeDocs.get(series)?.[lang];
  if (known) return known;
  const doc = makeDefaultDoc(series, lang);
  madeDocs.set(series, { ...madeDocs.get(series), [lang]: doc });
  return doc;
}

const madeDocs = new WeakMap<readonly SeriesDefinition[], Partial<Record<Lang, Doc>>>();

function makeDefaultDoc(series: readonly SeriesDefinition[], lang: Lang): Doc {
  const base = presetScenario('base', series, lang, 0, BASE_ID)!;
  const firstShown: PresetId[] = ['users-low', 'users-high', 'audit-trust-base-and-rate', 'audit-trust-end-and-rate'];
  const presets = firstShown.flatMap((id, i) => presetScenario(id, series, lang, i + 1, `preset-${id}`) ?? []);
  const scenarios = [base, ...presets];
  return { scenarios, compared: scenarios.map((s) => s.id), focusId: BASE_ID };
}

/** The base case as the report reads it, to restore whatever happened to it. */
export function baseScenario(series: readonly SeriesDefinition[], lang: Lang): Scenario {
  return presetScenario('base', series, lang, 0, BASE_ID)!;
}

/**
 * The names and descriptions the app gave, in the other language: a scenario still called what the app
 * called it follows a language switch; one the user renamed or described keeps the user's words.
 */
export function translateGivenText(scenario: Scenario, to: Lang): Scenario {
  for (const names of Object.values(PRESET_NAMES)) {
    const nameFrom = to === 'zh' ? names.en : names.zh;
    const descriptionFrom = to === 'zh' ? names.descriptionEn : names.descriptionZh;
    const name = scenario.name === nameFrom ? (to === 'zh' ? names.zh : names.en) : scenario.name;
    const description = scenario.description === descriptionFrom ? (to === 'zh' ? names.descriptionZh : names.descriptionEn) : scenario.description;
    if (name !== scenario.name || description !== scenario.description) return { ...scenario, name, description };
  }
  return scenario;
}

/** Whether `text` is a ready-made scenario's description, in either language: the app's words, not the user's. */
export const isGivenDescription = (text: string): boolean => Object.values(PRESET_NAMES).some((names) => text === names.descriptionZh || text === names.descriptionEn);

// The name says what it is (the banner said so once); no description, which would cost the first load both languages' words.
const EARLIER_BASE = { zh: '报告基准（早前读法）', en: 'Report base case (earlier reading)' } as const;

/**
 * Saved work whose read-only base case is an earlier version's reading of the report (fixtures/saved-state/v1.json:
 * an S-curve for the users, missing the report's 10 M and 500 M): the base case becomes today's reading, so no
 * number under the report's name contradicts the report, and the saved one is kept beside it as a scenario of the
 * user's, compared where the base case was (room permitting). `kept` names it, or is '' when the list was full
 * (MAX_SCENARIOS: one more would fail the saved-state checks at the next load); work already on today's reading
 * comes back as it is. The base case's models of the user's own series are left as they were.
 */
export function withCurrentBase(doc: Doc, series: readonly SeriesDefinition[], lang: Lang, maxCompared: number): { readonly doc: Doc; readonly kept?: string } {
  const saved = doc.scenarios.find((s) => s.id === BASE_ID && s.readOnly);
  if (!saved) return { doc };
  const today = baseScenario(series, lang);
  // Compared as written: saved work comes back through its schema, whose key order is the presets' own (a
  // reordering would cost one needless copy, once; sameJson would bring merge-docs into the first load).
  if (series.every((s) => JSON.stringify(saved.models[s.id]) === JSON.stringify(today.models[s.id]))) return { doc };
  const base: Scenario = { ...saved, name: today.name, description: today.description, models: { ...saved.models, ...today.models } };
  if (doc.scenarios.length >= MAX_SCENARIOS) return { doc: { ...doc, scenarios: doc.scenarios.map((s) => (s === saved ? base : s)) }, kept: '' };
  const name = uniqueName(EARLIER_BASE[lang], doc.scenarios);
  const kept: Scenario = { ...saved, id: newScenarioId(), name, description: '', readOnly: false, origin: 'user', colorIndex: freeColor(doc.scenarios) };
  const scenarios = doc.scenarios.flatMap((s) => (s === saved ? [base, kept] : [s]));
  const compare = doc.compared.includes(BASE_ID) && doc.compared.length < maxCompared;
  const compared = compare ? scenarios.map((s) => s.id).filter((id) => id === kept.id || doc.compared.includes(id)) : doc.compared;
  return { doc: { ...doc, scenarios, compared }, kept: name };
}
