/** W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors). */

/** The quoted text with a little context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the quote was, in code units of the page's text (a hint: pages change). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a quote was found again, and how. */
export interface Anchor {
  start: number;
  end: number;
  /**
   * `position`: verbatim, at the remembered position; `exact`: verbatim elsewhere (the page moved
   * or the quote occurs more than once and the context chose); `fuzzy`: approximately (the page's
   * text changed a little).
   */
  how: 'exact' | 'position' | 'fuzzy';
  /** 1 for verbatim; for fuzzy, 1 − edits / quote length. */
  similarity: number;
}
