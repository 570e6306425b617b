/**
 * Seeded random numbers for the simulation: the same seed gives the same draws, on every run and machine
 * with the same JavaScript engine (Math.log and Math.sqrt are not required to round identically across engines).
 *
 * Generator: xoshiro128** (Blackman & Vigna, 2018) on 32-bit integers, seeded by splitmix32; fast in JavaScript
 * because every step is a 32-bit Math.imul, shift or xor, and good enough for Monte Carlo (passes BigCrush).
 */
export interface Random {
  /** The next 32-bit unsigned integer. */
  nextUint32(): number;
  /** Uniform in the open interval (0, 1) with 53 random bits: never 0, never 1, so its logarithm always exists. */
  uniform(): number;
  /** A standard normal (mean 0, standard deviation 1), by Marsaglia's polar method (exact, no approximation). */
  normal(): number;
  /** Fills `out` with standard normals and returns it. */
  fillNormal(out: Float64Array): Float64Array;
}

/** splitmix32: spreads a 32-bit seed over a stream of well-mixed 32-bit words (for seeding, not for sampling). */
export function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** 2^-53: turns a 53-bit integer into a fraction. */
const TWO_POW_MINUS_53 = 1 / 9007199254740992;

/** A generator seeded with a 32-bit unsigned integer (other numbers are reduced to one with `>>> 0`). */
export function createRandom(seed: number): Random {
  const mix = splitmix32(seed);
  return randomFromState(mix(), mix(), mix(), mix());
}

/** xoshiro128** from its four state words, as in the reference C code (for checking against it). */
export function randomFromState(a: number, b: number, c: number, d: number): Random {
  let s0 = a | 0;
  let s1 = b | 0;
  let s2 = c | 0;
  let s3 = d | 0;
  // xoshiro must not start from all zeros (it would stay there); splitmix32 all but never gives that.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result >>> 0;
  };

  const uniform = (): number => {
    const high = nextUint32() >>> 5; // 27 bits
    const low = nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low + 0.5) * TWO_POW_MINUS_53;
  };

  // The polar method makes normals in pairs; the second waits here for the next call.
  let spare = 0;
  let hasSpare = false;
  const normal = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const scale = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * scale;
    hasSpare = true;
    return u * scale;
  };

  const fillNormal = (out: Float64Array): Float64Array => {
    for (let i = 0; i < out.length; i++) out[i] = normal();
    return out;
  };

  return { nextUint32, uniform, normal, fillNormal };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * A seed for one named stream of a simulation (FNV-1a of the name, mixed with the seed): each uncertain
 * parameter draws from its own stream, so adding a range to one parameter leaves the draws of the others
 * unchanged and the order of the ranges does not matter.
 */
export function streamSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return splitmix32((seed >>> 0) ^ (hash >>> 0))();
}
