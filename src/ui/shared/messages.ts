import type { InputErrorKind } from '../../io/parse-input';
import type { ModelError } from '../../model';
import type { Messages } from '../i18n';

/**
 * A model error as a sentence in the reader's language: a number outside its plausible domain names the
 * domain and its reason (model/domains.ts: "A growth rate must lie between −99% and +1,000% a year …").
 */
export function modelErrorText(error: Pick<ModelError, 'kind' | 'params'>, t: Messages): string {
  const domain = error.params.domain;
  if (error.kind === 'out-of-domain' && typeof domain === 'string' && Object.hasOwn(t.errors.domain, domain)) return t.errors.domain[domain as keyof Messages['errors']['domain']];
  return t.errors.model[error.kind];
}

export function inputErrorText(kind: InputErrorKind, t: Messages): string {
  return t.errors.input[kind];
}
