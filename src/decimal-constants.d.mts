import type { Plugin } from 'vite';

/** The digits of decimal.js's ln 10 and π the build keeps (decimal-constants.mjs). */
export declare const DECIMAL_DIGITS: number;
/** The Vite plugin that cuts them to DECIMAL_DIGITS. */
export declare function decimalConstants(): Plugin;
