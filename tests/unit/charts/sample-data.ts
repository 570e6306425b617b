import type { ChartData, ChartLine } from '../../../src/charts';

/** Chinese money and counts the way the report writes them: 100亿, 1.5亿, 3000万, 1.2万亿. */
export function formatZh(value: number): string {
  const units: [number, string][] = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];
  for (const [size, unit] of units) {
    if (Math.abs(value) >= size) return `${Number((value / size).toPrecision(3))}${unit}`;
  }
  return String(Number(value.toPrecision(3)));
}

const YEARS = Array.from({ length: 14 }, (_, i) => 2022 + i);

/** An S-curve from `start` in 2022 towards the ceiling `ceiling`, reaching `at2027` in 2027. */
function growth(start: number, ceiling: number, at2027: number): ChartLine['points'] {
  const a = ceiling / start - 1;
  const rate = Math.log(a / (ceiling / at2027 - 1)) / 5;
  return YEARS.map((year) => ({ year, value: ceiling / (1 + a * Math.exp(-rate * (year - 2022))) }));
}

const SCENARIOS: [string, number, number][] = [
  ['基准情景', 2.2e11, 1e11],
  ['乐观情景（技术突破）', 3.1e11, 1.2e11],
  ['悲观情景', 1.3e11, 6e10],
  ['监管收紧', 9e10, 4.5e10],
  ['Open-source price war', 1.8e11, 1.1e11],
];

export function marketChart(over: Partial<ChartData> = {}): ChartData {
  const lines: ChartLine[] = SCENARIOS.map(([name, ceiling, at2027], i) => ({
    id: `s${i}`,
    name,
    colorIndex: i,
    points: growth(2.5e9, ceiling, at2027),
    focus: i === 0,
  }));
  return {
    title: '中国 AI 文生图市场规模',
    subtitle: '五种情景，2022–2035 年；2027 年以后为模型推算',
    unitLabel: '人民币（元）',
    lines,
    marks: [
      { figureId: 'f-2024', kind: 'upper-bound', years: [2024], value: 1e10, label: '≤100亿' },
      { figureId: 'f-2025', kind: 'lower-bound', years: [2025], value: 2e10, label: '>200亿' },
      { figureId: 'f-2027', kind: 'approximate', years: [2027], value: 1e11, label: '≈1000亿' },
      { figureId: 'f-note', kind: 'statement', years: [2030], label: '行业持续高速增长' },
    ],
    scale: 'linear',
    yearFrom: 2022,
    yearTo: 2035,
    reportedUntil: 2027,
    formatValue: formatZh,
    sourceLine: '来源：万联证券《生成式 AI 在传媒行业的应用》（2024-06-28）；情景假设与推算为本工具计算结果。',
    footnote: '注：2027 年以后的虚线为模型推算，并非报告数据。≤、> 标记为报告给出的上下限，≈ 为约数。',
    legend: true,
    description: '中国 AI 文生图市场规模，五种情景，2022 至 2035 年。',
    ...over,
  };
}

export function usersChart(over: Partial<ChartData> = {}): ChartData {
  const lines: ChartLine[] = [
    { id: 'u0', name: '基准情景', colorIndex: 0, points: growth(4e7, 9e8, 4.5e8), focus: true },
    { id: 'u1', name: '乐观情景', colorIndex: 1, points: growth(4e7, 1.2e9, 6e8) },
    { id: 'u2', name: '悲观情景', colorIndex: 2, points: growth(4e7, 5e8, 2.8e8) },
  ];
  return {
    title: '中国 AI 文生图用户规模',
    unitLabel: '用户（人）',
    lines,
    marks: [
      { figureId: 'u-range', kind: 'range', years: [2024, 2025], low: 1.5e8, high: 3e8, label: '1.5亿–3亿' },
      { figureId: 'u-cond', kind: 'conditional', years: [2026, 2027], value: 5e8, label: '≤5亿（如监管放开）' },
    ],
    scale: 'linear',
    yearFrom: 2022,
    yearTo: 2035,
    reportedUntil: 2027,
    formatValue: formatZh,
    sourceLine: '来源：万联证券（2024-06-28）',
    legend: true,
    description: '中国 AI 文生图用户规模，三种情景。',
    ...over,
  };
}

/** Ten scenarios with long, mixed-language names, for the legend and palette. */
export function tenScenarios(): ChartData {
  const names = ['基准情景', '乐观情景', '悲观情景', '监管收紧', '技术突破（多模态大模型全面商用）', 'Open-source price war', '出海加速', '版权诉讼拖累', 'Enterprise adoption stalls', '平台补贴'];
  const lines: ChartLine[] = names.map((name, i) => ({
    id: `t${i}`,
    name,
    colorIndex: i,
    points: growth(2.5e9, 0.9e11 + i * 0.25e11, 0.45e11 + i * 0.08e11),
    focus: i === 4,
  }));
  return marketChart({ lines, title: '中国 AI 文生图市场规模：十种情景', subtitle: undefined, target: { value: 2e11, year: 2031, label: '目标：2031 年 2000亿' } });
}
