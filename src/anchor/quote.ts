/**
 * The anchoring API for the content script and the panel: `describeQuote` when a note is taken,
 * `anchorQuote` on a revisit. Text is folded with the search's full Traditional → Simplified
 * table (plus width, case and whitespace), one code unit to one, so a quote taken on a page in
 * one script is found again when the page shows the other.
 *
 * A bundle that cannot afford the full table (docs/decisions/009-quote-anchoring.md) can import
 * `anchorQuote` from `./core.ts` and pass a smaller `fold` (or none: verbatim and fuzzy only).
 */
import { foldTable } from '../text/search-fold.ts';
import {
  type AnchorOptions,
  anchorQuote as anchorWith,
  describeQuote,
  type PageText,
} from './core.ts';
import type { Anchor, TextPositionSelector, TextQuoteSelector } from './types.ts';

export type { Anchor, AnchorOptions, PageText, TextPositionSelector, TextQuoteSelector };
export { describeQuote };

const WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

let table: Uint16Array | undefined;
const CHUNK = 4096;

/** The search's folding, and every whitespace character → a space (one code unit to one). */
export function anchorFold(s: string): string {
  if (!table) {
    table = foldTable().slice();
    for (const c of WHITESPACE) table[c] = 0x20;
  }
  const t = table;
  const buffer = new Uint16Array(Math.min(CHUNK, s.length));
  let out = '';
  for (let at = 0; at < s.length; at += CHUNK) {
    const n = Math.min(CHUNK, s.length - at);
    for (let i = 0; i < n; i++) buffer[i] = t[s.charCodeAt(at + i)] as number;
    out += String.fromCharCode.apply(null, buffer.subarray(0, n) as unknown as number[]);
  }
  return out;
}

/** A page's text, prepared once for anchoring many quotes on it. */
export function pageText(text: string): PageText {
  return { text };
}

/**
 * Finds a stored quote again in a page's text (the concatenated text nodes): exact (context
 * decides between repeats, then the position hint), then on folded text, then fuzzy (≥ 0.75
 * similar, bounded work). Null: not on this page any more — list the note as an orphan.
 */
export function anchorQuote(
  page: string | PageText,
  selector: TextQuoteSelector,
  position?: TextPositionSelector,
  options: AnchorOptions = {},
): Anchor | null {
  return anchorWith(page, selector, position, { fold: anchorFold, ...options });
}
