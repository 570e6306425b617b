import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS } from '../../../src/model';
import { CURRENT_VERSION, readSavedState } from '../../../src/io/saved-state';
import { restoreScenarioFile, SCENARIO_FILE_VERSION, toScenarioFile } from '../../../src/io/scenario-file';
import { SERIES_FILE_VERSION } from '../../../src/io/series-file';
import { importText } from '../../../src/io/import-door';
import { decodeShareFragment, encodeShareFragment, SHARE_LINK_VERSION } from '../../../src/io/share-link';
import { SAVED_VERSION } from '../../../src/state';

/**
 * One version constant per format (src/model/versions.ts). The readers and writers spell no version of
 * their own, and every version ever shipped has a fixture that still opens. The fixtures were written by
 * those versions (fixtures/saved-state/README, fixtures/formats/README.md), never by the code under test now.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const versionsUpTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('format versions, spelled once', () => {
  it('the store, the saved-state reader, the scenario file and the share link all use the one constant', () => {
    expect(SAVED_VERSION).toBe(FORMAT_VERSIONS.savedState);
    expect(CURRENT_VERSION).toBe(FORMAT_VERSIONS.savedState);
    expect(SCENARIO_FILE_VERSION).toBe(FORMAT_VERSIONS.scenarioFile);
    expect(SHARE_LINK_VERSION).toBe(FORMAT_VERSIONS.shareLink);
    expect(SERIES_FILE_VERSION).toBe(FORMAT_VERSIONS.seriesFile);
  });

  it('the report fixture is of the version its schema reads', () => {
    const fixture = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/report-figures.json'), 'utf8')) as { version: number };
    expect(fixture.version).toBe(FORMAT_VERSIONS.reportFixture);
  });

  it.each(versionsUpTo(FORMAT_VERSIONS.savedState))('a saved state of version %i, as that version wrote it, loads', (version) => {
    const file = path.join(ROOT, `fixtures/saved-state/v${version}.json`);
    expect(existsSync(file)).toBe(true);
    const result = readSavedState(readFileSync(file, 'utf8'));
    expect(result.ok ? result.state.doc.scenarios.length : result.detail).toBeGreaterThan(0);
  });

  it.each(versionsUpTo(FORMAT_VERSIONS.scenarioFile))('a scenario file of version %i opens', (version) => {
    const file = path.join(ROOT, `fixtures/formats/v${version}/scenarios.json`);
    const result = restoreScenarioFile(JSON.parse(readFileSync(file, 'utf8')));
    expect(result.ok ? result.scenarios.length : result.error).toBeGreaterThan(0);
  });

  // Link versions follow the file's: s1 holds a version-1 file, s2 a version-2 one.
  it.each(versionsUpTo(FORMAT_VERSIONS.shareLink))('a share link of version s%i opens', (version) => {
    const link = readFileSync(path.join(ROOT, `fixtures/formats/v${version}/share-link.txt`), 'utf8');
    expect(link).toContain(`#s${version}.`);
    const result = importText(link);
    expect(result.ok ? result.scenarios.length : result.error).toBeGreaterThan(0);
  });

  it.each(versionsUpTo(FORMAT_VERSIONS.seriesFile))('a series library file of version %i opens', (version) => {
    const result = importText(readFileSync(path.join(ROOT, `fixtures/formats/series-v${version}/library.series.json`), 'utf8'));
    expect(result.ok ? result.series?.length : result.error).toBeGreaterThan(0);
  });

  it('what the writers write carries the current versions, and reads back', () => {
    const file = toScenarioFile([], undefined, new Date('2024-06-28T08:00:00Z'));
    expect(file.version).toBe(FORMAT_VERSIONS.scenarioFile);
    const fragment = readFileSync(path.join(ROOT, `fixtures/formats/v${FORMAT_VERSIONS.shareLink}/share-link.txt`), 'utf8').trim().split('#')[1]!;
    const decoded = decodeShareFragment(fragment);
    if (!decoded.ok) throw new Error(decoded.error);
    const again = encodeShareFragment({ scenarios: decoded.scenarios, view: decoded.view ?? {}, ...(decoded.series ? { series: decoded.series } : {}) });
    expect(again).toBe(fragment); // the writer of today writes the newest shipped link byte for byte
    expect(again.startsWith(`s${FORMAT_VERSIONS.shareLink}.`)).toBe(true);
  });
});
