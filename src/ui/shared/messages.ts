import type { InputErrorKind } from '../../io/parse-input';
import type { ModelError } from '../../model';
import type { Messages } from '../i18n';

/** A model error as a sentence in the reader's language. */
export function modelErrorText(error: ModelError, t: Messages): string {
  return t.errors.model[error.kind];
}

export function inputErrorText(kind: InputErrorKind, t: Messages): string {
  return t.errors.input[kind];
}
