/** The longest id (of a term, a note): the content script's guard imports just this. */
export const ID_MAX = 200;

/** Sizes no real message reaches: anything larger is refused where it arrives. */
export const LIMITS = {
  id: ID_MAX,
  url: 8_192,
  title: 2_048,
  /** A page's text sent to be anchored (the largest saved page has 1.1M characters). */
  pageText: 20_000_000,
  quote: 100_000,
  terms: 10_000,
  quotes: 50_000,
} as const;
