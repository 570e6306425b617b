/**
 * The version of each format the app writes, spelled once. Every reader and writer imports it from here:
 * the saved state (localStorage, through zustand's persist), the scenario file (JSON, PNG iTXt, SVG metadata),
 * the share link's fragment and the report fixture. Raising one means adding a migration beside its reader
 * (io/saved-state.ts, io/scenario-file.ts) and a fixture of the old version under fixtures/formats/.
 * It lives in the model, the one layer every other layer may import.
 */
export const FORMAT_VERSIONS = {
  savedState: 2,
  /** 2 (issue 19): the file may carry the user's own series its scenarios use. */
  scenarioFile: 2,
  /** 2 (issue 19): `s2.` links carry a version-2 file; `s1.` links are read as before. */
  shareLink: 2,
  reportFixture: 1,
  /** The series library file (`*.series.json`, io/series-file): series of one's own without scenarios. */
  seriesFile: 1,
} as const;
