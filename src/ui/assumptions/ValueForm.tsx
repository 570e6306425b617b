import { useState } from 'react';
import { parseInput, type FieldKind } from '../../io/parse-input';
import { Dec, type Currency } from '../../model';
import { anchorFormCatalogues } from '../i18n/anchor-form';
import { inputErrorText, useApp, useT } from '../shared';
import { AddForm } from './AddForm';

/**
 * "Add a high end" to an anchor (given its `low`), or "+ Ceiling" to a path (no `low`): the user types the value, and
 * nothing changes until it is added. Refused with a reason when it cannot be read, a high end lies below the low end or
 * equals it, or the path refuses it (outside the plausible values; a ceiling not above every anchor).
 */
export default function ValueForm({
  low,
  kind,
  currency,
  onAdd,
  onClose,
}: {
  low?: string;
  kind: FieldKind;
  currency: Currency | undefined;
  onAdd: (value: string) => string | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const w = anchorFormCatalogues[useApp((s) => s.settings.lang)];
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const parsed = parseInput(text, kind, currency);
    if (!parsed.ok) return setError(inputErrorText(parsed.kind, t));
    const value = new Dec(parsed.value);
    if (low !== undefined && value.lt(low)) return setError(t.errors.model['anchor-range-reversed']);
    if (low !== undefined && value.eq(low)) return setError(w.highEqualsLow);
    const refused = onAdd(parsed.value);
    if (refused) return setError(refused);
    onClose();
  };
  return <AddForm label={low === undefined ? w.ceiling : w.highEnd} text={text} setText={setText} inputMode="decimal" error={error} onAdd={add} onClose={onClose} />;
}
