import type { Lang } from '../../model';

/**
 * The address of the page in `lang`: the app's folder followed by `zh/` or `en/` (the pages
 * prerendered at build time, src/prerender-pages.mjs). `pathname` is the page's own address: the app's
 * folder itself, its index.html, or a language's page.
 */
export function languagePath(pathname: string, lang: Lang): string {
  return `${appFolder(pathname)}${lang}/`;
}

/**
 * The app's folder, from the address of any of its pages: what a share link or an embed points at, so
 * it opens in the language of whoever opens it (the folder's page sends them to theirs).
 */
export function appFolder(pathname: string): string {
  // One slash first: "//zh/" is another host's address (scheme-relative), which history refuses.
  const folder = pathname.replace(/^\/{2,}/, '/').replace(/(?<=\/)(?:(?:zh|en)\/)?(?:index\.html)?$/, '');
  return folder.endsWith('/') ? folder : `${folder}/`;
}
