import type { TableMessages } from './table-en';

/** The projection table's own words in Chinese (see table-en.ts). */
export const tableZh: TableMessages = {
  year: '年份',
  cagr: '年复合增速',
  vsBase: '较基准',
  copyTable: '复制表格',
  notHeld: '；所比较的情景均未固定在该数字上',
  notHeldBy: (names) => `；未固定在该数字上的情景：${names}`,
  disallowedBy: (names) => `；取值与该数字不符的情景：${names}`,
  readAs: (items) => `；${items}`,
  readItem: (name, value) => `${name}按${value}计`,
  percentileTitle: (p, name) => `${name}模拟路径的第${p}百分位数`,
};
