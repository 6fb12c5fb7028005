/**
 * Terms the text marks itself: book titles in 《》, quoted formulations, and enumerated slogans
 * (一廊两谷三片区, 三区一中心, 两个一百年).
 */
export type MarkedKind = 'title' | 'quote' | 'slogan';

export interface MarkedFind {
  kind: MarkedKind;
  /** Offsets of the term in the text (inside its marks). */
  start: number;
  end: number;
}

const TITLE = /《([^《》\r\n]+)》/g;
const QUOTES = [
  /“([^“”\r\n]+)”/g,
  /「([^「」\r\n]+)」/g,
  /『([^『』\r\n]+)』/g,
  /‘([^‘’\r\n]+)’/g,
  /"([^"\r\n]+)"/g,
  // A straight single quote, not an apostrophe (Macao's): no letter or digit outside it.
  /(?<![\p{L}\p{N}])'([^'\r\n]+)'(?![\p{L}\p{N}])/gu,
];

/** `[start, end)` of a match's first group, without the spaces and trailing commas around it. */
function inner(m: RegExpExecArray | RegExpMatchArray): [number, number] {
  const body = m[1] ?? '';
  const start = (m.index ?? 0) + m[0].indexOf(body) + (body.length - body.trimStart().length);
  return [start, start + body.trimStart().replace(/[\s.,;:，、：]+$/, '').length];
}

export function titles(text: string): MarkedFind[] {
  return [...text.matchAll(TITLE)].map((m) => {
    const [start, end] = inner(m);
    return { kind: 'title', start, end };
  });
}

/**
 * Quoted formulations. A quote that is speech or a whole sentence (it has a sentence end inside),
 * markup or an address (<, >, =, /), or nothing but digits and signs is no term.
 */
export function quotes(text: string): MarkedFind[] {
  const out: MarkedFind[] = [];
  for (const pattern of QUOTES) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = inner(m);
      const body = text.slice(start, end);
      if (/[。！？!?<>=/]|\.\s/.test(body) || !/[\p{L}]/u.test(body)) continue;
      out.push({ kind: 'quote', start, end });
    }
  }
  return out;
}

const NUMBER = '一二两三四五六七八九十百千万';
const isNumber = (c: string | undefined) => c !== undefined && NUMBER.includes(c);
/** Characters no slogan's noun has: particles, and 月日号 (九月二十日 is a date). */
const NOT_NOUN = '的了和与及或并在是为对把将以于被也都等月日号';
const isNoun = (c: string | undefined) =>
  c !== undefined && /\p{Script=Han}/u.test(c) && !isNumber(c) && !NOT_NOUN.includes(c);

/**
 * The end of a slogan starting at `at` in a folded text, or -1. A slogan is at least two groups,
 * each a number and a short noun: one or two characters before the next group (not 十分关注两会),
 * up to three in the last (两个一百年: 个 may stand for the noun before another group). The last
 * noun ends at a word boundary and takes in the one-character words after it (三片区, not
 * 三片区空间).
 */
function sloganEnd(folded: string, bounds: Uint8Array, at: number): number {
  let groups = 0;
  let pos = at;
  for (;;) {
    let noun = pos;
    while (isNumber(folded[noun])) noun++;
    if (noun === pos) return -1;
    const measure = folded[noun] === '个';
    if (measure) noun++;
    // Not the last group: a noun of one or two characters (or 个 alone) before the next number.
    let next = -1;
    for (let len = measure ? 0 : 1; len <= 2 && next < 0; len++) {
      if (len > 0 && !isNoun(folded[noun + len - 1])) break;
      if (isNumber(folded[noun + len])) next = noun + len;
    }
    if (next >= 0 && groups < 5) {
      groups++;
      pos = next;
      continue;
    }
    if (groups === 0) return -1;
    let end = -1;
    for (let len = 1; len <= 3 && end < 0; len++) {
      if (!isNoun(folded[noun + len - 1])) break;
      if (bounds[noun + len] === 1) end = noun + len;
    }
    if (end < 0) return -1;
    while (end - noun < 3 && bounds[end + 1] === 1 && isNoun(folded[end])) end++;
    return end;
  }
}

/** Enumerated slogans in a folded text, with its word boundaries (`segmentBounds`). */
export function slogans(folded: string, bounds: Uint8Array): MarkedFind[] {
  const out: MarkedFind[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!isNumber(folded[i]) || isNumber(folded[i - 1])) continue;
    const end = sloganEnd(folded, bounds, i);
    if (end < 0) continue;
    out.push({ kind: 'slogan', start: i, end });
    i = end - 1;
  }
  return out;
}
