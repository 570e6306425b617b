import { Workbox } from 'workbox-window';
import type { PageStore } from '../shared';

/**
 * Registers the service worker the build writes (dist/sw.js, Workbox through vite-plugin-pwa), which
 * keeps the built files so the app opens with no network after one visit. Loaded after the first paint
 * (main.tsx). A new build is installed beside the running one and waits: the page announces it, and it
 * takes over only when the reader chooses Reload. The worker sits in the app's folder, one above this
 * chunk's (assets/), whichever language's page loaded it.
 */
export function registerServiceWorker(page: PageStore): void {
  if (!('serviceWorker' in navigator)) return;
  const folder = new URL('../', import.meta.url);
  const workbox = new Workbox(new URL('sw.js', folder).href, { scope: folder.pathname });
  workbox.addEventListener('waiting', () =>
    page.getState().announceUpdate(async () => {
      // The page reloads once the new worker controls it (saved work is written as the page hides).
      workbox.addEventListener('controlling', () => window.location.reload());
      // Another tab's Reload may have let the new build take over already: nothing waits then to be asked,
      // and this page would wait for ever; it reloads onto the new build at once.
      if (!(await navigator.serviceWorker.getRegistration(folder.href).catch(() => undefined))?.waiting) return window.location.reload();
      workbox.messageSkipWaiting();
    }),
  );
  // A browser or profile that allows no service worker: the app works as before, online.
  workbox.register().catch(() => undefined);
}
