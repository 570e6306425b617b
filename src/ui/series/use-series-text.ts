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
