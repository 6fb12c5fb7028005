/**
 * Folding for the panel's search. Every UTF-16 code unit folds to exactly one code unit, so a
 * folded string has the same length as its original and match offsets need no mapping:
 * - Traditional → Simplified (full opencc table, generated),
 * - full-width ASCII → half-width, ideographic space → space,
 * - Latin upper case → lower case (accented letters too), a few diacritics kept as they are.
 */
import { T2S_FULL } from './generated/t2s-full.data.ts';

/** What a folded code unit is, for tokenising. */
export const OTHER = 0;
/** Latin letter or digit: part of a word token. */
export const WORD = 1;
/** Han character: indexed as single characters and bigrams. */
export const HAN = 2;

let table: Uint16Array | undefined;
let kinds: Uint8Array | undefined;

function build(): void {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  for (let c = 0xc0; c <= 0x24f; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  for (let k = 0; k + 1 < T2S_FULL.length; k += 2)
    t[T2S_FULL.charCodeAt(k)] = T2S_FULL.charCodeAt(k + 1);
  // Full-width letters fold to ASCII, then to lower case.
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 0x20;
  const k = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const f = t[c] as number;
    if (
      (f >= 0x61 && f <= 0x7a) ||
      (f >= 0x30 && f <= 0x39) ||
      (f >= 0xdf && f <= 0x24f && f !== 0xf7)
    ) {
      k[c] = WORD;
    } else if (
      (f >= 0x3400 && f <= 0x4dbf) ||
      (f >= 0x4e00 && f <= 0x9fff) ||
      (f >= 0xf900 && f <= 0xfaff)
    ) {
      k[c] = HAN;
    }
  }
  table = t;
  kinds = k;
}

/** The folding table (code unit → folded code unit). */
export function foldTable(): Uint16Array {
  if (!table) build();
  return table as Uint16Array;
}

/** Kind of each folded code unit: OTHER, WORD or HAN. */
export function kindTable(): Uint8Array {
  if (!kinds) build();
  return kinds as Uint8Array;
}

const CHUNK = 4096;
const buffer = new Uint16Array(CHUNK);

/** Folds a string through a one-to-one table: the result has the same length. */
function foldWith(s: string, t: Uint16Array): string {
  let out = '';
  for (let at = 0; at < s.length; at += CHUNK) {
    const n = Math.min(CHUNK, s.length - at);
    for (let i = 0; i < n; i++) buffer[i] = t[s.charCodeAt(at + i)] as number;
    out += String.fromCharCode.apply(null, buffer.subarray(0, n) as unknown as number[]);
  }
  return out;
}

/** Folds a string for search; the result has the same length. */
export function fold(s: string): string {
  return foldWith(s, foldTable());
}

/** Whitespace that a page may wrap or re-indent a quote with. */
const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
let spaced: Uint16Array | undefined;

/** The search's folding, and every whitespace character → a space: for finding quotes again. */
export function anchorFold(s: string): string {
  if (!spaced) {
    spaced = foldTable().slice();
    for (const c of WHITESPACE) spaced[c] = 0x20;
  }
  return foldWith(s, spaced);
}
