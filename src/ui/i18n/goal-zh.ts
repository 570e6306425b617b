import type { GoalMessages } from './goal-en';

/** The goal seek's words in Chinese (see goal-en.ts). */
const list = (names: readonly string[]): string => new Intl.ListFormat('zh', { type: 'conjunction' }).format(names);

export const goalZh: GoalMessages = {
  target: '目标',
  byYear: '年份',
  from: '起点',
  startReport: (year, value, wording, whose) => `${year}年：${wording}${value}（${whose}）`,
  wording: {
    point: '',
    'upper-bound': '不超过',
    'lower-bound': '突破',
    approximate: '约',
    conditional: '可能达到',
    'range-low': '区间下限',
    'range-high': '区间上限',
  },
  startModel: (year, value, scenario) => `${year}年：${value}（${scenario}）`,
  rateNeeded: (rate, from, value, bound = 'exact') =>
    `从${from}年的${value}出发，每年${bound === 'at-least' ? '至少' : bound === 'at-most' ? '至多' : ''}需增长${rate}。`,
  reaches: (names, year) => `${list(names)}在${year}年达到。`,
  already: (names, year) => `${list(names)}在${year}年已经达到。`,
  never: (names, ceiling) => `${list(names)}无法达到：S 曲线趋近上限${ceiling}，永远不会触及。`,
  notBy: (names, year) => `${list(names)}到${year}年仍未达到。`,
  apply: '以此增速新建情景',
  positive: '目标须大于零。',
  shareAbove: '占比不能超过100%。',
  notApplied: '此增速无法用于情景：',
  byRange: (min, max) => `年份须为${min}至${max}年之间的整年。`,

};
