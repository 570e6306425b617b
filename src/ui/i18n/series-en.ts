import type { PasteRefusal } from '../../io/paste-figures';
import { USER_YEARS } from '../../io/user-series-limits';
import type { UserSeriesErrorKind } from '../../io/user-series';
import type { StoreRefusalKind } from '../../state/series-actions';

type Params = Readonly<Record<string, string | number>>;

/**
 * The words of the series form (issue 19: your own series), in English. Only the form, loaded when it is
 * opened, uses them, so they stay out of the first load; series-zh.ts must provide the same keys.
 */
export const seriesEn = {
  title: 'Series',
  intro: 'The report’s series and your own. Hide any of them; edit or delete your own (Undo brings a deleted one back).',
  close: 'Close',
  /** Read before the series' name by a screen reader, with its separator: “Shown: Smart speaker market”. */
  shown: 'Shown: ',
  yours: 'your own',
  edit: 'Edit',
  delete: 'Delete',
  // What the scenarios held for it goes with it: Undo brings both back, the series' file only the series (found by use).
  deleted: (name: string) => `Deleted “${name}” and what each scenario held for it; Undo brings both back (importing its file later brings the series alone).`,
  undo: 'Undo',
  add: 'Add a series',
  limits: 'Up to 20 series of your own, 50 figures each.',
  form: {
    titleNew: 'A series of your own',
    titleEdit: (name: string) => `Edit “${name}”`,
    nameZh: 'Name in Chinese',
    nameEn: 'Name in English',
    unit: 'Unit',
    units: { money: 'Money', people: 'People', share: 'Share (%)' },
    currency: 'Currency',
    publisher: 'Publisher',
    date: 'Date (2024, 2024-06 or 2024-06-28)',
    section: 'Section (e.g. 2.1.2)',
    figures: 'Figures',
    years: 'Year or span',
    kind: 'Kind',
    kinds: { point: 'Point', approximate: 'About', 'upper-bound': 'Upper bound (at most)', 'lower-bound': 'Lower bound (over)', range: 'Range', conditional: 'Conditional', statement: 'Statement, no number', cagr: 'CAGR (over a span)' },
    value: 'Value (or low–high)',
    wording: 'Original wording',
    condition: 'Condition (if …)',
    addFigure: 'Add a figure',
    removeFigure: (n: number) => `Remove figure ${n}`,
    figure: (n: number) => `Figure ${n}`,
    save: 'Add the series',
    saveEdit: 'Save changes',
    saveAsNew: 'Add as a new series',
    /** After a series was changed or deleted elsewhere while its form was open. */
    kept: 'What you entered is kept: add it as a new series, or cancel and edit the series again.',
    cancel: 'Cancel',
    discard: { question: 'Leave this form? What you typed in this form will be lost.', keep: 'Keep editing', leave: 'Discard' },
    problems: (n: number, editing = false) => `${n === 1 ? 'One thing' : `${n} things`} to fix before ${editing ? 'the changes can be saved' : 'the series can be added'}.`,
  },
  paste: {
    title: 'Paste figures',
    hint: 'Rows copied from Excel, WPS or a web table: year, value, then optionally kind and wording. Or open a CSV file.',
    label: 'Pasted rows',
    csv: 'Open a CSV…',
    preview: 'Preview',
    row: 'Row',
    status: 'Read as',
    read: (n: number, refused: number) => `${n} ${n === 1 ? 'row' : 'rows'} read${refused ? `, ${refused} refused (named below)` : ''}. Nothing is added until you confirm.`,
    none: 'No row could be read.',
    unread: (n: number) => `${n.toLocaleString('en')} more ${n === 1 ? 'row' : 'rows'} after the first 200 were not read: paste them in parts.`,
    gb18030: 'The file is not UTF-8: it was read as GB18030 (GBK), the encoding of Excel and WPS on Chinese Windows. Check the names and units below.',
    confirm: (n: number) => `Use ${n === 1 ? 'this figure' : `these ${n} figures`}`,
    cancel: 'Discard',
    refused: (row: number, column: number | undefined, reason: string) => `Row ${row}${column ? `, column ${column}` : ''}: ${reason}`,
    reasons: {
      unreadable: 'the paste cannot be read.',
      'too-long': 'the paste is too long (over 200,000 characters).',
      'too-many-rows': 'only the first 200 rows are read.',
      'hostile-text': 'a cell holds markup or control characters.',
      'cell-too-long': 'a cell is longer than 2,000 characters.',
      'year-unreadable': 'not a year or a span of years (2026, 2026-2027, 2026至2027年).',
      'span-reversed': 'the span of years ends before it starts.',
      'year-out-of-window': `outside the years the app shows (${USER_YEARS.from}–${USER_YEARS.to}).`,
      'value-missing': 'no value.',
      'value-unreadable': 'not a value or a range this app can read (try 1.5亿, 300万, 2.2B, 56.6%).',
      'value-separator': 'a comma that does not group thousands: write the decimal point as a point (1.5亿, not 1,5亿).',
      'value-wrong-unit': 'a value in another unit or currency than the series’ own.',
      'split-number': 'a comma inside an unquoted number cut it in two: quote the cell ("1,000").',
      'range-reversed': 'the range’s higher end comes first.',
      'rate-needs-span': 'a percentage among amounts is read as a growth rate a year (CAGR): give the span of years it is stated over (2024-2030).',
      'kind-unknown': 'not a kind of figure (约, upper bound, 突破, could reach …).',
      'kind-conflict': 'the kind does not fit the value (a range needs two ends; a statement has none).',
    } satisfies Record<PasteRefusal, string>,
  },
  /** The door's (io/user-series) and the store's reasons, beside the field at fault. */
  errors: {
    'not-an-object': 'This is not a series.',
    invalid: 'This field does not hold what it should.',
    'too-long': 'This text is too long.',
    'hostile-text': 'Text may not hold markup (<…>), control characters or hidden marks.',
    'no-name': 'Give the series a name in Chinese or English.',
    'unknown-unit': 'Choose a unit.',
    'unsupported-currency': 'The app converts only between CNY and USD.',
    'no-publisher': 'Name the publisher of the source.',
    'bad-date': 'The date is a year (2024), a month (2024-06) or a day (2024-06-28).',
    'bad-id': 'This series cannot be kept under its id.',
    'too-many-series': (p: Params) => `At most ${p.max} series of your own: delete one first.`,
    'too-many-figures': (p: Params) => `At most ${p.max} figures in a series.`,
    'no-figures': 'Add at least one figure with a number.',
    'figure-mismatch': 'This kind of figure takes a value (a range takes low–high; a statement none).',
    'span-reversed': 'A span of years runs forward (2024-2025).',
    'rate-needs-span': 'A growth rate is stated over a span of years: type 2023-2030.',
    'year-out-of-window': (p: Params) => `The years the app shows are ${p.min}–${p.max}.`,
    'duplicate-year': (p: Params) => `Another figure already speaks for ${p.year}: keep one.`,
    'range-reversed': 'The range’s high end is below its low end.',
    /** A share's own domain; a value's and a rate's are the page's (en.errors.domain). */
    'out-of-domain': 'A share must lie between 0.1% and 100%.',
    'no-model': 'No path can be drawn through these figures.',
    'duplicate-id': 'Another series in the file has the same id: each needs its own.',
    'unknown-series': 'This series is no longer there.',
    'report-series': 'The report’s series can be hidden, not deleted.',
    'already-added': 'You already have this very series.',
    'changed-elsewhere':
      'This series was changed in another tab after this form was opened: saving here would undo that change.',
    'year-unreadable': 'Not a year or a span of years (2026, 2024-2025).',
    'not-a-range': 'A range is two values, low–high (1.5–3亿).',
    'not-one-value': 'One value here; choose the kind Range for low–high.',
    'paste-pending': 'Pasted rows are waiting in the preview below: use them or discard them first.',
  } satisfies Record<UserSeriesErrorKind | StoreRefusalKind | FormErrorKind, string | ((p: Params) => string)>,
};

/** What the form itself finds before the door is asked (typed values are read as in every other field). */
export type FormErrorKind = 'year-unreadable' | 'not-a-range' | 'not-one-value' | 'paste-pending';

export type SeriesMessages = typeof seriesEn;
