/**
 * What the background hands to the panel through session storage (it lives while the browser
 * runs, and a panel that opens later still finds it): the term to show, a note draft, a note to
 * open. Each value carries `at`, so that the same choice made again is still a change.
 */

import { storage } from 'wxt/utils/storage';
import type { NoteCapture } from '../anchor/types.ts';
import type { PassageLanguage } from '../corpus/languages.ts';

/** The term the panel should show: a term was chosen on a page. */
export interface Focus {
  termId: string;
  tabId?: number;
  /** The language the term was found in on the page (its passages are shown in it). */
  language?: PassageLanguage;
  /** When it was chosen (ms since epoch). */
  at: number;
}

/** A new note waiting in the panel's editor. */
export interface NoteDraft extends NoteCapture {
  tabId?: number;
  at: number;
}

export const focusItem = storage.defineItem<Focus | null>('session:focus', { fallback: null });

export const draftItem = storage.defineItem<NoteDraft | null>('session:noteDraft', {
  fallback: null,
});

/** A note to show in the panel (a noted quote was clicked on a page). */
export const openNoteItem = storage.defineItem<{ noteId: string; at: number } | null>(
  'session:openNote',
  { fallback: null },
);
