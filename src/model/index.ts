/** The forecast engine: pure functions on plain data, exact with decimal.js. */
export * from './decimal';
export * from './errors';
export * from './types';
export * from './validate';
export * from './domains';
export * from './versions';
export * from './compound';
export * from './root';
export * from './anchored';
export * from './logistic';
export * from './project';
export * from './solvers';
export * from './units';
export * from './format';
export * from './report';
export * from './audit';
export * from './basis';
export * from './arrows';
export * from './uncertainty';
// withParam (./params) is imported by path too: exported from here, it tipped the bundler into
// splitting the first load into more chunks, 3 KB heavier gzipped.
// The sampling code is not re-exported: it runs in the worker and in lazily loaded views, which import it
// by path, so it stays out of the first page load. ./full exports the whole engine in one import.
export type { ParamRanges } from './uncertain-model';
export type { PercentileBand, Simulation, SimulationOptions } from './simulate';
export type { TornadoBar } from './sensitivity';
