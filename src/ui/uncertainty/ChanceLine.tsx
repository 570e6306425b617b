import { formatPercent, type Simulation } from '../../model';
import { probabilityAbove } from '../../model/simulate';
import { useUncertaintyText } from './use-uncertainty-text';

/** A chance as a whole percent, never rounding a possibility to 0% or 100%. */
export function chanceText(chance: number): string {
  if (chance > 0 && chance < 0.005) return '< 1%';
  if (chance < 1 && chance > 0.995) return '> 99%';
  return formatPercent(chance, 0);
}

/** "Chance that <series> exceeds <target> in <year>: 37%": the share of simulated paths at or above the target. */
export function ChanceLine({ seriesId, seriesName, simulation, target, targetText, year }: { seriesId: string; seriesName: string; simulation: Simulation; target: number; targetText: string; year: number }) {
  const u = useUncertaintyText();
  const chance = probabilityAbove(simulation, year, target);
  if (chance === undefined) return null;
  return (
    <p data-testid={`goal-chance-${seriesId}`} data-chance={chance}>
      {u.chance(seriesName, targetText, year, chanceText(chance))}
    </p>
  );
}
