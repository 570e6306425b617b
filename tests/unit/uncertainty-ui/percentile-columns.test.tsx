import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Dec, project, type Simulation } from '../../../src/model';
import { BASE_ID, defaultDoc } from '../../../src/state';
import { reportData } from '../../../src/io/report-fixture';
import { en } from '../../../src/ui/i18n/en';
import { ProjectionTable } from '../../../src/ui/chart/ProjectionTable';
import { bandFromSimulation, percentileColumns } from '../../../src/ui/uncertainty/uncertainty-view';

const video = reportData().series.find((s) => s.id === 't2v-revenue-global')!;
const base = defaultDoc(reportData().series, 'en').scenarios.find((s) => s.id === BASE_ID)!;
const path = project(base.models[video.id]!, { from: 2023, to: 2025 });
if (!path.ok) throw new Error(path.error.message);

/** A simulation of three years with made-up percentiles, as the engine returns them. */
const simulation = {
  years: [2023, 2024, 2025],
  percentiles: [5, 25, 50, 75, 95].map((p) => ({ p, values: Float64Array.from([1, 2, 3], (v) => v * 1e6 * (1 + p / 100)) })),
  samples: 10_000,
  seed: 1,
} as Partial<Simulation> as Simulation;

describe('the table’s percentile columns', () => {
  const usd = { unit: video.unit, factor: new Dec(1), style: 'kmb' as const };

  it('add P5 / P50 / P95 after the scenarios, each cell the simulated value formatted like the others', () => {
    render(
      <ProjectionTable
        series={video}
        report={reportData()}
        entries={[{ scenario: base, result: path }]}
        base={path.value}
        display={usd}
        lang="en"
        t={en}
        caption="Values"
        hoverYear={undefined}
        notify={() => undefined}
        percentiles={percentileColumns(simulation, 1, 'copy', 'Copy')}
      />,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Year', 'Basis', 'Report base case', 'P5', 'P50', 'P95']);
    expect(within(headers[3]!).getByTitle('5th percentile of the simulated paths of Copy')).toBeInTheDocument();
    const cell = document.querySelector<HTMLElement>('td[data-year="2024"][data-p="95"]')!;
    expect(Number(cell.dataset.value)).toBe(2e6 * 1.95);
    expect(cell.textContent).toBe('$3.9M');
    expect(cell.dataset.percentileOf).toBe('copy');
    // A scenario's own cell is still the one a [data-scenario] query finds.
    expect(document.querySelectorAll('td[data-scenario]')).toHaveLength(3);
  });

  it('sit right after the focus scenario’s own column when it is compared', () => {
    const copy = { ...base, id: 'copy', name: 'Copy', readOnly: false };
    render(
      <ProjectionTable
        series={video}
        report={reportData()}
        entries={[{ scenario: copy, result: path }, { scenario: base, result: path }]}
        base={path.value}
        display={usd}
        lang="en"
        t={en}
        caption="Values"
        hoverYear={undefined}
        notify={() => undefined}
        percentiles={percentileColumns(simulation, 1, 'copy', 'Copy')}
      />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', 'Basis', 'Copy', 'P5', 'P50', 'P95', 'Report base case']);
    const row = document.querySelector('tbody tr')!;
    expect([...row.querySelectorAll<HTMLElement>('td:not(.basis)')].map((td) => td.dataset.p ?? td.dataset.scenario)).toEqual(['copy', '5', '50', '95', BASE_ID]);
  });

  it('are absent without a simulation', () => {
    render(<ProjectionTable series={video} report={reportData()} entries={[{ scenario: base, result: path }]} base={path.value} display={usd} lang="en" t={en} caption="Values" hoverYear={undefined} notify={() => undefined} />);
    expect(document.querySelector('[data-p]')).toBeNull();
  });

  it('carry no float noise into the table, its copy and the CSV: twelve digits, more than a simulation can mean', () => {
    // Found by use: the CSV's P50 of 2023 read 4500000000.00002 where the market's path stands at 45亿; 0.1 + 0.2 is
    // 0.30000000000000004 in float64.
    const noisy = { ...simulation, percentiles: [5, 50, 95].map((p) => ({ p, values: Float64Array.from([4500000000.00002, 0.1 + 0.2, 1234567.890123456]) })) } as Simulation;
    expect(percentileColumns(noisy, 1, 'copy', 'Copy').values.get(2023)).toEqual([4500000000, 4500000000, 4500000000]);
    expect(percentileColumns(noisy, 1, 'copy', 'Copy').values.get(2024)).toEqual([0.3, 0.3, 0.3]);
    expect(percentileColumns(noisy, 1, 'copy', 'Copy').values.get(2025)).toEqual([1234567.89012, 1234567.89012, 1234567.89012]);
  });

  it('come in the display currency, as the band does', () => {
    const columns = percentileColumns(simulation, 7, 'copy', 'Copy');
    expect(columns.values.get(2023)).toEqual([1e6 * 1.05 * 7, 1e6 * 1.5 * 7, 1e6 * 1.95 * 7]);
    const band = bandFromSimulation(simulation, 7, 4)!;
    expect(band.colorIndex).toBe(4);
    expect(band.points[2]).toEqual({ year: 2025, p5: 3e6 * 1.05 * 7, p25: 3e6 * 1.25 * 7, p50: 3e6 * 1.5 * 7, p75: 3e6 * 1.75 * 7, p95: 3e6 * 1.95 * 7 });
  });
});
