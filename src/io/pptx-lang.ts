/**
 * Every run of text in a slide or notes part tagged with its language: Chinese characters as zh-CN,
 * Latin letters as en-US, so spelling, line breaking and fonts follow the text (pptxgenjs tags every
 * run en-US). A run that mixes both is split where the script changes; digits, spaces and
 * punctuation stay with the text before them.
 */

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text in pieces of one language each: [lang, text][]. */
export function splitByScript(text: string): [string, string][] {
  const pieces: [string, string][] = [];
  let pending = '';
  for (const char of text) {
    const lang = CJK.test(char) ? 'zh-CN' : LATIN.test(char) ? 'en-US' : undefined;
    const last = pieces[pieces.length - 1];
    if (!lang) {
      if (last) last[1] += char;
      else pending += char;
    } else if (last && last[0] === lang) last[1] += char;
    else {
      pieces.push([lang, pending + char]);
      pending = '';
    }
  }
  if (pending) pieces.push(['en-US', pending]);
  return pieces;
}

const withLang = (rPr: string, lang: string) => {
  const tagged = /\slang="[^"]*"/.test(rPr) ? rPr.replace(/\slang="[^"]*"/, ` lang="${lang}"`) : rPr.replace(/^<a:rPr/, `<a:rPr lang="${lang}"`);
  return tagged.replace(/\saltLang="[^"]*"/, '');
};

export function tagLanguages(xml: string): string {
  return xml.replace(/<a:r>(<a:rPr\b(?:[^>]*\/>|[^>]*>[^]*?<\/a:rPr>))<a:t>([^<]*)<\/a:t><\/a:r>/g, (_, rPr: string, text: string) =>
    splitByScript(unescape(text))
      .map(([lang, piece]) => `<a:r>${withLang(rPr, lang)}<a:t>${escape(piece)}</a:t></a:r>`)
      .join(''),
  );
}
