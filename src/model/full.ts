/** The whole engine in one import, uncertainty sampling included (the worker, tests). The app imports ./index. */
export * from './index';
export * from './random';
export * from './simulate';
export * from './sensitivity';
export * from './params';
export * from './crossing';
export * from './quantile';
