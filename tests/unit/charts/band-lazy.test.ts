import { describe, expect, it } from 'vitest';
import { renderProjectionChart, type ChartData } from '../../../src/charts';
import { lightTheme } from '../../../src/charts';
import { marketChart } from './sample-data';

/**
 * The fan's drawing (d3-shape's area) stays off the page's first load: the charts draw a fan once ./band is loaded,
 * which the simulation's scheduler and the exports do, the only code that makes fans.
 */
describe('the fan’s drawing is loaded with the code that makes fans', () => {
  const withFan = (): ChartData => ({
    ...marketChart(),
    band: { colorIndex: 0, points: [2024, 2025, 2026].map((year, i) => ({ year, p5: 1e10 * (i + 1), p25: 2e10 * (i + 1), p50: 3e10 * (i + 1), p75: 4e10 * (i + 1), p95: 5e10 * (i + 1) })) },
  });
  const bands = () => renderProjectionChart(document, withFan(), { width: 960, height: 540 }, lightTheme).querySelectorAll('[data-band]').length;

  it('draws none before, and the fan once the scheduler’s module has been loaded', async () => {
    expect(bands()).toBe(0);
    await import('../../../src/ui/uncertainty/simulation-scheduler');
    expect(bands()).toBe(1);
  });
});
