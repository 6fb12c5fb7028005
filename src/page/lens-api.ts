/**
 * What `lens.js` (entrypoints/lens.ts) gives the content script. The background injects it into
 * the content script's isolated world only when the page may have a term, has notes, or the
 * reader asks for something (a selection to note); `lens.js` leaves this object there under
 * LENS_GLOBAL, a global of that world that the page cannot see.
 */

import type { NoteCapture } from '../anchor/types.ts';
import type { DocumentLens } from '../match/document-lens.ts';
import type { LensStyle, TabMessage } from '../messaging/contract.ts';
import type { HighlightSettings } from '../settings/colours.ts';

export const LENS_GLOBAL = '__nanshaLens';

export interface LensStart {
  highlight: HighlightSettings;
  /** The page's highlight names and their stylesheet (from the background). */
  style: LensStyle;
  /** performance.now() when the content script started: the report's times count from there. */
  scriptStart: number;
  /** The site may have notes: ask for them at start. */
  mayHaveNotes: boolean;
  /** The first look already found text that may have a term: scan without looking again. */
  checked: boolean;
  /** The content script's precheck (compiled once per page, shared with the lens). */
  mayContain: (text: string) => boolean;
  /** The reader's documents (titles, colours, and whether the resolution is on too). */
  documents?: DocumentLens;
}

/** One running lens on the page (highlights, card, notes). */
export interface LensHandle {
  /** Answers a message from the panel or the background (undefined: no answer). */
  answer(message: TabMessage): unknown;
  /** Offers "Add note" for the current selection (made before the lens was loaded). */
  offerNote(): void;
  stop(): void;
}

export interface LensModule {
  start(options: LensStart): LensHandle;
  /** The current selection as a note's quote (works where highlighting is off too). */
  captureSelection(): NoteCapture | null;
}
