/**
 * The preset dictionary of "s1" share links (RFC 1951 §3.2.5 distances reach back into it): the text
 * every link's JSON repeats — the file envelope, the view and the report's base models — so deflate
 * codes it as back-references instead of spelling it out (10 scenarios: 1,727 → about 1,160 characters).
 *
 * FROZEN: every s1 link ever shared inflates against exactly these bytes. Never edit this text, even
 * when the report's models change; a new dictionary needs a new link version ("s2") beside this one.
 */
export const SHARE_DICTIONARY_S1 =
  '{"type":"genai-forecast/scenarios","version":1,"source":"genai-media-forecast","scenarios":[' +
  '{"type":"compound","baseYear":2023,"baseValue":"7200000","cagr":"0.566"}' +
  '{"type":"compound","baseYear":2030,"baseValue":"2219000000","cagr":"0.566"}' +
  '"uncertainty":{"ranges":{"t2v-revenue-global":{"cagr":{"low":"0.5","high":"0.9"}}},"seed":20240628,"samples":10000}}' +
  '],"view":{"compared":[0,1,2,3,4,5,6,7,8,9],"focus":0,"settings":{"lang":"zh","theme":"light","yearFrom":2022,"yearTo":2032,' +
  '"scale":"linear","currency":"native","usdCny":"7.1268"},"seriesId":"t2i-market-cn"}}' +
  '{"name":"","description":"","models":{"t2i-market-cn":{"type":"anchored","anchors":[' +
  '{"year":2024,"low":"10000000000","figureId":"t2i-market-2024"},{"year":2025,"low":"20000000000","figureId":"t2i-market-2025"},' +
  '{"year":2027,"low":"100000000000","figureId":"t2i-market-2027"}],"through":"mid","rateBefore":"1","rateAfter":"0.3"},' +
  '"t2i-users-cn":{"type":"logistic","ceiling":"1092000000","midpoint":"2026.932","steepness":"0.8680"},' +
  '"t2v-revenue-global":{"type":"anchored","anchors":[{"year":2023,"low":"7200000","figureId":"t2v-revenue-2023"},' +
  '{"year":2030,"low":"2219000000","figureId":"t2v-revenue-2030"}],"through":"mid","rateBefore":"0.566","rateAfter":"0.566"}}},';

let bytes: Uint8Array | undefined;
export function shareDictionaryS1(): Uint8Array {
  bytes ??= new TextEncoder().encode(SHARE_DICTIONARY_S1);
  return bytes;
}
