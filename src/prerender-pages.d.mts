import type { Plugin } from 'vite';

export type Lang = 'zh' | 'en';
export declare const PAGES: readonly { file: string; lang: Lang; up: string }[];
export declare function pageHtml(
  template: string,
  rendered: { html: string; title: string },
  page: { lang: Lang; up: string },
  storageKey: string,
  built?: { css?: Record<string, string>; catalogue?: Record<Lang, string> },
): string;
export declare function writePages(outDir: string, root: string): Promise<void>;
export declare function prerenderPages(): Plugin;
