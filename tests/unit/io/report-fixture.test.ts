import { describe, expect, it } from 'vitest';
import raw from '../../../fixtures/report-figures.json';
import { parseReportFile } from '../../../src/io/report-check';
import { reportData } from '../../../src/io/report-fixture';

type Figure = Record<string, unknown>;
type File = { series: { id: string; figures: Figure[] }[] } & Record<string, unknown>;

/** A deep copy of the shipped fixture with one figure changed. */
function withFigure(seriesId: string, figureId: string, change: (figure: Figure) => void): File {
  const copy = structuredClone(raw) as unknown as File;
  const figure = copy.series.find((s) => s.id === seriesId)!.figures.find((f) => f.id === figureId)!;
  change(figure);
  return copy;
}

const refusal = (input: unknown): string => {
  const result = parseReportFile(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('the shipped fixtures/report-figures.json', () => {
  it('passes its own checks, and the app reads it exactly as the check reads it', () => {
    const parsed = parseReportFile(raw);
    if (!parsed.ok) throw new Error(parsed.error);
    // The app takes the file as it is (reportData), unchecked at run time: the schema must neither
    // drop nor change anything in it, or the app would read something the check never saw.
    expect(reportData()).toEqual(parsed.value);
    expect(parsed.value).toEqual(raw);
  });

  it('holds the four series of the report with their cited assumptions', () => {
    const data = reportData();
    expect(data.series.map((s) => s.id)).toEqual(['t2i-market-cn', 't2i-users-cn', 't2v-revenue-global', 'audio-speech-share']);
    expect(data.assumptions.usdCny.value).toBe('7.1268');
    expect(data.assumptions.chinaNetizens.value).toBe('1092000000');
  });

  it('keeps both years of a figure that spans two ("2024至2025年")', () => {
    const users = reportData().series.find((s) => s.id === 't2i-users-cn')!;
    expect(users.figures.find((f) => f.id === 't2i-users-2024-2025')!.years).toEqual([2024, 2025]);
    const video = reportData().series.find((s) => s.id === 't2v-revenue-global')!;
    expect(video.figures.find((f) => f.id === 't2v-cagr-2024-2030')!.years).toEqual([2024, 2030]);
  });

  it('states the text-to-video figures the audit checks: $7.2 M (2023), $2.219 B (2030), 56.6% a year', () => {
    const video = reportData().series.find((s) => s.id === 't2v-revenue-global')!;
    expect(video.figures.map((f) => [f.id, f.value])).toEqual([
      ['t2v-revenue-2023', '7200000'],
      ['t2v-revenue-2030', '2219000000'],
      ['t2v-cagr-2024-2030', '0.566'],
    ]);
  });
});

describe('parseReportFile refuses a broken copy, naming where', () => {
  it('a point figure without its value', () => {
    const error = refusal(withFigure('t2v-revenue-global', 't2v-revenue-2030', (f) => delete f.value));
    expect(error).toBe('t2v-revenue-2030: a point figure needs a value');
  });

  it('a range without its high end', () => {
    const error = refusal(withFigure('t2i-users-cn', 't2i-users-2024-2025', (f) => delete f.high));
    expect(error).toBe('t2i-users-2024-2025: a range needs low and high');
  });

  it('a figure kind the app does not know', () => {
    const error = refusal(withFigure('t2v-revenue-global', 't2v-revenue-2030', (f) => (f.kind = 'estimate')));
    expect(error).toMatch(/^series\.2\.figures\.1\.kind: /);
  });

  it('a value that is not a decimal string', () => {
    for (const value of ['22.19亿', '2,219,000,000', 2219000000, 'NaN']) {
      const error = refusal(withFigure('t2v-revenue-global', 't2v-revenue-2030', (f) => (f.value = value)));
      expect(error, String(value)).toMatch(/^series\.2\.figures\.1\.value: /);
    }
  });

  it('more than two years, or a year outside 1990-2100', () => {
    expect(refusal(withFigure('t2i-users-cn', 't2i-users-2024-2025', (f) => (f.years = [2024, 2025, 2026])))).toMatch(/^series\.1\.figures\.2\.years/);
    expect(refusal(withFigure('t2i-users-cn', 't2i-users-2022', (f) => (f.years = [1890])))).toMatch(/^series\.1\.figures\.0\.years/);
  });

  it('a file of another format or version', () => {
    expect(refusal({ ...raw, format: 'something-else' })).toMatch(/^format: /);
    expect(refusal({ ...raw, version: 2 })).toMatch(/^version: /);
    expect(refusal(null)).not.toBe('');
  });
});
