import { describe, expect, it } from 'vitest';
import { arrowValues, Dec, type Projection } from '../../../src/model';

const line = (points: [number, string][]): Projection => points.map(([year, value]) => ({ year, value: new Dec(value) }));

// Expected values computed independently with mpmath at 50 digits (python3, mp.dps = 50).
describe('arrowValues: the numbers on a CAGR or difference arrow', () => {
  const video = line([[2023, '7200000'], [2026, '80000000'], [2030, '2219000000']]);

  it('gives the CAGR of the text-to-video revenue from $7.2M (2023) to $2.219B (2030) to 30 digits', () => {
    const result = arrowValues(video, 2023, 2030);
    if (!result.ok) throw new Error(result.error.message);
    // mpmath: (2219000000/7200000)^(1/7) - 1 = 1.267495327613912260739841698139705409248
    expect(result.value.cagr!.toSignificantDigits(30).toString()).toBe('1.26749532761391226073984169814');
    expect(result.value.difference.toString()).toBe('2211800000');
    // mpmath: 2211800000/7200000 = 307.19444…
    expect(result.value.relative!.toSignificantDigits(30).toString()).toBe('307.194444444444444444444444444');
  });

  it('gives a falling line its negative rate and difference, and runs forward in time whichever year is picked first', () => {
    const falling = line([[2024, '80'], [2028, '5']]);
    const result = arrowValues(falling, 2024, 2028);
    if (!result.ok) throw new Error(result.error.message);
    // mpmath: (5/80)^(1/4) - 1 = -0.5 exactly
    expect(result.value.cagr!.toString()).toBe('-0.5');
    expect(result.value.difference.toString()).toBe('-75');
    expect(result.value.relative!.toString()).toBe('-0.9375');
    const back = arrowValues(falling, 2028, 2024);
    if (!back.ok) throw new Error(back.error.message);
    expect([back.value.from.year, back.value.to.year, back.value.cagr!.toString()]).toEqual([2024, 2028, '-0.5']);
  });

  it('gives the report’s ≤10B (2024) to ≈100B (2027) market a CAGR of 115.44…%', () => {
    const result = arrowValues(line([[2024, '10000000000'], [2027, '100000000000']]), 2024, 2027);
    if (!result.ok) throw new Error(result.error.message);
    // mpmath: 10^(1/3) - 1 = 1.154434690031883721759293566519350495259
    expect(result.value.cagr!.toSignificantDigits(30).toString()).toBe('1.15443469003188372175929356652');
  });

  it('has no CAGR where a level is 0 or negative, and no relative change from 0, but still the difference', () => {
    const result = arrowValues(line([[2024, '0'], [2025, '3']]), 2024, 2025);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.cagr).toBeUndefined();
    expect(result.value.relative).toBeUndefined();
    expect(result.value.difference.toString()).toBe('3');
  });

  it('refuses one year twice, and a year the line does not reach, as values', () => {
    const same = arrowValues(video, 2026, 2026);
    expect(same.ok || same.error.kind).toBe('same-year');
    const missing = arrowValues(video, 2023, 2041);
    expect(missing.ok || [missing.error.kind, missing.error.params.year]).toEqual(['year-out-of-range', 2041]);
  });
});
