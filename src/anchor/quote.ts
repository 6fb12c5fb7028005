/**
 * The anchoring API for the content script and the panel: `describeQuote` when a note is taken,
 * `anchorQuote` on a revisit. Text is folded with the search's full Traditional → Simplified
 * table (plus width, case and whitespace), one code unit to one, so a quote taken on a page in
 * one script is found again when the page shows the other.
 *
 * A bundle that cannot afford the full table (docs/decisions/009-quote-anchoring.md) can import
 * `anchorQuote` from `./core.ts` and pass a smaller `fold` (or none: verbatim and fuzzy only).
 */
import { anchorFold } from '../text/search-fold.ts';
import {
  type AnchorOptions,
  anchorQuote as anchorWith,
  describeQuote,
  type PageText,
} from './core.ts';
import type { Anchor, TextPositionSelector, TextQuoteSelector } from './types.ts';

export type { Anchor, AnchorOptions, PageText, TextPositionSelector, TextQuoteSelector };
export { anchorFold, describeQuote };

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
