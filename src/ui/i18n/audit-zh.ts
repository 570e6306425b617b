import type { AuditMessages } from './audit-en';

/** The audit panel's own words in Chinese (see audit-en.ts). */
export const auditZh: AuditMessages = {
  title: (own) => `报告数字${own ? '及自有序列' : ''}核查`,
  conflictDetail: (implied, endFromBase, ratio, rateStart, from) =>
    `两个金额隐含年增速${implied}。按所述增速，基数${ratio ? `只能增长到${endFromBase}（终值是它的${ratio}倍）` : `将超过终值，增长到${endFromBase}`}；若终值与增速成立，${from}年就需已达${rateStart}。`,
  figuresAllow: (range) => `两个数字允许的年增速${range}。`,
  baseReaches: (end, year, below) => `按所述增速，基数到${year}年${below ? '只能增长到' : '将超过终值，增长到'}${end}。`,
  upTo: (a) => `不超过${a}`,
  over: (a) => `超过${a}`,
  growth: (series, from, to, range) => `${series}，${from}→${to}年：年增速${range}。`,
  between: (a, b) => `介于${a}与${b}之间`,
  atLeast: (a) => `至少${a}`,
  atMost: (a) => `至多${a}`,
  exactly: (a) => `${a}`,
  unbounded: '不受限制（措辞未给出界限）',
  applied: (name) => `已添加“${name}”。`,
};
