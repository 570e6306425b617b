import type { WordsMessages } from './words-en';

/** The words-and-arrows menu's words in Chinese (see words-en.ts). */
export const wordsZh: WordsMessages = {
  words: '图上文字',
  title: '标题',
  hideTitle: '不显示标题',
  subtitle: '副标题',
  note: '图下注释',
  footnote: '假设脚注',
  source: '资料来源',
  wordsHint: '所有导出（PNG、SVG、PDF、PowerPoint）都会显示，并随情景保存、随分享链接传出。',
  arrows: '年复合增速与差额箭头',
  kind: '箭头',
  cagr: '年复合增速',
  difference: '差额',
  scenario: '情景',
  from: '从',
  to: '到',
  addArrow: '添加箭头',
  removeArrow: '删除此箭头',
  arrowLine: (kind, scenario, from, to) => `${kind}：${scenario}，${from}—${to}年`,
  notCompared: '（情景未在比较中：不绘制）',
  sameYear: '箭头需要两个不同的年份。',
  tooMany: (n) => `每张图最多 ${n} 个箭头。`,

};
