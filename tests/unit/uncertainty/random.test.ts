// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRandom, randomFromState, splitmix32, streamSeed } from '../../../src/model/full';

describe('the seeded generator', () => {
  it('is xoshiro128**: from state 1, 2, 3, 4 it gives what the reference C code gives', () => {
    // Blackman & Vigna's xoshiro128starstar.c, compiled with gcc and run once: the first eight outputs.
    const random = randomFromState(1, 2, 3, 4);
    const outputs = Array.from({ length: 8 }, () => random.nextUint32());
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  it('is seeded by splitmix32: seed 42 gives the state and outputs the same C code gives', () => {
    const mix = splitmix32(42);
    expect([mix(), mix(), mix(), mix()]).toEqual([939911724, 3948730756, 321366731, 3317318717]);
    const random = createRandom(42);
    expect(Array.from({ length: 6 }, () => random.nextUint32())).toEqual([2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290]);
  });

  it('gives the same numbers for the same seed, and other numbers for another seed', () => {
    const draw = (seed: number) => createRandom(seed).fillNormal(new Float64Array(1000));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws uniforms strictly inside (0, 1), with mean 1/2 and variance 1/12', () => {
    const random = createRandom(1);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = random.uniform();
      sum += u;
      squares += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThan(0);
    expect(max).toBeLessThan(1);
    // Standard errors: 1/sqrt(12n) = 6.5e-4 for the mean; allow 5 of them.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * 6.5e-4);
    expect(Math.abs(squares / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(5 * 2e-4);
  });

  it('draws standard normals: mean 0, variance 1, and 90% of them within ±1.6449', () => {
    const n = 200_000;
    const z = createRandom(2).fillNormal(new Float64Array(n));
    let sum = 0;
    let squares = 0;
    let inside = 0;
    for (const x of z) {
      sum += x;
      squares += x * x;
      if (Math.abs(x) <= 1.6448536269514722) inside++;
    }
    // Standard errors: 1/sqrt(n) = 2.2e-3 (mean), sqrt(2/n) = 3.2e-3 (variance), sqrt(0.09/n) = 6.7e-4 (share).
    expect(Math.abs(sum / n)).toBeLessThan(5 * 2.2e-3);
    expect(Math.abs(squares / n - 1)).toBeLessThan(5 * 3.2e-3);
    expect(Math.abs(inside / n - 0.9)).toBeLessThan(5 * 6.7e-4);
  });

  it('gives each named stream its own seed', () => {
    expect(streamSeed(1, 'cagr')).not.toBe(streamSeed(1, 'baseValue'));
    expect(streamSeed(1, 'cagr')).not.toBe(streamSeed(2, 'cagr'));
    expect(streamSeed(1, 'cagr')).toBe(streamSeed(1, 'cagr'));
  });
});
