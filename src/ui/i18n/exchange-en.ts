import type { Widen } from './widen';
/**
 * The words of exports, imports, share links and embeds, in English. They live apart from en.ts
 * because only code loaded on demand uses them (the menu's contents, the files, the notices): the
 * first page load stays within its budget. exchange-zh.ts must provide the same keys (the type checks it).
 */
const alreadyHad = (present: number) =>
  present ? ` ${present} ${present === 1 ? 'was one' : 'were ones'} you already had, so ${present === 1 ? 'it was' : 'they were'} not copied again.` : '';

const nothingNew = (present: number) => `Nothing was copied: ${present === 1 ? 'the scenario is one' : `all ${present} scenarios are ones`} you already had, now shown.`;

export const exchangeEn = {
  image: 'Image',
  size: 'Size',
  sizes: { slide: 'Slide 16:9 (1920×1080)', standard: '4:3 (1440×1080)', square: 'Square (1080×1080)', screen: 'As on screen' },
  ratio: 'Pixel ratio',
  background: 'Background',
  backgrounds: { white: 'White', transparent: 'Transparent, for light slides', 'transparent-dark': 'Transparent, for dark slides', dark: 'Dark' },
  png: 'Download PNG',
  copyImage: 'Copy image',
  svg: 'Download SVG',
  data: 'Data',
  csvChart: 'CSV: this chart',
  csvAll: 'CSV: all charts',
  /** After a report figure's basis in the CSV: the compared scenarios whose values are not on the figure. */
  notHeldBy: (names: string) => `not held on it: ${names}`,
  notHeldByAny: 'no compared scenario is held on it',
  disallowedBy: (names: string) => `at a value it does not allow: ${names}`,
  /** After an approximate or conditional figure's basis: the compared scenarios that hold it at another value, with it. */
  readAs: (items: string) => `read as: ${items}`,
  readItem: (name: string, value: string) => `${name} ${value}`,
  /** The CSV's unit of a series shown converted: the rate, so the file's values can be checked on their own. */
  convertedUnit: (to: string, from: string, rate: string) => `${to} (converted from ${from} at RMB ${rate} per USD)`,
  csvExact: 'CSV with every digit (34 significant), not rounded to the 15 a spreadsheet keeps',
  jsonFocus: (name: string) => `JSON: “${name}”`,
  jsonAll: 'JSON: all scenarios',
  pptx: 'PowerPoint: all charts',
  pptxChart: 'PowerPoint: this chart',
  pdf: 'PDF: this chart',
  pdfAll: 'PDF: all charts',
  share: 'Share link',
  embed: 'Embed',
  saved: (file: string) => `Saved ${file}.`,
  printing: 'The print dialog is open: choose “Save as PDF” as the printer. One chart a page, 16:9.',
  failed: (reason: string) => `The export failed: ${reason}`,
  copiedImage: 'The chart image is on the clipboard.',
  copiedLink: 'The link is on the clipboard.',
  copiedCode: 'The embed code is on the clipboard.',
  copiedTable: 'The table is on the clipboard: paste it into Excel or WPS as numbers.',
  clipboard: {
    denied: 'The browser refused access to the clipboard. Download the file instead, or allow clipboard access for this site.',
    insecure: 'The clipboard works only on a secure (https) page. Download the file instead.',
    unsupported: 'This browser cannot put images on the clipboard. Download the file instead.',
    text: 'The browser refused the clipboard: select the text in the box and copy it yourself.',
    table: 'The browser refused the clipboard: select the table’s rows and press Ctrl+C (⌘C), or download the CSV.',
  },
  copy: 'Copy',
  languageUnavailable: 'The other language could not be loaded. Check the connection and choose it again.',
  close: 'Close',
  linkLabel: 'Link to the compared scenarios',
  linkHint: (n: number) => `Opens ${n} scenario${n === 1 ? '' : 's'} and this view beside the recipient’s own work; nothing is uploaded, it is all in the link.`,
  embedLabel: 'Code to paste into a web page',
  embedSize: 'Frame size',
  embedTitle: (chart: string) => `${chart}: forecast chart`,
  openFull: 'Open in the full calculator ↗',
  embedUnknown: 'This link names a chart the calculator does not have.',
  preview: 'Preview ↗',
  linkStale: 'The page has changed since that link was made: make a new one to share what you see now.',
  imported: (n: number, present: number) => (n ? `Imported ${n} scenario${n === 1 ? '' : 's'}.${alreadyHad(present)}` : nothingNew(present)),
  importNone: 'The file holds no scenario that could be added (the list is full).',
  sharedOpened: (n: number, present: number) => (n ? `Opened ${n} shared scenario${n === 1 ? '' : 's'} beside your own.${alreadyHad(present)}` : nothingNew(present)),
  sharedYearsRefused: 'Its years lie outside 2000–2100, so the chart keeps your years.',
  ask: {
    titleLink: 'Open this shared link?',
    titleFile: (file: string) => `Import “${file}”?`,
    holds: (total: number, added: number, present: number) =>
      `It holds ${total} scenario${total === 1 ? '' : 's'}: ${added} new, ${present} you already have. Nothing is added until you choose Add.`,
    chart: (chart: string) => `Made on the chart “${chart}”.`,
    allCharts: 'Made on the whole calculator (every chart).',
    view: 'Adding compares the scenarios the sender compared.',
    useView: 'Use the link’s view',
    gb18030: 'The file is not UTF-8: it was read as GB18030 (GBK), as Chinese Windows saves text. Check the names below.',
    viewList: 'The link’s view',
    viewChange: (setting: string, link: string, yours: string) => `${setting}: ${link} (yours: ${yours})`,
    isNew: (name: string) => `new, added as “${name}”`,
    present: (name: string) => `you already have it as “${name}”: not copied`,
    base: (name: string) => `the same as your read-only “${name}”: never copied`,
    full: 'no room: the list holds 50 scenarios at most',
    add: (n: number, series = 0) =>
      n && series ? `Add ${n} scenario${n === 1 ? '' : 's'} and ${series} series` : series ? `Add ${series} series and show the scenarios` : n ? `Add ${n} scenario${n === 1 ? '' : 's'}` : 'Show them (nothing to add)',
    seriesList: 'Series of its own',
    seriesNew: (name: string) => `new series, added as “${name}”`,
    seriesRenamed: (name: string) => `another version of a series you have: added as “${name}”; yours stays as it is`,
    seriesPresent: (name: string) => `you already have the series “${name}”: not copied`,
    holdsSeries: (total: number, added: number) => `It holds ${total} series of its own: ${added} new. Nothing is added until you choose Add.`,
    /** Its series would pass the limit (the alert below says so): how many it holds, no count of new ones. */
    holdsSeriesOnly: (total: number) => `It holds ${total} series of its own.`,
    addSeries: (n: number) => (n ? `Add ${n} series` : 'Close (nothing to add)'),
    cancel: 'Cancel',
    list: 'Scenarios in it',
  },
  exportSeries: 'Your series (.series.json)',
  seriesAdded: (n: number, present: number) =>
    n ? `Added ${n} series of your own.${present ? ` ${present} you already had.` : ''}` : `Nothing was added: you already have ${present === 1 ? 'the series' : `all ${present} series`}.`,
  importFailed: (reason: string) => `Nothing was imported. ${reason}`,
  linkFailed: (reason: string) => `The shared link could not be opened; nothing was changed. ${reason}`,
  /** One series of a file or link refused: its place (from 1), its name when it may be shown, then the field at fault and the series form's reason. */
  seriesRefused: (n: number, name: string | undefined, field: string | undefined, reason: string) =>
    `Series ${n} in it${name ? `, “${name}”,` : ''} does not pass the checks. ${field ? `${field}: ` : ''}${reason}`,
  errors: {
    empty: 'The file is empty.',
    'too-large': 'The data is larger than an import may be (a file at most 5 MB, its scenario data at most 1 MB), so it was not read.',
    'not-recognised': 'This is neither a scenario file nor a chart exported by this calculator.',
    malformed: 'The data is damaged and cannot be read.',
    truncated: 'The data is cut short: part of it is missing.',
    'unknown-format': 'The data is in a format this calculator does not know.',
    'newer-version': 'The data was made by a newer version of this calculator; reload the page to update it and try again.',
    invalid: 'The scenarios do not pass the checks (a value is missing or out of range).',
    'invalid-view': 'The view it comes with (its years, currency or exchange rate) is out of range; its scenarios were not the problem.',
    'hostile-text': 'The data holds text that looks like code, so it was refused.',
    'too-many': 'The data holds more scenarios than the calculator can keep.',
    'xml-declarations': 'The SVG declares a DOCTYPE or an entity, which this calculator never writes and does not read (such declarations can make a small file swell until the page freezes), so it was refused.',
    'too-slow': 'Reading the data took longer than 2 seconds, the most an import may take, so it was stopped.',
    'invalid-series': 'A series of your own in it does not pass the checks (text that looks like code, absurd numbers, too many figures, two figures for one year, a range with its low end above its high end, or a unit the calculator does not know).',
    'too-many-series': 'Adding its series would pass the 20 series of your own the calculator keeps, so nothing was added.',
  },
  // Straight quotes: the chart's CJK-first font stack draws curly ones full-width.
  source: (publisher: string, title: string, date: string, where: string, cited: string) =>
    `Source: ${publisher}, "${title}", ${date}, ${where}; the report cites ${cited}.`,
  /** A series of one's own: its publisher and date as entered, and where in its source. */
  ownSource: (cited: string, where: string) => `Source: ${cited}${where ? `, ${where}` : ''}.`,
  where: (section: string, figure: string | undefined) => `section ${section}${figure ? `, ${figure.replace(/^图表\s*/, 'figure ')}` : ''}`,
  assumptions: 'Assumptions',
  scenarioLine: (name: string, text: string) => `${name}: ${text}`,
  /** A footnote's name for every scenario on a chart, when all of them hold the same assumptions. */
  allScenarios: (n: number) => `All ${n} scenarios`,
  moreOnLastPage: (left: number) => `… ${left} line${left === 1 ? '' : 's'} of assumptions not shown here: on the last page.`,
  // Short enough for one line of a square image: cut, it would lose where the rest is.
  moreAssumptions: (left: number) => `… ${left} more line${left === 1 ? '' : 's'} of assumptions: see the PowerPoint or the CSV.`,
  // An embed's reader has no PowerPoint: the link out has the rest.
  embedMoreAssumptions: (left: number) => `… ${left} more line${left === 1 ? '' : 's'} of assumptions in the full calculator.`,
  fxLine: (rate: string) => `Exchange rate: RMB ${rate} per USD.`,
  model: {
    point: (year: number, value: string) => `${year} ${value}`,
    range: (low: string, high: string, pick: string) => `${low}–${high} (${pick})`,
    through: (points: string) => `through ${points}`,
    before: (year: number, rate: string) => `before ${year} ${rate}/yr`,
    after: (year: number, rate: string) => `after ${year} ${rate}/yr`,
    // rate: the growth of the year after the last anchor, where the bend already holds it back.
    bent: (ceiling: string, year: number, rate: string | undefined) => `slowing toward ${ceiling}, never above it${rate ? ` (${year}: ${rate})` : ''}`,
    compound: (year: number, value: string, rate: string) => `${value} in ${year}, ${rate}/yr`,
    logistic: (ceiling: string, midpoint: string, steepness: string) => `S-curve to ${ceiling}, midpoint ${midpoint}, steepness ${steepness}`,
    list: ', ',
    clauses: '; ',
    median: (value: string, low: string, high: string) => `${value} (the median of ${low}–${high})`,
  },
  present: {
    label: (n: number, of: number, chart: string) => `Presenting chart ${n} of ${of}: ${chart}. Arrow keys move, A shows the assumptions, Escape leaves.`,
    assumptions: 'Assumptions',
    assumptionsKey: 'Assumptions (A)',
    previous: 'Previous chart',
    next: 'Next chart',
    close: 'Leave (Esc)',
  },
  deck: {
    assumptions: 'Assumptions by scenario',
    scenario: 'Scenario',
    axis: (scale: string, unit: 'CNY' | 'USD' | 'people' | 'share') => `${{ CNY: 'RMB', USD: 'USD', people: 'people', share: '%' }[unit]}${scale ? `, ${scale}` : ''}`,
    scales: [
      { size: 1e12, word: 'trillion' },
      { size: 1e9, word: 'billion' },
      { size: 1e6, word: 'million' },
      { size: 1e3, word: 'thousand' },
    ],
    fileTitle: 'Generative AI in media: forecasts',
    projection: 'projection',
    // whose: the report's figures or, for a series of one's own, its source's (t.basis.whose / t.sourceBasis.whose).
    backcast: (whose: string) => `run back before the ${whose}`,
    band90: 'Simulated 90% range',
    band50: 'Simulated 50% range',
    bandEdge: 'band edge',
    rangeLow: 'low end',
    key: (band: boolean, whose: string) =>
      `Solid: the years the ${whose} speaks for; dashed: the model's, where the ${whose} is silent. One marker per scenario. ${whose[0]!.toUpperCase()}${whose.slice(1)} figures: ▬ a bound (≤ at most, > more than), ○ approximate (≈), dotted ○ could reach (conditional), │ a range.${band ? ' Shaded: the simulated 50% and 90% ranges.' : ''}`,
    notesAssumptions: 'Assumptions',
    notesFigures: (whose: string) => `The ${whose}’s figures, in its own words`,
    notesArrows: 'Arrows',
    figureLine: (reading: string, wording: string, where: string) => `${reading}: “${wording}”${where ? ` (${where})` : ''}`,
    moreInNotes: (lines: number) => `… ${lines} more line${lines === 1 ? '' : 's'} of assumptions in the speaker notes and on the assumptions slide.`,
    tableAlt: (rows: number, columns: number) => `A table of the assumptions of ${rows} scenario${rows === 1 ? '' : 's'} for ${columns} chart${columns === 1 ? '' : 's'}.`,
  },
};

export type ExchangeMessages = Widen<typeof exchangeEn>;
