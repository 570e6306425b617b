import type { AnchorFormMessages } from './anchor-form-en';

/** The words of the forms that add an anchor or a range's high end, in Chinese (see anchor-form-en.ts). */
export const anchorFormZh: AnchorFormMessages = {
  add: '添加',
  cancel: '取消',
  ceiling: '路径趋近的上限值',
  highEnd: '区间上限',
  highEqualsLow: '上限等于下限：这是一个数，不是区间。',
  year: '新锚点的年份',
  hint: '新锚点落在当前路径上，改动其数值之前路径不变。',
  unreadable: '请输入年份，例如2026。',
  taken: (year) => `${year}年已有锚点：请修改其数值，或另选年份。`,
  oneAtATime: (last) => `此路径在末个锚点后趋近上限：${last}年之后的年份请逐年添加（先加${last + 1}年），否则其间的年份会改变。`,
  full: (max) => `一条路径最多${max}个锚点：请先移除一个。`,
};
