/** Sizes no real message reaches: anything larger is refused where it arrives. */
export const LIMITS = {
  id: 200,
  url: 8_192,
  title: 2_048,
  /** A page's text sent to be anchored (the largest saved page has 1.1M characters). */
  pageText: 20_000_000,
  quote: 100_000,
  terms: 10_000,
  quotes: 50_000,
} as const;
