import type { UncertaintyMessages } from './uncertainty-en';

/** The uncertainty views' words in Chinese (see uncertainty-en.ts). */
export const uncertaintyZh: UncertaintyMessages = {
  readAs: {
    'lognormal-growth': (median) => `按90%区间理解，1 + g 服从对数正态分布；中位数 ${median}`,
    lognormal: (median) => `按90%区间理解，对数正态分布；中位数 ${median}`,
    normal: (median) => `按90%区间理解，正态分布；中位数 ${median}`,
  },
  clearRange: (label) => `清除“${label}”的区间`,
  simulating: '模拟中…',
  key: (name, samples) => `阴影：${name}的${samples}条模拟路径中50%与90%所在的范围；点线：中位数。`,
  timing: (samples, ms) => `${samples}条路径，用时${ms}毫秒`,
  samples: '路径数',
  seed: '随机种子',
  reroll: '重新抽样',
  rerollHint: '抽取一组新的随机路径',
  tornadoTitle: '哪项假设影响最大',
  tornadoYear: '年份',
  tornadoDescription: (series, year) => `${series}${year}年的数值：每项不确定假设分别取其区间的5%端与95%端，其余假设保持当前取值。`,
  lowEnd: '假设取5%端',
  highEnd: '取95%端',
  noEffect: '对该年没有影响',
  base: (value) => `当前 ${value}`,
  anchorLabel: (index, year) => `锚点${index}（${year}年）`,
  chance: (series, target, year, percent) => `${series}${year}年超过${target}的概率：${percent}`,
  failed: (reason) => `模拟无法运行：${reason}`,
};
