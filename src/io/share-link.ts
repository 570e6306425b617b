import { deflateSync } from 'fflate';
import { FORMAT_VERSIONS } from '../model';
import type { UserSeries } from '../state';
import { exchangedSeries, seriesUsedBy } from './exchange-series';
import { fromBase64url, toBase64url } from './base64url';
import { boundedInflate } from './bounded-inflate';
import { parseJsonPayload } from './json-payload';
import { shareDictionaryS1 } from './share-dictionary';
import {
  SCENARIO_FILE_SOURCE,
  SCENARIO_FILE_TYPE,
  SCENARIO_FILE_VERSION,
  type ExchangedScenario,
  type ExchangeView,
  type ImportResult,
} from './scenario-file';

/**
 * Shared state in the URL fragment, which browsers never send to a server. The grammar
 * (fixtures/formats/README.md):
 *
 *   fragment = ["#"] part *("&" part)        one part is the payload, the others are parameters
 *   payload  = "s2." base64url(deflate-raw(UTF-8 JSON of a scenario file without exportedAt,
 *                                          preset dictionary SHARE_DICTIONARY_S1))
 *   param    = name "=" value                 "embed=<series-id>": that chart alone, without the app around it
 *
 * "s2" is the version of the link: the same encoding and dictionary as "s1", holding a version-2 file
 * (which may carry the user's own series); an app that knows only s1 says "newer-version" rather than
 * open a link whose charts it cannot draw. "s1" links are still read, their version-1 file migrated.
 * The JSON carries the file's own version and goes through the same door as a file. Unknown
 * parameters are ignored, so later ones do not break old apps.
 */
export interface ShareState {
  readonly scenarios: readonly ExchangedScenario[];
  readonly view: ExchangeView;
  /** The user's own series: the link carries those its scenarios hold a model for. */
  readonly series?: readonly UserSeries[];
}

export const SHARE_LINK_VERSION = FORMAT_VERSIONS.shareLink;
/** Link versions read: every one ever written (s1 and s2 share the encoding; the JSON's own version tells them apart). */
const READ_VERSIONS = ['1', '2'];
/** Inflated JSON beyond this is refused while inflating (a full store is about 60 KB). */
export const MAX_LINK_JSON_BYTES = 1_000_000;
/** A fragment longer than any link this app writes could be, refused before any work. */
const MAX_FRAGMENT_CHARS = 2_000_000;
const SERIES_ID = /^[a-z0-9-]{1,80}$/;

export function encodeShareFragment(state: ShareState, options: { readonly embed?: string } = {}): string {
  // Only the exchanged fields, whatever the caller's objects carry (a store Scenario has ids and a lock too).
  const scenarios = state.scenarios.map(({ name, description, models, uncertainty, colorIndex }) => ({
    name,
    description,
    models,
    ...(uncertainty ? { uncertainty } : {}),
    ...(colorIndex !== undefined ? { colorIndex } : {}),
  }));
  const { compared, focus, settings, seriesId, charts } = state.view;
  const view = Object.fromEntries(Object.entries({ compared, focus, settings, seriesId, charts }).filter(([, value]) => value !== undefined));
  const series = exchangedSeries(seriesUsedBy(state.series, scenarios));
  // No exportedAt: the same state always gives the same link.
  const file = {
    type: SCENARIO_FILE_TYPE,
    version: SCENARIO_FILE_VERSION,
    source: SCENARIO_FILE_SOURCE,
    scenarios,
    ...(Object.keys(view).length ? { view } : {}),
    ...(series.length ? { series } : {}),
  };
  const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(file)), { level: 9, dictionary: shareDictionaryS1() });
  const payload = `s${SHARE_LINK_VERSION}.${toBase64url(bytes)}`;
  return options.embed && SERIES_ID.test(options.embed) ? `embed=${options.embed}&${payload}` : payload;
}

interface FragmentParts {
  readonly params: Readonly<Record<string, string>>;
  readonly payloads: readonly { readonly version: string; readonly data: string }[];
}

function splitFragment(fragment: string): FragmentParts {
  const params: Record<string, string> = {};
  const payloads: { version: string; data: string }[] = [];
  for (const part of fragment.trim().replace(/^#/, '').split('&')) {
    const payload = /^s(\d{1,9})\.([^]*)$/.exec(part);
    if (payload) payloads.push({ version: payload[1]!, data: payload[2]! });
    else {
      const param = /^([A-Za-z][A-Za-z0-9-]{0,31})=([^]{0,200})$/.exec(part);
      if (param) params[param[1]!] = param[2]!;
    }
  }
  return { params, payloads };
}

/** The parameters of a fragment ("embed" and any later ones), for the app to set itself up before decoding. */
export function shareFragmentParams(fragment: string): Readonly<Record<string, string>> {
  return fragment.length > MAX_FRAGMENT_CHARS ? {} : splitFragment(fragment).params;
}

/** The scenarios and view of a shared link, through the same door as a file. Never throws. */
export function decodeShareFragment(fragment: string): ImportResult {
  try {
    return decode(fragment);
  } catch (error) {
    return { ok: false, error: 'malformed', detail: `cannot be read: ${error instanceof Error ? error.name : 'error'}` };
  }
}

function decode(fragment: string): ImportResult {
  if (typeof fragment !== 'string' || fragment.trim().replace(/^#/, '') === '') return { ok: false, error: 'empty', detail: 'the link carries nothing' };
  if (fragment.length > MAX_FRAGMENT_CHARS) return { ok: false, error: 'too-large', detail: `${fragment.length} characters > ${MAX_FRAGMENT_CHARS}` };
  const { params, payloads } = splitFragment(fragment);
  const [payload, ...more] = payloads;
  if (!payload) return { ok: false, error: 'unknown-format', detail: 'no s1. or s2. payload in the link' };
  if (more.length) return { ok: false, error: 'malformed', detail: 'more than one payload in the link' };
  if (!READ_VERSIONS.includes(payload.version)) {
    const newer = /^[1-9]\d*$/.test(payload.version) && Number(payload.version) > SHARE_LINK_VERSION;
    return newer
      ? { ok: false, error: 'newer-version', detail: `link version ${payload.version} > ${SHARE_LINK_VERSION}` }
      : { ok: false, error: 'unknown-format', detail: `link version "s${payload.version}"` };
  }
  const bytes = fromBase64url(payload.data);
  if (!bytes) return { ok: false, error: 'malformed', detail: 'the payload is not base64url' };
  const inflated = boundedInflate(bytes, MAX_LINK_JSON_BYTES, 'raw', shareDictionaryS1());
  if (!inflated.ok) return { ok: false, error: inflated.error, detail: `the payload does not inflate (${inflated.error})` };
  const result = parseJsonPayload(inflated.bytes);
  const embed = params.embed;
  if (!result.ok || !embed || !SERIES_ID.test(embed)) return result;
  return { ...result, view: { ...result.view, seriesId: embed } };
}
