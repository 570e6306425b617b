// The benches' load "at the limit" (issue 19's stated limits): saved work (saved-state version 2) holding
// 20 series of one's own, six figures each of different kinds, and 10 compared scenarios, each holding a
// model for every series (compound or anchored paths, varied). Seeded into localStorage before the app's
// own script runs (seedLimit), so the page reads it as a visitor's saved work.
//
// Every series' input passes the series door (io/user-series toUserSeries) and the whole envelope the
// saved-state door (io/saved-state readSavedState): npx tsx tests/bench/limit-load.check.mjs checks both
// (see docs/performance.md, "At the limit"). Plain JavaScript, so the benches run it without tsx.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** state/store STORAGE_KEY */
export const STORAGE_KEY = 'genai-forecast';
export const LIMIT = { series: 20, scenarios: 10 };

/** [zh name, en name, unit, publisher, value in 2022, yearly growth] */
const SERIES = [
  ['中国AI营销市场规模', 'China AI marketing market', 'CNY', '艾瑞咨询', 2.1e10, 0.42],
  ['全球AI音乐生成市场', 'Global AI music generation market', 'USD', 'Market.us', 2.3e8, 0.3],
  ['中国虚拟数字人市场', 'China virtual digital human market', 'CNY', '量子位智库', 1.2e10, 0.5],
  ['AIGC短视频创作者', 'AIGC short-video creators', 'people', 'QuestMobile', 8e6, 0.65],
  ['全球AI配音与语音合成市场', 'Global AI dubbing and voice market', 'USD', 'Grand View Research', 1.1e9, 0.25],
  ['中国AI游戏美术外包', 'China AI game-art outsourcing', 'CNY', '伽马数据', 3.5e9, 0.38],
  ['广告创意中生成式AI的渗透率', 'Generative AI share of ad creative', 'share', 'WARC', 0.04, 0],
  ['中国AI写作工具付费用户', 'China AI writing tool paying users', 'people', '易观分析', 2.5e6, 0.7],
  ['全球文生3D市场', 'Global text-to-3D market', 'USD', 'MarketsandMarkets', 9e7, 0.55],
  ['中国虚拟偶像核心市场', 'China virtual idol core market', 'CNY', '艾媒咨询', 1.2e10, 0.3],
  ['AI辅助影视后期制作', 'AI-assisted film post-production', 'CNY', '中信证券', 1.8e9, 0.33],
  ['全球AI图像编辑软件收入', 'Global AI image-editing software revenue', 'USD', 'IDC', 6e8, 0.28],
  ['网络文学AI改编渗透率', 'AI adaptation share of web novels', 'share', '中国音像与数字出版协会', 0.02, 0],
  ['中国AI有声书市场', 'China AI audiobook market', 'CNY', '华经产业研究院', 2.6e9, 0.27],
  ['全球AI字幕翻译市场', 'Global AI subtitle translation market', 'USD', 'Nimdzi', 4.5e8, 0.22],
  ['中国AIGC直播电商成交额', 'China AIGC live-commerce GMV', 'CNY', '国海证券', 5e10, 0.6],
  ['AI陪伴应用月活用户', 'AI companion app monthly users', 'people', 'a16z', 3e7, 0.45],
  ['全球生成式AI媒体支出', 'Global generative AI media spending', 'USD', 'Gartner', 4e9, 0.48],
  ['中国AI教育内容市场', 'China AI education content market', 'CNY', '多鲸资本', 7e9, 0.2],
  ['使用AI的新闻机构占比', 'Share of newsrooms using AI', 'share', 'Reuters Institute', 0.1, 0],
];

/** Three significant digits, as a report would round. @param {number} v */
const round3 = (v) => Number(v.toPrecision(3));
/** A decimal string the schemas take (no exponent for big numbers). @param {number} v */
const dec = (v) => (v >= 1 ? BigInt(Math.round(v)).toString() : String(round3(v)));
/** A share's path: from `start` toward 90%, an S-curve's lower half. @param {number} start @param {number} year */
const shareAt = (start, year) => round3(start + (0.9 - start) * (1 - Math.exp(-0.18 * (year - 2022))));

/** How the report would word `v` in Chinese. @param {number} v @param {string} unit */
function wordZh(v, unit) {
  if (unit === 'share') return `${round3(v * 100)}%`;
  const money = unit === 'CNY' ? '元' : unit === 'USD' ? '美元' : '人';
  return v >= 1e8 ? `${round3(v / 1e8)}亿${money}` : `${round3(v / 1e4)}万${money}`;
}

/** The figures of series `j`: six of different kinds, in year order. @param {number} j */
function figuresOf(j) {
  const [, , unit, , start, growth] = SERIES[j];
  const at = (/** @type {number} */ year) => (unit === 'share' ? shareAt(start, year) : round3(start * (1 + growth) ** (year - 2022)));
  const w = (/** @type {number} */ year) => wordZh(at(year), unit);
  const bound = j % 2 ? 'upper-bound' : 'lower-bound';
  const low = round3(at(2025) * 0.85);
  const high = round3(Math.min(unit === 'share' ? 1 : Infinity, at(2025) * 1.2));
  return [
    { years: [2022], kind: 'approximate', value: dec(at(2022)), wording: `2022年约${w(2022)}` },
    { years: [2023], kind: 'point', value: dec(at(2023)), wording: `2023年达到${w(2023)}` },
    { years: [2024, 2025], kind: 'range', low: dec(low), high: dec(high), wording: `2024至2025年有望达${wordZh(low, unit)}至${wordZh(high, unit)}` },
    { years: [2026], kind: 'statement', wording: '未来几年仍将保持较快增长' },
    { years: [2027], kind: 'conditional', value: dec(at(2027)), wording: `若监管环境稳定，2027年可达${w(2027)}`, condition: '监管环境稳定' },
    { years: [2030], kind: bound, value: dec(at(2030)), wording: `2030年${bound === 'upper-bound' ? '不超过' : '有望突破'}${w(2030)}` },
  ];
}

/** What a person would have typed for series `j`: the series door's input. @param {number} j */
export function seriesInput(j) {
  const [zh, en, unit, publisher] = SERIES[j];
  return {
    name: { zh, en },
    unit: unit === 'share' ? { kind: 'share' } : unit === 'people' ? { kind: 'people' } : { kind: 'money', currency: unit },
    source: { publisher, date: `2024-${String(1 + (j % 12)).padStart(2, '0')}`, section: `${1 + (j % 5)}.${1 + (j % 3)}` },
    figures: figuresOf(j),
  };
}

export const seriesId = (/** @type {number} */ j) => `user-limit-${String(j + 1).padStart(2, '0')}`;

/**
 * Scenario `k`'s model of series `j`: the base (k = 0) through every figure with a number; the others
 * alternate compound paths from 2023 and anchored paths through fewer figures, low, mid or high.
 * @param {number} j @param {number} k
 */
function modelOf(j, k) {
  const id = seriesId(j);
  const share = SERIES[j][2] === 'share';
  const growth = share ? 0.3 : Number(SERIES[j][5]);
  const figures = figuresOf(j);
  // The door numbers figures in year order from 1 (they are already in year order here).
  const anchors = figures.flatMap((f, n) =>
    f.kind === 'statement' ? [] : [{ year: f.years[f.years.length - 1], low: f.low ?? f.value, ...(f.high ? { high: f.high } : {}), figureId: `${id}-${n + 1}` }],
  );
  const rate = (/** @type {number} */ r) => String(Math.round(r * 1000) / 1000);
  if (k === 0) return { type: 'anchored', anchors, through: 'mid', rateBefore: rate(growth), rateAfter: rate(growth * 0.8), ...(share ? { ceiling: '0.95' } : {}) };
  if (!share && (j + k) % 2 === 0)
    return { type: 'compound', baseYear: 2023, baseValue: dec(round3(Number(figures[1].value) * (0.8 + 0.05 * k))), cagr: rate(growth * (0.5 + 0.1 * k)) };
  return {
    type: 'anchored',
    anchors: anchors.filter((_, n) => n % 2 === k % 2 || n === anchors.length - 1),
    through: /** @type {const} */ (['low', 'mid', 'high'])[k % 3],
    rateBefore: rate(growth),
    rateAfter: rate(growth * (0.3 + 0.08 * k)),
    ...(share ? { ceiling: '0.95' } : {}),
  };
}

/** The report's own scenarios (the base and its four presets) as saved work holds them, from the v2 fixture. */
function reportScenarios() {
  const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures/saved-state/v2.json'), 'utf8'));
  const report = ['t2i-market-cn', 't2i-users-cn', 't2v-revenue-global'];
  return fixture.state.doc.scenarios
    .filter((/** @type {{ origin: string }} */ s) => s.origin !== 'user')
    .map((/** @type {{ models: Record<string, unknown> }} */ s) => ({ ...s, models: Object.fromEntries(report.map((key) => [key, s.models[key]])) }));
}

/**
 * The saved-state envelope at the limit: 20 series of one's own, the base, its four presets and five
 * scenarios of one's own ("Plan 1"…), all ten compared, the last focused.
 * @param {'en' | 'zh'} lang
 */
export function limitSavedState(lang = 'en') {
  const fromReport = reportScenarios();
  const base = fromReport[0];
  const own = Array.from({ length: LIMIT.scenarios - fromReport.length }, (_, i) => {
    const models = structuredClone(base.models);
    // As the frame bench's own set-up: each with its own video and image-market growth after the report.
    models['t2v-revenue-global'].rateAfter = String((40 + 6 * i) / 100);
    models['t2i-market-cn'].rateAfter = String((25 + 4 * i) / 100);
    return { id: `s-limit-${i + 1}`, name: lang === 'zh' ? `方案 ${i + 1}` : `Plan ${i + 1}`, description: '', readOnly: false, colorIndex: 0, origin: 'user', models };
  });
  const scenarios = [...fromReport, ...own].map((s, k) => ({
    ...s,
    colorIndex: k,
    models: { ...s.models, ...Object.fromEntries(SERIES.map((_, j) => [seriesId(j), modelOf(j, k)])) },
  }));
  const userSeries = SERIES.map((_, j) => ({ input: seriesInput(j), definition: { id: seriesId(j) } }));
  return {
    version: 2,
    state: {
      doc: { scenarios, compared: scenarios.map((s) => s.id), focusId: scenarios[scenarios.length - 1].id, userSeries, hidden: [] },
      settings: { lang, theme: 'light', yearFrom: 2022, yearTo: 2032, scale: 'linear', currency: 'native', usdCny: '7.1268', unitStyle: lang === 'zh' ? 'wan' : 'kmb' },
    },
  };
}

/**
 * Seeds `target` (a Playwright page or context) with the saved work at the limit, before any of the
 * page's scripts run, on every navigation of it whose storage holds no work yet.
 * @param {{ addInitScript: (script: (arg: { key: string, value: string }) => void, arg: { key: string, value: string }) => Promise<void> }} target
 * @param {'en' | 'zh'} lang
 */
export async function seedLimit(target, lang = 'en') {
  await target.addInitScript(
    ({ key, value }) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    { key: STORAGE_KEY, value: JSON.stringify(limitSavedState(lang)) },
  );
}

/**
 * What the page shows: its charts and scenarios (to print, and to check the load is really there).
 * @param {import('playwright-core').Page} page
 */
export async function shown(page) {
  return {
    charts: await page.locator('[data-testid^="chart-panel-"]').count(),
    scenarios: await page.getByTestId('scenario-row').count(),
    compared: await page.locator('[data-testid="scenario-row"] input[type="checkbox"]:checked').count(),
  };
}
