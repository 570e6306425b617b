import { MAX_SAMPLES } from '../../model';
import { MIN_OFFERED_SAMPLES, type Scenario } from '../../state';
import { useApp, useStoreApi } from '../shared';
import { useUncertaintyText } from './use-uncertainty-text';

const CHOICES = [MIN_OFFERED_SAMPLES, 2_000, 5_000, 10_000, 20_000, 50_000, MAX_SAMPLES];

/** A new seed for "re-roll": any unsigned 32-bit integer (it is stored, so the new draw is reproducible). */
const newSeed = (): number => Math.floor(Math.random() * 4294967296);

/** The simulation's paths and seed for a scenario with ranges: more paths are smoother and slower; a new seed draws again. */
export function SimulationOptions({ scenario }: { scenario: Scenario }) {
  const u = useUncertaintyText();
  const store = useStoreApi();
  const lang = useApp((s) => s.settings.lang);
  const uncertainty = scenario.uncertainty;
  if (!uncertainty || !Object.keys(uncertainty.ranges).length) return null;
  const number = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const choices = CHOICES.includes(uncertainty.samples) ? CHOICES : [...CHOICES, uncertainty.samples].sort((a, b) => a - b);
  const set = store.getState().setSimulationOptions;
  return (
    <div className="simulation-options" data-testid="simulation-options">
      <label>
        {u.samples}{' '}
        <select value={uncertainty.samples} disabled={scenario.readOnly} onChange={(e) => set(scenario.id, { samples: Number(e.target.value) })} data-testid="simulation-samples">
          {choices.map((n) => (
            <option key={n} value={n}>
              {number(n)}
            </option>
          ))}
        </select>
      </label>
      <span className="simulation-options__seed">
        {u.seed} <code data-testid="simulation-seed">{uncertainty.seed}</code>
      </span>
      <button type="button" className="button button--quiet" disabled={scenario.readOnly} title={u.rerollHint} onClick={() => set(scenario.id, { seed: newSeed() })} data-testid="simulation-reroll">
        ↻ {u.reroll}
      </button>
    </div>
  );
}
