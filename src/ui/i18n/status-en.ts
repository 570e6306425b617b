import type { Widen } from './widen';

/**
 * The banners' words in English (work not being saved, a tab conflict, saved work that could not be
 * read), loaded with the banners (a chunk of its own, drawn only when one is needed), not with the page.
 * status-zh.ts provides the same keys.
 */
/** Scenarios and series named in a sentence: "the scenario “A”, the scenario “B” and the series “C”". */
function items(scenarios: readonly string[], series: readonly string[]) {
  const all = [...scenarios.map((name) => `the scenario “${name}”`), ...series.map((name) => `the series “${name}”`)];
  return { list: all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all.at(-1)}` : all[0], many: all.length > 1 };
}

export const statusEn = {
  failed: 'Your browser refused to save (storage full?). Your changes since then are only in this page: reloading or closing it loses them, and the page opens your last saved work. Download your work to keep it.',
  unavailable: 'Saving is turned off in this browser. Changes work but reloading or closing the page loses all of them. Download your work to keep it.',
  downloadWork: 'Download my work',
  tabConflict: (names: readonly string[]) =>
    `Another tab changed the same scenario as this one. Both versions are kept: this tab's is now called ${names.map((name) => `“${name}”`).join(', ')}.`,
  lost: (scenarios: readonly string[], series: readonly string[], max: { scenarios: number; series: number }) => {
    const { list, many } = items(scenarios, series);
    const them = many ? 'them' : 'it';
    return `Another tab added work at the same moment, and not all of this tab's fitted beside it (at most ${max.scenarios} scenarios and ${max.series} series of your own): ${list} ${many ? 'are' : 'is'} no longer on this page. Download ${them} and import ${them} once there is room.`;
  },
  // What an earlier page kept aside of what it could not keep (the page was reloaded or closed before its download).
  kept: (scenarios: readonly string[], series: readonly string[]) => {
    const { list, many } = items(scenarios, series);
    return `Work another tab could not keep on an earlier visit is still kept in this browser: ${list}. Download ${many ? 'them' : 'it'} and import ${many ? 'them' : 'it'} once there is room.`;
  },
  downloadLost: 'Download what was not kept',
  baseUpdated: (name: string) =>
    `The report base case now reads the report as this version of the app does. Your saved work held an earlier reading: it is kept as the scenario “${name}”.`,
  baseUpdatedFull: (max: number) =>
    `The report base case now reads the report as this version of the app does. Your saved work held an earlier reading, which could not be kept beside it: the list holds ${max} scenarios at most.`,
  recoveredCorrupt: 'Your saved work could not be read (the saved data is damaged).',
  recoveredInvalid: 'Your saved work did not pass the checks and was not loaded.',
  recoveredNewer: 'Your saved work comes from a newer version of this app and was not loaded.',
  recoveredKept: 'A copy was kept; the app started from the defaults.',
  download: 'Download the copy',
  dismiss: 'Dismiss',

};

export type StatusMessages = Widen<typeof statusEn>;
