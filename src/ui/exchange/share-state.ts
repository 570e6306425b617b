import { exchangedCharts, type ExchangedScenario, type ExchangeView } from '../../io/scenario-file';
import type { Scenario } from '../../state';
import { comparedScenarios, type ExportInput } from './export-chart';
import { appFolder } from '../shared';

/**
 * Links and embed code. A share link is the page's address with the state in its fragment
 * (io/share-link: `#s1.<payload>`); an embed adds the chart to show: `#embed=<series-id>&s1.<payload>`.
 * Fragments never reach a server, so nothing the user made is uploaded.
 */

/** A scenario as a link carries it, with its colour: an embed and the reader's page draw it as the sender's slides do. */
export const exchanged = ({ name, description, models, uncertainty, colorIndex }: Scenario): ExchangedScenario => ({
  name,
  description,
  models,
  ...(uncertainty ? { uncertainty } : {}),
  colorIndex,
});

/** What the sender sees of `shown`: which are compared, which is in focus, the view settings, and the chart. */
export function exchangeView(input: ExportInput, shown: readonly Scenario[], seriesId?: string): ExchangeView {
  const compared = shown.flatMap((s, i) => (input.compared.includes(s.id) ? [i] : []));
  const focus = shown.findIndex((s) => s.id === input.focusId);
  const charts = exchangedCharts(input.charts, shown);
  return { compared, ...(focus >= 0 ? { focus } : {}), settings: input.settings, ...(seriesId ? { seriesId } : {}), ...(charts ? { charts } : {}) };
}

/** The compared scenarios and the view: what a link carries. */
export function shareState(input: ExportInput): { scenarios: ExchangedScenario[]; view: ExchangeView; series?: NonNullable<ExportInput['userSeries']> } {
  const shown = comparedScenarios(input);
  return { scenarios: shown.map(exchanged), view: exchangeView(input, shown), ...(input.userSeries ? { series: input.userSeries } : {}) };
}

export interface PageAddress {
  readonly origin: string;
  readonly pathname: string;
}

/** A link to the app's folder (not to one language's page: it opens in the language of whoever opens it). */
export const linkTo = (page: PageAddress, fragment: string): string => `${page.origin}${appFolder(page.pathname)}#${fragment}`;

/** The fragment without its embed parameter: the same state in the full calculator. */
export const withoutEmbed = (fragment: string): string =>
  fragment
    .replace(/^#/, '')
    .split('&')
    .filter((part) => !/^embed=/.test(part))
    .join('&');

export interface FrameSize {
  readonly width: string;
  readonly height: string;
}

export const EMBED_SIZES: readonly FrameSize[] = [
  { width: '640', height: '400' },
  { width: '800', height: '450' },
  { width: '100%', height: '480' },
];

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> to paste into a page; every value is attribute-escaped, the title included. */
export function embedSnippet(src: string, size: FrameSize, title: string): string {
  return `<iframe src="${attribute(src)}" width="${attribute(size.width)}" height="${attribute(size.height)}" style="border:0" loading="lazy" title="${attribute(title)}"></iframe>`;
}
