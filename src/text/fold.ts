/**
 * Character folding shared by the matcher, the glossary generator and the tests.
 *
 * Every UTF-16 code unit folds to one code unit:
 * - Traditional → Simplified for the characters the glossary needs (pairs generated from opencc-js),
 * - full-width ASCII → half-width, U+3000 → space,
 * - Latin A–Z → a–z (acronyms are re-checked case-sensitively by the matcher),
 * - whitespace and hyphens/dashes → one separator (runs of separators count as one; the matcher
 *   skips whitespace between two Chinese characters inside a term),
 * - soft hyphens, zero-width characters and CJK quotation marks → ignorable (skipped inside a term).
 */

/** Folded value of characters that are skipped inside a term. */
export const IGNORABLE = 0;
/** Folded value of whitespace and hyphens. */
export const SEPARATOR = 0x20;

const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
const HYPHENS = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d];
/** Code units that fold to a separator (whitespace, hyphens and dashes). */
export const SEPARATORS: readonly number[] = [...WHITESPACE, ...HYPHENS];
/** Code units that fold to nothing (IGNORABLE). */
export const IGNORABLES: readonly number[] = [
  0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff,
  // “ ” 「 」 『 』: quotes inside a term (“一把手”工程 = 一把手工程 = 「一把手」工程).
  0x201c, 0x201d, 0x300c, 0x300d, 0x300e, 0x300f,
];
/** Opening and closing quotation marks that may belong to a term's written form. */
export const OPENING_QUOTES = '“「『';
export const CLOSING_QUOTES = '”」』';

/** Ranges of code units whose folded form is a Latin letter or digit (word boundaries). */
const WORD_RANGES: readonly [number, number][] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
];

/** Whether a code unit is whitespace (a separator that is no hyphen or dash). */
export function isWhitespace(c: number): boolean {
  return WHITESPACE.includes(c);
}

/** Whether a folded code unit is a CJK ideograph (with Extension A and the compatibility block). */
export function isHan(f: number): boolean {
  return (
    (f >= 0x4e00 && f <= 0x9fff) || (f >= 0x3400 && f <= 0x4dbf) || (f >= 0xf900 && f <= 0xfaff)
  );
}

export interface FoldTables {
  /** Folded code unit, lower-cased. */
  fold: Uint16Array;
  /** Folded code unit with the case kept (for case-sensitive forms). */
  foldCase: Uint16Array;
  /** 1 where the folded character is a Latin letter or digit (word boundaries). */
  word: Uint8Array;
  /** Code units that fold to another character (not counting separators and ignorables). */
  changed: number[];
  /** Code units that are word characters. */
  words: number[];
}

/**
 * Builds the tables. `t2s` is a string of pairs: Traditional char followed by its Simplified char.
 * Cheap enough for a content script: one identity pass, the rest are native copies and fix-ups.
 */
export function buildFoldTables(t2s: string): FoldTables {
  const changed: number[] = [];
  const foldCase = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) foldCase[c] = c;
  // U+0000 would fold to IGNORABLE (0) and be skipped inside a term, which no rule says (and the
  // precheck does not skip it): it reads as U+FFFD, as the HTML parser writes it, a character no
  // form has.
  foldCase[0] = 0xfffd;
  changed.push(0);
  for (let c = 0xff01; c <= 0xff5e; c++) {
    foldCase[c] = c - 0xfee0;
    changed.push(c);
  }
  for (const c of WHITESPACE) foldCase[c] = SEPARATOR;
  for (const c of HYPHENS) foldCase[c] = SEPARATOR;
  for (const c of IGNORABLES) foldCase[c] = IGNORABLE;
  for (let k = 0; k + 1 < t2s.length; k += 2) {
    foldCase[t2s.charCodeAt(k)] = t2s.charCodeAt(k + 1);
    changed.push(t2s.charCodeAt(k));
  }

  const fold = foldCase.slice();
  const lower = (lo: number, hi: number) => {
    for (let c = lo; c <= hi; c++) fold[c] = (foldCase[c] as number) + 0x20;
  };
  lower(0x41, 0x5a);
  lower(0xff21, 0xff3a);
  for (let c = 0x41; c <= 0x5a; c++) changed.push(c);

  const word = new Uint8Array(0x10000);
  const words: number[] = [];
  for (const [lo, hi] of WORD_RANGES) {
    word.fill(1, lo, hi + 1);
    for (let c = lo; c <= hi; c++) words.push(c);
  }
  return { fold, foldCase, word, changed, words };
}

/**
 * Folds a whole string the way the matcher reads text: ignorables dropped, separator runs collapsed,
 * leading and trailing separators removed. Used for glossary forms and by the reference matcher.
 */
export function foldString(s: string, table: Uint16Array): string {
  let out = '';
  let prevSep = true;
  for (let i = 0; i < s.length; i++) {
    const f = table[s.charCodeAt(i)] as number;
    if (f === IGNORABLE) continue;
    if (f === SEPARATOR) {
      if (prevSep) continue;
      prevSep = true;
    } else prevSep = false;
    out += String.fromCharCode(f);
  }
  return prevSep && out.length > 0 ? out.slice(0, -1) : out;
}
