import { reportData } from '../../../src/io/report-fixture';
import type { ExchangedScenario, ExchangeView } from '../../../src/io/scenario-file';
import type { AnchoredModel, ForecastModel, LogisticModel } from '../../../src/model';
import { defaultSettings, type Scenario } from '../../../src/state';

export const MARKET = 't2i-market-cn';
export const USERS = 't2i-users-cn';
export const VIDEO = 't2v-revenue-global';

/** A scenario as the store holds it, the user's, editable, in the first colour unless `fields` say otherwise. */
export const storedScenario = (id: string, fields: Pick<Scenario, 'name' | 'description' | 'models'> & Partial<Scenario>): Scenario => ({
  id,
  readOnly: false,
  colorIndex: 0,
  origin: 'user',
  ...fields,
});

/** The report's base model for each charted series. */
export function baseModels(): Record<string, ForecastModel> {
  return Object.fromEntries(reportData().series.flatMap((s) => (s.baseModel ? [[s.id, s.baseModel]] : [])));
}

const base = baseModels();
const market = base[MARKET] as AnchoredModel;
// The S-curve at the cited ceiling (the 'users-s-curve' preset; the users base case before issue 14 made it a path through the figures).
const users: LogisticModel = { type: 'logistic', ceiling: '1092000000', midpoint: '2026.932', steepness: '0.8680' };

const variant = (name: string, description: string, change: Record<string, ForecastModel>): ExchangedScenario => ({
  name,
  description,
  models: { ...base, ...change },
});

/**
 * Ten scenarios a reader of the report would make and share: the base case and variations of the
 * growth rates, the users' S-curve and the video market, named in Chinese and English.
 */
export function tenScenarios(): ExchangedScenario[] {
  return [
    variant('报告基准', '报告数字的直接读法：文生图市场经过各年数字，网民为拟合的S曲线，文生视频经过两个金额。', {}),
    variant('Bull: video at 80% a year', 'Text-to-video grows at 80% from $7.2 M in 2023.', {
      [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.8' },
    }),
    variant('乐观：文生图2027年后增速40%', '2027年千亿元之后年增速取40%而非30%。', { [MARKET]: { ...market, rateAfter: '0.4' } }),
    variant('悲观：文生图2027年后增速15%', '2027年后增速放缓至15%。', { [MARKET]: { ...market, rateAfter: '0.15' } }),
    variant('Users: ceiling 800 million', 'The S-curve with a lower ceiling: 800 M netizens instead of all 1.092 B.', {
      [USERS]: { ...users, ceiling: '800000000' },
    }),
    variant('网民：普及更快', 'S曲线陡度取1.1，中点提前到2026年。', { [USERS]: { ...users, midpoint: '2026', steepness: '1.1' } }),
    variant('Video: trust base and rate', 'Keeps $7.2 M (2023) and 56.6%; 2030 comes to about $166 M.', {
      [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.566' },
    }),
    variant('文生视频：信终值与增速', '以22.19亿美元（2030）和56.6%为准，倒推2023年约9608万美元。', {
      [VIDEO]: { type: 'compound', baseYear: 2030, baseValue: '2219000000', cagr: '0.566' },
    }),
    variant('Market through the low path', 'Text-to-image market at 25% after 2027, video at 45%.', {
      [MARKET]: { ...market, rateAfter: '0.25' },
      [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.45' },
    }),
    {
      ...variant('综合乐观 / Combined bull', '文生图增速35%，网民上限11亿，视频增速70%。Uncertain video rate: 50%-90%.', {
        [MARKET]: { ...market, rateAfter: '0.35' },
        [VIDEO]: { type: 'compound', baseYear: 2023, baseValue: '7200000', cagr: '0.7' },
      }),
      uncertainty: { ranges: { [VIDEO]: { cagr: { low: '0.5', high: '0.9' } } }, seed: 20240628, samples: 10000 },
    },
  ];
}

/** What a reader looking at all ten would share: every one compared, the bull case in focus, the users chart. */
export function tenView(): ExchangeView {
  return { compared: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], focus: 1, settings: { ...defaultSettings('zh'), yearTo: 2035 } };
}
