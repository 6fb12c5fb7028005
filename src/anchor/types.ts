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

/** A selection on a page, captured for a new note. */
export interface NoteCapture {
  url: string;
  title: string;
  selector: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A stored note's quote, to be found again on the page. */
export interface QuoteToAnchor {
  id: string;
  selector: TextQuoteSelector;
  position?: TextPositionSelector;
  /** The start of the note's text, for the card shown when the quote is hovered. */
  excerpt: string;
}

/** Where a quote was found again (`start` is -1 when it was not: the note is an orphan here). */
export interface AnchoredQuote {
  id: string;
  start: number;
  end: number;
}

/** The notes of the page in a tab: which quotes are shown, which could not be found. */
export interface PageNotesStatus {
  url: string;
  anchored: string[];
  orphans: string[];
}
