/** What a page's content script found: the terms, and its own cost (badge, sightings, panel). */

/** A term found on a page: how often, and the order of first appearance (0 = first). */
export interface PageTerm {
  termId: string;
  count: number;
  order: number;
}

/**
 * A form of an ambiguous term held back on a page for want of context: not highlighted, not
 * counted (docs/decisions/090-ambiguous-terms.md).
 */
export interface HeldTerm {
  termId: string;
  /** The glossary form that matched (香港, Hong Kong, GBA). */
  form: string;
  count: number;
}

/** The content script's own main-thread cost on a page (for the benchmark and debugging). */
export interface ScanStats {
  /** Main-thread time of all scanning slices so far. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** From the content script's start to the end of the first full scan (-1: not yet). */
  firstScanMs: number;
  /** From the start to the highlights of what was in view (-1: none, or not yet). */
  inViewMs: number;
  /** Building the matcher at start. */
  setupMs: number;
}

/** What a tab's content script found on its page. */
export interface PageReport {
  url: string;
  title: string;
  terms: PageTerm[];
  /** Forms of ambiguous terms held back, in the order first found. */
  held?: HeldTerm[];
  stats?: ScanStats;
}
