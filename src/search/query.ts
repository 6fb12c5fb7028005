/**
 * Reading folded text: a query into the parts a document must all match (Han runs, Latin words),
 * a document into word tokens and bigram keys.
 */
import { fold, HAN, kindTable, WORD } from '../text/search-fold.ts';

/** A run of Han characters (`han`), or a Latin word. */
export interface Part {
  han: boolean;
  text: string;
}

/** The query folded like the index's texts (same length per code unit), spaces collapsed. */
export function foldQuery(query: string): string {
  return fold(query).replace(/\s+/g, ' ').trim();
}

/** Runs of Han characters and Latin words of a folded query, in order; the rest separates them. */
export function splitQuery(folded: string): Part[] {
  const kinds = kindTable();
  const parts: Part[] = [];
  let i = 0;
  while (i < folded.length) {
    const k = kinds[folded.charCodeAt(i)];
    if (k !== HAN && k !== WORD) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && kinds[folded.charCodeAt(j)] === k) j++;
    parts.push({ han: k === HAN, text: folded.slice(i, j) });
    i = j;
  }
  return parts;
}

/** Most selective part first (longer Han runs, then longer words): the candidates shrink fastest. */
export function bySelectivity(parts: readonly Part[]): Part[] {
  return [...parts].sort((a, b) => Number(b.han) - Number(a.han) || b.text.length - a.text.length);
}

/** Key of the Han bigram at `i` in `s` (the index posts documents under these). */
export function bigramAt(s: string, i: number): number {
  return s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
}

/** Word tokens of a folded text with their offsets. */
export function* tokens(folded: string): Generator<[string, number]> {
  const kinds = kindTable();
  let i = 0;
  while (i < folded.length) {
    if (kinds[folded.charCodeAt(i)] !== WORD) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && kinds[folded.charCodeAt(j)] === WORD) j++;
    yield [folded.slice(i, j), i];
    i = j;
  }
}
