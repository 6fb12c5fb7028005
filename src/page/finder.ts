import { getGlossary, type Term, type Variant } from '../corpus/glossary.ts';
import { createMatcher, type Matcher } from '../match/matcher.ts';

/** The content script's access to the term engine: a cheap first look, then the matcher. */
export interface Finder {
  /** May `text` contain a term? A native RegExp that says yes wherever the matcher could. */
  mayContain(text: string): boolean;
  /** The matcher, built on first use (most pages never need it). */
  readonly matcher: Matcher;
  /** Time spent building the matcher, in ms (0 while it is not built). */
  readonly setupMs: number;
}

/**
 * `mayContain` is the content script's precheck, already compiled (lens.js does not carry a copy
 * of its RegExps). `variants` chooses the forms matched (the user may leave out the Traditional
 * or English ones); the precheck covers every form, which keeps it a superset.
 */
export function createFinder(
  mayContain: (text: string) => boolean,
  variants: (v: Variant) => boolean = () => true,
  /** Fold Traditional characters to Simplified (off when the user leaves Traditional out). */
  traditional = true,
  /** The terms looked for: the glossary, the reader's documents', or both. */
  terms: () => readonly Term[] = getGlossary,
): Finder {
  let matcher: Matcher | undefined;
  let setupMs = 0;
  return {
    mayContain,
    get matcher() {
      if (!matcher) {
        const t0 = performance.now();
        matcher = createMatcher(
          terms().map((t) => ({ ...t, variants: t.variants.filter(variants) })),
          traditional ? {} : { t2s: '' },
        );
        setupMs = performance.now() - t0;
      }
      return matcher;
    },
    get setupMs() {
      return setupMs;
    },
  };
}
