// Seeded mutations for the doors fuzz: values a hostile or broken file, link or keyboard could hold.

/** mulberry32: a small seeded generator, so a failing run can be repeated with its --seed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

// window.__xss is set only if markup or script from an input ever runs.
const MARKUP = ['<img src=x onerror="window.__xss=1">', '</title><script>window.__xss=1</script>', '"><svg onload="window.__xss=1">', 'javascript:window.__xss=1'];
const HOSTILE = [
  '1e9999999999', '-1e400', '1e-300', 'NaN', 'Infinity', '-0', '', ' ', '0x10', '١٢٣', '１２３', '56.6%', '7.2M', '1.5亿',
  '\u202e\u0000\u0007\u001b', '💥'.repeat(300), 'x'.repeat(20_000), '__proto__', 'constructor',
  -1, 0, 1, 1e308, -1e308, 5e-324, 2.5, 99999, 1989, 2101, 2030, Number.MAX_SAFE_INTEGER + 2,
  null, true, false, [], {}, [[[[[[]]]]]], { __proto__: { polluted: 1 } }, ...MARKUP,
];

/** Paths to every value in a JSON tree. */
function paths(value, at = [], out = []) {
  out.push(at);
  if (value && typeof value === 'object') for (const key of Object.keys(value)) paths(value[key], [...at, key], out);
  return out;
}

/** One to three edits somewhere in the tree: a hostile value, a key dropped, an array multiplied, a type swapped. */
export function mutateJson(tree, r) {
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const all = paths(tree).filter((p) => p.length > 0);
    if (!all.length) return pick(r, HOSTILE);
    const path = pick(r, all);
    const parent = path.slice(0, -1).reduce((node, key) => node[key], tree);
    const key = path[path.length - 1];
    const op = r();
    if (op < 0.55) parent[key] = typeof parent[key] === 'string' && r() < 0.4 ? parent[key] + pick(r, MARKUP) : pick(r, HOSTILE);
    else if (op < 0.7) delete parent[key];
    else if (op < 0.85 && Array.isArray(parent[key])) parent[key] = Array.from({ length: 1 + Math.floor(r() * 120) }, () => structuredClone(parent[key][0] ?? null));
    else if (op < 0.95) parent[key] = typeof parent[key] === 'number' ? String(parent[key]) : typeof parent[key] === 'string' && /^-?\d/.test(parent[key]) ? Number(parent[key]) : [parent[key]];
    else parent[`${key}\u0000extra`] = pick(r, HOSTILE);
  }
  return tree;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=&%#~!*';

/** Character-level damage to a link or text: replaced, inserted, deleted, truncated, repeated. */
export function mutateText(text, r) {
  let s = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let e = 0; e < edits; e++) {
    const at = 3 + Math.floor(r() * Math.max(1, s.length - 3)); // mostly keep the s1. prefix, so the door is reached
    const op = r();
    if (op < 0.35) s = s.slice(0, at) + pick(r, [...ALPHABET]) + s.slice(at + 1);
    else if (op < 0.55) s = s.slice(0, at) + pick(r, [...ALPHABET, '%00', '%ZZ', '💥', '亿']) + s.slice(at);
    else if (op < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 20));
    else if (op < 0.85) s = s.slice(0, at);
    else if (op < 0.95) s = s + s.slice(3, 3 + Math.floor(r() * 2000));
    else s = pick(r, ['s1.', 's2.AAAA', 's3.AAAA', 's99.x', 's1.' + 'A'.repeat(3000), 'embed=x&s1.AAAA', 's1.%E0%A4%A']);
  }
  return s;
}

/** Byte-level damage to a file: flipped bytes, a cut, a run repeated, random noise spliced in. */
export function mutateBytes(bytes, r) {
  let b = Uint8Array.from(bytes);
  const edits = 1 + Math.floor(r() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(r() * b.length);
    const op = r();
    if (op < 0.5) b[at] = Math.floor(r() * 256);
    else if (op < 0.7) b = b.slice(0, at);
    else if (op < 0.85) b = Uint8Array.from([...b.slice(0, at), ...b.slice(at, at + 64), ...b.slice(at)]);
    else b = Uint8Array.from([...b.slice(0, at), ...Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256)), ...b.slice(at)]);
  }
  return b;
}

const PIECES = ['1', '2', '5', '0', '9', '.', ',', '%', '-', '+', 'e', 'E', ' ', '亿', '万', 'M', 'B', 'K', '$', '¥', '１', '５', '．', '％', 'to', '–', '~', '(', ')', '1e9999999999', '1e-300', '300000%', '\t', '💥', '<b>'];

/** What a hurried, pasting or hostile user could type into a number box. */
export function typedValue(r) {
  if (r() < 0.1) return pick(r, ['', '56.6%', '80%', '7.2M', '1.5亿', '-150%', '70% to 40%', '1e400', 'x'.repeat(500), '9'.repeat(120)]);
  if (r() < 0.45) {
    // Number-shaped: what a user means to type, at every size, in either script and unit system.
    const digits = Array.from({ length: 1 + Math.floor(r() * 5) }, () => Math.floor(r() * 10)).join('');
    const fraction = r() < 0.4 ? `.${Math.floor(r() * 100)}` : '';
    const exponent = r() < 0.15 ? `e${Math.floor(r() * 30) - 10}` : '';
    return `${r() < 0.15 ? '-' : ''}${digits}${fraction}${exponent}${pick(r, ['', '', '%', '亿', '万', 'M', 'B', 'K', ' to 90%'])}`;
  }
  const length = 1 + Math.floor(r() * 12);
  return Array.from({ length }, () => pick(r, PIECES)).join('');
}

/** Only names and descriptions changed (emoji, right-to-left marks, CJK, long text, quotes): inputs the door should take and show as text. */
export function mutateStrings(tree, r) {
  for (const scenario of tree.scenarios ?? []) {
    if (r() < 0.5) scenario.name = `${String(scenario.name).slice(0, 40)}${pick(r, ['\u202e', '💥', ' (2)', ' & "quotes" \'', ' 情景', '&lt;b&gt;', 'x'.repeat(70)])}`;
    if (r() < 0.3) scenario.description = pick(r, ['x'.repeat(1900), '说明'.repeat(50), 'a & b < c', '']);
  }
  return tree;
}
