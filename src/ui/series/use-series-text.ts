import { modelErrorText, useApp } from '../shared';
import type { Messages } from '../i18n';
import { seriesCatalogues, type SeriesMessages } from '../i18n/series';
import type { FormProblem } from './series-form';

/** The series form's words in the current language; only modules of the lazy chunk import this. */
export function useSeriesText(): SeriesMessages {
  const lang = useApp((s) => s.settings.lang);
  return seriesCatalogues[lang];
}

/** A problem as a sentence in the reader's language: a typed value's reason in the words of every other field. */
export function problemText(problem: FormProblem, t: Messages, w: SeriesMessages): string {
  if (problem.from === 'input') return t.errors.input[problem.kind as keyof Messages['errors']['input']] ?? w.errors.invalid;
  // A number outside a domain every field knows (a value, a rate) in the words every field uses.
  if (problem.kind === 'out-of-domain' && problem.params.domain !== 'share') return modelErrorText({ kind: 'out-of-domain', params: problem.params }, t);
  const words = (w.errors as Record<string, string | ((p: FormProblem['params']) => string)>)[problem.kind] ?? w.errors.invalid;
  return typeof words === 'function' ? words(problem.params) : words;
}

/** The label of a series' field (a door's path: name.en, unit.currency, source.date, figures.2.high …) in the form's words; '' for the series as a whole. */
export function fieldLabel(field: string, w: SeriesMessages): string {
  const [head, second] = field.split('.');
  if (head === 'figures') return second === undefined ? w.form.figures : w.form.figure(Number(second) + 1);
  // A fault of the name as a whole (none given in either language) is said by its reason alone.
  if (head === 'name') return second === 'en' ? w.form.nameEn : second === 'zh' ? w.form.nameZh : '';
  if (head === 'unit') return second === 'currency' ? w.form.currency : w.form.unit;
  if (head === 'source' && (second === 'publisher' || second === 'date' || second === 'section')) return w.form[second];
  return '';
}
