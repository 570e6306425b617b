import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultDoc, STORAGE_KEY } from '../../../src/state';
import { reportData } from '../../../src/io/report-fixture';
import { MemoryStorage, quotaExceeded, securityError } from '../io/memory-storage';
import { importText } from '../../../src/io/import-door';
import { MARKET as MARKET_INPUT, ownSeries } from '../series/market';
import { toUserSeries } from '../../../src/io/user-series';
import { seriesActions } from '../../../src/state/series-actions';
import { zh } from '../../../src/ui/i18n/zh';
import { APP_TIMEOUT, renderApp, scenarioNames } from './render-app';
import V1 from '../../../fixtures/saved-state/v1.json?raw';
import { statusEn } from '../../../src/ui/i18n/status-en';
import { statusZh } from '../../../src/ui/i18n/status-zh';

/** A Blob's text: jsdom's Blob has no text(), its FileReader reads one. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Long enough for the delayed write and a busy machine. */
const SAVED = { timeout: 5000 };

const newScenario = () => screen.getByRole('button', { name: '+ New scenario' });

describe('when the browser does not keep the work', APP_TIMEOUT, () => {
  it('a refused write (storage full) shows the "failed" banner, and the change still shows', async () => {
    const storage = new MemoryStorage();
    storage.refuseWrites = quotaExceeded();
    const { user } = renderApp({ getStorage: () => storage });
    expect(screen.queryByTestId('save-status')).not.toBeInTheDocument();

    await user.click(newScenario());
    // Written once the change rests (300 ms), as in the app.
    expect(await screen.findByTestId('save-status', {}, SAVED)).toHaveTextContent(statusEn.failed);
    expect(screen.getByTestId('save-status')).toHaveRole('alert');
    expect(scenarioNames()).toContain('My scenario');
  });

  it('the "failed" banner goes once a write succeeds again', async () => {
    const storage = new MemoryStorage();
    storage.refuseWrites = quotaExceeded();
    const { user } = renderApp({ getStorage: () => storage });
    await user.click(newScenario());
    expect(await screen.findByTestId('save-status', {}, SAVED)).toBeInTheDocument();

    storage.refuseWrites = undefined;
    await user.click(newScenario());
    await waitFor(() => expect(screen.queryByTestId('save-status')).not.toBeInTheDocument(), SAVED);
    // Writes are put off and merged (saved-state.ts): on a busy machine the first one that succeeds
    // can carry a change made before the click's new scenario (six scenarios), and the banner goes
    // then; the seventh scenario is in the write that follows.
    await waitFor(() => expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.doc.scenarios).toHaveLength(7), SAVED);
  });

  it('storage the browser will not open (SecurityError) shows the "unavailable" banner from the start', async () => {
    const { user } = renderApp({
      getStorage: () => {
        throw securityError();
      },
    });
    expect(await screen.findByTestId('save-status')).toHaveTextContent(statusEn.unavailable);
    await user.click(newScenario());
    expect(await screen.findByTestId('save-status')).toHaveTextContent(statusEn.unavailable);
    expect(scenarioNames()).toContain('My scenario');
  });
});

describe('when saving fails, the work can be kept at once', APP_TIMEOUT, () => {
  const { createObjectURL, revokeObjectURL } = URL;
  let created: Blob[];
  beforeEach(() => {
    created = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return `blob:work-${created.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('a full storage: the banner says reloading loses the changes and "Download my work" hands over a scenario file holding every scenario', async () => {
    const storage = new MemoryStorage();
    storage.refuseWrites = quotaExceeded();
    const { user, store } = renderApp({ getStorage: () => storage });
    await user.click(newScenario());
    const banner = await screen.findByTestId('save-status', {}, SAVED);
    expect(banner).toHaveTextContent('reloading or closing it loses them');
    await user.click(within(banner).getByRole('button', { name: statusEn.downloadWork }));

    // The file's writer is loaded when the banner shows (StatusBanner), so the download follows the press at once.
    await waitFor(() => expect(created).toHaveLength(1));
    const link = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('forecast-my-work.json');
    // The file goes back in through the import door, with every scenario the page holds, in order.
    const read = importText(await textOf(created[0]!));
    expect(read.ok).toBe(true);
    const { doc } = store.getState();
    expect(read.ok && read.scenarios.map((s) => s.name)).toEqual(doc.scenarios.map((s) => s.name));
    expect(read.ok && read.scenarios.map((s) => s.models)).toEqual(doc.scenarios.map((s) => s.models));
    expect(read.ok && read.view?.compared).toEqual(doc.compared.map((id) => doc.scenarios.findIndex((s) => s.id === id)));
    // Nothing was written: the storage refused every write.
    expect(storage.writes).toEqual([]);
  });

  it('in Chinese the banner and its button speak Chinese', async () => {
    const storage = new MemoryStorage();
    storage.refuseWrites = quotaExceeded();
    const { user } = renderApp({ getStorage: () => storage, lang: 'zh' });
    await user.click(screen.getByRole('button', { name: `+ ${zh.scenarios.newScenario}` }));
    const banner = await screen.findByTestId('save-status', {}, SAVED);
    expect(banner).toHaveTextContent(statusZh.failed);
    expect(within(banner).getByRole('button', { name: statusZh.downloadWork })).toBeInTheDocument();
  });
});

describe('saved work that cannot be used', APP_TIMEOUT, () => {
  const corrupt = '{"state":{"doc":{"scenarios":[{"id":"base"';
  let created: Blob[];
  let revoked: string[];
  const { createObjectURL, revokeObjectURL } = URL;

  beforeEach(() => {
    created = [];
    revoked = [];
    // jsdom has no object URLs; the banner's download goes through these two.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return `blob:copy-${created.length}`;
    });
    URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
    // jsdom cannot navigate; the click on the download link only has to happen.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('corrupt JSON: the recovery banner says so and the app starts from the defaults', async () => {
    renderApp({ getStorage: () => new MemoryStorage({ [STORAGE_KEY]: corrupt }) });
    const banner = await screen.findByTestId('recovery');
    expect(banner).toHaveTextContent(`${statusEn.recoveredCorrupt} ${statusEn.recoveredKept}`);
    expect(scenarioNames()).toEqual(defaultDoc(reportData().series, 'en').scenarios.map((s) => s.name));
  });

  it('"Download the copy" hands the browser the saved text exactly as it was found, then releases the link', async () => {
    renderApp({ getStorage: () => new MemoryStorage({ [STORAGE_KEY]: corrupt }) });
    const banner = await screen.findByTestId('recovery');
    const click = vi.mocked(HTMLAnchorElement.prototype.click);
    vi.useFakeTimers({ toFake: ['setTimeout'] });

    fireEvent.click(within(banner).getByRole('button', { name: statusEn.download }));
    expect(created).toHaveLength(1);
    expect(await textOf(created[0]!)).toBe(corrupt);
    expect(created[0]!.type).toBe('application/json');
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.href).toBe('blob:copy-1');
    expect(link.download).toBe('forecast-saved-work-copy.json');

    vi.advanceTimersByTime(1000);
    expect(revoked).toEqual(['blob:copy-1']);
  });

  it('"Dismiss" hides the recovery banner', async () => {
    const { user } = renderApp({ getStorage: () => new MemoryStorage({ [STORAGE_KEY]: corrupt }) });
    const banner = await screen.findByTestId('recovery');
    await user.click(within(banner).getByRole('button', { name: statusEn.dismiss }));
    expect(screen.queryByTestId('recovery')).not.toBeInTheDocument();
  });

  it('work saved by a newer version of the app is not loaded, and the banner says why', async () => {
    const newer = JSON.stringify({ state: { doc: {}, settings: {}, fromTheFuture: true }, version: 99 });
    renderApp({ getStorage: () => new MemoryStorage({ [STORAGE_KEY]: newer }) });
    expect(await screen.findByTestId('recovery')).toHaveTextContent(`${statusEn.recoveredNewer} ${statusEn.recoveredKept}`);
  });

  it('work that fails the checks is reported as such', async () => {
    const invalid = JSON.stringify({ state: { doc: { scenarios: 'none' }, settings: {} }, version: 1 });
    renderApp({ getStorage: () => new MemoryStorage({ [STORAGE_KEY]: invalid }) });
    expect(await screen.findByTestId('recovery')).toHaveTextContent(statusEn.recoveredInvalid);
  });
});

describe('when another tab changed the same scenario', APP_TIMEOUT, () => {
  it('the banner names the copy kept of this tab\'s version, in English and Chinese, and "Dismiss" hides it', async () => {
    const { store, user, unmount } = renderApp();
    act(() => store.getState().setTabConflicts(['Plan (2)', 'Base (3)']));
    const banner = await screen.findByTestId('tab-conflict');
    expect(banner).toHaveTextContent('this tab\'s is now called “Plan (2)”, “Base (3)”.');
    expect(banner).toHaveTextContent('Both versions are kept');
    await user.click(within(banner).getByRole('button', { name: statusEn.dismiss }));
    expect(screen.queryByTestId('tab-conflict')).not.toBeInTheDocument();
    unmount();

    const zhApp = renderApp({ lang: 'zh' });
    act(() => zhApp.store.getState().setTabConflicts(['方案 (2)', '基准 (3)']));
    // Names in a Chinese sentence are set off with the enumeration comma 、, not an English comma.
    expect(await screen.findByTestId('tab-conflict')).toHaveTextContent('本页的版本现名为 “方案 (2)”、“基准 (3)”。');
  });
});

describe('when a merge with another tab could not keep some of this tab\'s work', APP_TIMEOUT, () => {
  let created: Blob[];
  const { createObjectURL, revokeObjectURL } = URL;
  beforeEach(() => {
    created = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), `blob:lost-${created.length}`));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });
  it('names the scenario not kept and hands it over as a file the import door reads back, models and all', async () => {
    const { store, user } = renderApp();
    const base = store.getState().doc.scenarios[0]!;
    const lost = { ...base, id: 'lost-1', name: 'Tenth from A', readOnly: false };
    act(() => store.getState().setTabConflicts([{ lost: { scenarios: [lost], series: [] } }]));
    const banner = await screen.findByTestId('tab-lost');
    expect(banner).toHaveTextContent('the scenario “Tenth from A”');
    expect(banner).toHaveTextContent('at most 50 scenarios and 20 series of your own');
    // Not the conflict banner's words: nothing of it is kept on the page.
    expect(screen.queryByTestId('tab-conflict')).not.toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: statusEn.downloadLost }));
    await waitFor(() => expect(created).toHaveLength(1));
    const link = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('forecast-not-kept.json');
    const read = importText(await textOf(created[0]!));
    expect(read.ok && read.scenarios.map((s) => [s.name, s.models])).toEqual([['Tenth from A', base.models]]);
    // Still there until dismissed: the download may be wanted twice.
    await user.click(within(banner).getByRole('button', { name: statusEn.dismiss }));
    expect(screen.queryByTestId('tab-lost')).not.toBeInTheDocument();
  });

  it('the file holds every series not kept, once, even one no lost scenario models or one back on the page since (found by review)', async () => {
    const { store, user } = renderApp();
    // A series not kept that no lost scenario models (lost in another merge than the scenario).
    const alone = ownSeries(MARKET_INPUT, 'user-alone');
    // A series not kept that is back on the page since (imported again, or undone), which the lost scenario models.
    expect(seriesActions(store, toUserSeries).add({ ...MARKET_INPUT, name: { en: 'Back again' } }).ok).toBe(true);
    const back = store.getState().doc.userSeries![0]!;
    const scenario = { ...store.getState().doc.scenarios[0]!, id: 'lost-2', name: 'Lost with a series', readOnly: false };
    act(() => store.getState().setTabConflicts([{ lost: { scenarios: [scenario], series: [back] } }, { lost: { scenarios: [], series: [alone] } }]));
    const banner = await screen.findByTestId('tab-lost');
    await user.click(within(banner).getByRole('button', { name: statusEn.downloadLost }));
    await waitFor(() => expect(created).toHaveLength(1));
    const read = importText(await textOf(created[0]!));
    expect(read.ok).toBe(true);
    expect(read.ok && read.series?.map((u) => u.definition.name.en).sort()).toEqual(['Back again', 'Smart speaker market']);
  });

  it('a series alone is handed over as a series file; in Chinese the banner speaks Chinese', async () => {
    const { store, user } = renderApp({ lang: 'zh' });
    const lost = ownSeries(MARKET_INPUT);
    act(() => store.getState().setTabConflicts(['方案 (2)', { lost: { scenarios: [], series: [lost] } }]));
    const banner = await screen.findByTestId('tab-lost');
    expect(banner).toHaveTextContent('序列“智能音箱市场”');
    expect(banner).toHaveTextContent('情景最多50个，自建序列最多20个');
    // The conflict's copy is named in its own banner still.
    expect(await screen.findByTestId('tab-conflict')).toHaveTextContent('“方案 (2)”');
    await user.click(within(banner).getByRole('button', { name: statusZh.downloadLost }));
    await waitFor(() => expect(created).toHaveLength(1));
    const read = importText(await textOf(created[0]!));
    expect(read.ok && read.series?.map((u) => u.definition.name.zh)).toEqual(['智能音箱市场']);
  });
});

describe('what another tab could not keep outlives a reload: it stays in this browser until downloaded or dismissed', APP_TIMEOUT, () => {
  let created: Blob[];
  const { createObjectURL, revokeObjectURL } = URL;
  const aside = () => Object.keys(window.localStorage).filter((key) => key.startsWith(`${STORAGE_KEY}:not-kept:`));
  beforeEach(() => {
    window.localStorage.clear();
    created = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), `blob:kept-${created.length}`));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    window.localStorage.clear();
  });

  it('kept aside as the banner shows it; after a reload a banner names it again and downloads the same file, which the import door reads back', async () => {
    const first = renderApp();
    const base = first.store.getState().doc.scenarios[0]!;
    const lost = { ...base, id: 'lost-1', name: 'Tenth from A', readOnly: false };
    act(() => first.store.getState().setTabConflicts([{ lost: { scenarios: [lost], series: [] } }]));
    await screen.findByTestId('tab-lost');
    await waitFor(() => expect(aside()).toHaveLength(1));
    const stored = JSON.parse(window.localStorage.getItem(aside()[0]!)!) as { file: string };
    const fromStorage = importText(stored.file);
    expect(fromStorage.ok && fromStorage.scenarios.map((sc) => [sc.name, sc.models])).toEqual([['Tenth from A', base.models]]);
    first.unmount();

    // The page reloaded before the download: the page reads what was kept aside with the rest of its saved work.
    const { restoreKeptAside } = await import('../../../src/ui/app/kept-aside');
    const again = renderApp();
    act(() => restoreKeptAside(again.store, window.localStorage));
    const banner = await screen.findByTestId('tab-kept');
    expect(banner).toHaveTextContent('the scenario “Tenth from A”');
    await again.user.click(within(banner).getByRole('button', { name: statusEn.downloadLost }));
    await waitFor(() => expect(created).toHaveLength(1));
    const link = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('forecast-not-kept.json');
    const read = importText(await textOf(created[0]!));
    expect(read.ok && read.scenarios.map((sc) => [sc.name, sc.models])).toEqual([['Tenth from A', base.models]]);
    // Downloaded: no longer kept aside, and the banner may go.
    expect(aside()).toHaveLength(0);
    await again.user.click(within(banner).getByRole('button', { name: statusEn.dismiss }));
    expect(screen.queryByTestId('tab-kept')).not.toBeInTheDocument();
  });

  it('once downloaded it is not put back by another note arriving (found by review: any change of the notes wrote it again)', async () => {
    const { store, user } = renderApp();
    const base = store.getState().doc.scenarios[0]!;
    act(() => store.getState().setTabConflicts([{ lost: { scenarios: [{ ...base, id: 'lost-3', name: 'Gone', readOnly: false }], series: [] } }]));
    const banner = await screen.findByTestId('tab-lost');
    await waitFor(() => expect(aside()).toHaveLength(1));
    await user.click(within(banner).getByRole('button', { name: statusEn.downloadLost }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(aside()).toHaveLength(0);
    // A conflict's copy named afterwards: a note of another kind.
    act(() => store.getState().setTabConflicts([...store.getState().tabConflicts, 'Copy (2)']));
    await screen.findByTestId('tab-conflict');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(aside()).toHaveLength(0);
  });

  it('dismissing the banner is the user\'s choice to let it go: nothing is kept aside after it', async () => {
    const { store, user } = renderApp({ lang: 'zh' });
    act(() => store.getState().setTabConflicts([{ lost: { scenarios: [], series: [ownSeries(MARKET_INPUT)] } }]));
    const banner = await screen.findByTestId('tab-lost');
    await waitFor(() => expect(aside()).toHaveLength(1));
    await user.click(within(banner).getByRole('button', { name: statusZh.dismiss }));
    expect(aside()).toHaveLength(0);
  });

  it('an entry that is not what the page keeps aside (hand-edited, another app\'s) is neither shown nor deleted', async () => {
    window.localStorage.setItem(`${STORAGE_KEY}:not-kept:x`, '{"scenarios":"<b>x</b>","file":3}');
    const { restoreKeptAside } = await import('../../../src/ui/app/kept-aside');
    const { store } = renderApp();
    act(() => restoreKeptAside(store, window.localStorage));
    expect(store.getState().tabConflicts).toEqual([]);
    expect(aside()).toHaveLength(1);
  });
});

describe('when saved work held an earlier reading of the report', APP_TIMEOUT, () => {
  it('says the base case was brought up to date and names the scenario the saved one is kept as, in Chinese; "知道了" hides it', async () => {
    const { user } = renderApp({ lang: 'zh', getStorage: () => new MemoryStorage({ [STORAGE_KEY]: V1 }) });
    const banner = await screen.findByTestId('base-updated');
    expect(banner).toHaveTextContent('“报告基准”已更新为本版本对报告的读法；您保存的工作中的早前读法已另存为情景“报告基准（早前读法）”。');
    await user.click(within(banner).getByRole('button', { name: '知道了' }));
    expect(screen.queryByTestId('base-updated')).not.toBeInTheDocument();
  });
});
