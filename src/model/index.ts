/** The forecast engine: pure functions on plain data, exact with decimal.js. */
export * from './decimal';
export * from './errors';
export * from './types';
export * from './validate';
export * from './compound';
export * from './anchored';
export * from './logistic';
export * from './project';
export * from './solvers';
export * from './units';
export * from './format';
export * from './report';
export * from './audit';
export * from './random';
export * from './uncertainty';
export type { ParamRanges } from './uncertain-model';
export * from './simulate';
export * from './sensitivity';
