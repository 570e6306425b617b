import { useId, useState } from 'react';
import { parseInput } from '../../io/parse-input';
import { isInDomain } from '../../model';
import { YEAR_MAX, YEAR_MIN } from '../../state';
import type { Messages } from '../i18n';
import { useApp, useStoreApi, useT } from '../shared';

const YEARS = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);

/** Why a typed exchange rate cannot be used, or undefined: it must read as a number inside its domain (0.1 to 100). */
function fxProblem(text: string, t: Messages): string | undefined {
  const parsed = parseInput(text, 'number');
  if (!parsed.ok) return parsed.kind === 'out-of-domain' ? t.errors.domain['exchange-rate'] : t.errors.input[parsed.kind];
  return isInDomain('exchange-rate', parsed.value) ? undefined : t.errors.domain['exchange-rate'];
}

/** View settings: year range, scale, currency and the exchange rate (an assumption, shown in exports). */
export function SettingsBar() {
  const t = useT();
  const store = useStoreApi();
  const settings = useApp((s) => s.settings);
  const set = store.getState().setSettings;
  // What the user is typing, while it differs from the rate in force; otherwise the box shows the rate in force,
  // whoever set it (saved work read after the first paint, a share link, another tab, an undo).
  const [draft, setDraft] = useState<string | undefined>();
  const fx = draft ?? settings.usdCny;
  const [fxError, setFxError] = useState<string | undefined>();
  const fxErrorId = useId();
  const commitFx = () => {
    if (draft === undefined) return;
    const parsed = parseInput(draft, 'number');
    if (draft === settings.usdCny) return setDraft(undefined);
    if (!parsed.ok || fxProblem(draft, t)) return;
    set({ usdCny: parsed.value });
    setDraft(undefined);
  };

  return (
    <section className="settings" aria-label={t.settings.title}>
      <fieldset className="settings__group">
        <legend>{t.settings.years}</legend>
        <label>
          {t.settings.from}{' '}
          <select value={settings.yearFrom} onChange={(e) => set({ yearFrom: Number(e.target.value) })} data-testid="year-from">
            {YEARS.filter((y) => y < settings.yearTo).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t.settings.to}{' '}
          <select value={settings.yearTo} onChange={(e) => set({ yearTo: Number(e.target.value) })} data-testid="year-to">
            {YEARS.filter((y) => y > settings.yearFrom).map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="settings__group segmented">
        <legend>{t.settings.scale}</legend>
        {(['linear', 'log'] as const).map((scale) => (
          <label key={scale} className={settings.scale === scale ? 'on' : ''}>
            <input type="radio" name="scale" value={scale} checked={settings.scale === scale} onChange={() => set({ scale })} />
            {t.settings[scale]}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings__group segmented">
        <legend>{t.settings.unitStyle}</legend>
        {(['wan', 'kmb'] as const).map((style) => (
          <label key={style} className={settings.unitStyle === style ? 'on' : ''}>
            <input type="radio" name="unit-style" value={style} checked={settings.unitStyle === style} onChange={() => set({ unitStyle: style })} />
            {t.settings[style]}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings__group">
        <legend>{t.settings.currency}</legend>
        <select value={settings.currency} onChange={(e) => set({ currency: e.target.value as typeof settings.currency })} aria-label={t.settings.currency} data-testid="currency">
          <option value="native">{t.settings.native}</option>
          <option value="CNY">RMB ¥</option>
          <option value="USD">USD $</option>
        </select>
        <label title={t.settings.fxSource}>
          {t.settings.fxRate}{' '}
          <input
            type="text"
            inputMode="decimal"
            size={7}
            value={fx}
            aria-invalid={fxError ? true : undefined}
            aria-describedby={fxError ? fxErrorId : undefined}
            // A draft until Enter or leaving the field commits it (issue 13); Escape puts the rate in force back.
            onChange={(e) => {
              setDraft(e.target.value);
              setFxError(fxProblem(e.target.value, t));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitFx();
              if (e.key === 'Escape') {
                setDraft(undefined);
                setFxError(undefined);
              }
            }}
            onBlur={commitFx}
          />
        </label>
        {fxError && (
          <span className="param__error" id={fxErrorId} role="alert">
            {fxError}
          </span>
        )}
      </fieldset>
    </section>
  );
}
