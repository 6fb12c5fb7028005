import { storage } from 'wxt/utils/storage';
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/types';

/** A selection on a page, captured for a new note. */
export interface NoteCapture {
  url: string;
  title: string;
  selector: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A new note waiting in the panel's editor: set by the background, taken by the panel. */
export interface NoteDraft extends NoteCapture {
  tabId?: number;
  /** When it was made (ms since epoch): a second draft of the same text is still a change. */
  at: number;
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

export const draftItem = storage.defineItem<NoteDraft | null>('session:noteDraft', {
  fallback: null,
});

/** A note to show in the panel (a noted quote was clicked on a page). */
export const openNoteItem = storage.defineItem<{ noteId: string; at: number } | null>(
  'session:openNote',
  { fallback: null },
);
