/**
 * The version of each format the app writes, spelled once. Every reader and writer imports it from here:
 * the saved state (localStorage, through zustand's persist), the scenario file (JSON, PNG iTXt, SVG metadata),
 * the share link's fragment and the report fixture. Raising one means adding a migration beside its reader
 * (io/saved-state.ts, io/scenario-file.ts) and a fixture of the old version under fixtures/formats/.
 * It lives in the model, the one layer every other layer may import.
 */
export const FORMAT_VERSIONS = {
  savedState: 2,
  scenarioFile: 1,
  shareLink: 1,
  reportFixture: 1,
} as const;
