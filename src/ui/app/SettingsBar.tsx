import { useState } from 'react';
import { parseInput } from '../../io/parse-input';
import { DOMAINS, isInDomain } from '../../model';
import { YEAR_MAX, YEAR_MIN } from '../../state';
import { useApp, useStoreApi, useT } from '../shared';

const YEARS = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);

/** View settings: year range, scale, currency and the exchange rate (an assumption, shown in exports). */
export function SettingsBar() {
  const t = useT();
  const store = useStoreApi();
  const settings = useApp((s) => s.settings);
  const set = store.getState().setSettings;
  const [fx, setFx] = useState(settings.usdCny);
  const [fxError, setFxError] = useState<string | undefined>();

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
            onChange={(e) => {
              setFx(e.target.value);
              const parsed = parseInput(e.target.value, 'number');
              if (!parsed.ok || Number(parsed.value) <= 0) {
                setFxError(parsed.ok ? t.errors.model['not-positive'] : t.errors.input[parsed.kind]);
                return;
              }
              if (!isInDomain('exchange-rate', parsed.value)) {
                setFxError(t.settings.fxOutOfDomain(DOMAINS['exchange-rate'].min, DOMAINS['exchange-rate'].max));
                return;
              }
              setFxError(undefined);
              set({ usdCny: parsed.value });
            }}
          />
        </label>
        {fxError && (
          <span className="param__error" role="alert">
            {fxError}
          </span>
        )}
      </fieldset>
    </section>
  );
}
