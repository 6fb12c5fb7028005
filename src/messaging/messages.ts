import { browser } from 'wxt/browser';
import type { AnchoredQuote, NoteCapture, PageNotesStatus, QuoteToAnchor } from './notes';

/** A term found on a page: how often, and the order of first appearance (0 = first). */
export interface PageTerm {
  termId: string;
  count: number;
  order: number;
}

/** What a tab's content script found on its page. */
export interface PageReport {
  url: string;
  title: string;
  terms: PageTerm[];
  /** The content script's own main-thread cost on this page (for the benchmark and debugging). */
  stats?: {
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
  };
}

/** What the hover card shows about a term beyond the glossary: from the resolution itself. */
export interface TermInfo {
  termId: string;
  /** How many times the term occurs in the resolution. */
  occurrences: number;
  /** The first sentence that contains it, with the term's offsets in it. */
  passage?: { id: string; paragraph: number; text: string; marks: [number, number][] };
}

// ── Content script → background ──────────────────────────────────────────────────────────────
/** The user chose a term on the page: open the panel on it. */
export interface OpenTermMessage {
  type: 'open-term';
  termId: string;
}
/** The terms on the page changed (first scan, or later text): badge and sightings. */
export interface PageTermsMessage {
  type: 'page-terms';
  report: PageReport;
}
/** Answered with a TermInfo. */
export interface TermInfoMessage {
  type: 'term-info';
  termId: string;
}
/** The user asked to note the selection: open the panel's editor on it. */
export interface AddNoteMessage {
  type: 'add-note';
  capture: NoteCapture;
}
/** A noted quote was clicked: show its note in the panel. */
export interface OpenNoteMessage {
  type: 'open-note';
  noteId: string;
}
/** Answered with the QuoteToAnchor[] of the notes taken on this page (its normalised URL). */
export interface PageNotesMessage {
  type: 'page-notes';
  url: string;
}
/** Answered with an AnchoredQuote for each quote: where it is in `text` now. */
export interface AnchorQuotesMessage {
  type: 'anchor-quotes';
  text: string;
  quotes: QuoteToAnchor[];
}
export type BackgroundMessage =
  | OpenTermMessage
  | PageTermsMessage
  | TermInfoMessage
  | AddNoteMessage
  | OpenNoteMessage
  | PageNotesMessage
  | AnchorQuotesMessage;

// ── Panel → content script of a tab (tabs.sendMessage) ───────────────────────────────────────
/** Answered with a PageReport. */
export interface GetPageTermsMessage {
  type: 'get-page-terms';
}
/** Scroll to the `index`-th occurrence (default 0) of the term and flash it. Answered with a boolean. */
export interface RevealTermMessage {
  type: 'reveal-term';
  termId: string;
  index?: number;
}
/** Keyboard command: move to the next (or previous) term on the page and open its card. */
export interface StepTermMessage {
  type: 'step-term';
  direction: 1 | -1;
}
/** Keyboard command: turn highlighting on or off for the tab's site. Answered with the new state. */
export interface ToggleSiteMessage {
  type: 'toggle-site';
}
/** Context menu or shortcut: answered with the selection's NoteCapture, or null. */
export interface CaptureSelectionMessage {
  type: 'capture-selection';
}
/** Answered with the page's PageNotesStatus. */
export interface GetPageNotesMessage {
  type: 'get-page-notes';
}
/** Scroll to a noted quote and flash it. Answered with a boolean. */
export interface RevealNoteMessage {
  type: 'reveal-note';
  noteId: string;
}
/** The page's notes changed (one was added or deleted): find their quotes again. */
export interface RefreshNotesMessage {
  type: 'refresh-notes';
}
/**
 * Background → every frame of every tab: a setting that pages read changed (on/off, sites,
 * categories, colours, forms). Each page reads them again. Not answered.
 */
export interface SettingsChangedMessage {
  type: 'settings-changed';
}
export type TabMessage =
  | GetPageTermsMessage
  | RevealTermMessage
  | StepTermMessage
  | ToggleSiteMessage
  | CaptureSelectionMessage
  | GetPageNotesMessage
  | RevealNoteMessage
  | RefreshNotesMessage
  | SettingsChangedMessage;

/** What a message may hold before it is checked. */
type Loose = {
  type?: unknown;
  termId?: unknown;
  noteId?: unknown;
  url?: unknown;
  text?: unknown;
  quotes?: unknown;
  capture?: { url?: unknown; selector?: { exact?: unknown } };
  direction?: unknown;
  report?: { url?: unknown; terms?: unknown };
};

const hasType = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && 'type' in value;

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (!hasType(value)) return false;
  if (value.type === 'open-term' || value.type === 'term-info') {
    return typeof value.termId === 'string';
  }
  if (value.type === 'page-terms')
    return typeof value.report?.url === 'string' && Array.isArray(value.report.terms);
  if (value.type === 'add-note') {
    return (
      typeof value.capture?.url === 'string' && typeof value.capture.selector?.exact === 'string'
    );
  }
  if (value.type === 'open-note') return typeof value.noteId === 'string';
  if (value.type === 'page-notes') return typeof value.url === 'string';
  if (value.type === 'anchor-quotes') {
    return typeof value.text === 'string' && Array.isArray(value.quotes);
  }
  return false;
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (!hasType(value)) return false;
  switch (value.type) {
    case 'get-page-terms':
    case 'toggle-site':
    case 'capture-selection':
    case 'get-page-notes':
    case 'refresh-notes':
    case 'settings-changed':
      return true;
  }
  if (value.type === 'reveal-term') return typeof value.termId === 'string';
  if (value.type === 'step-term') return value.direction === 1 || value.direction === -1;
  if (value.type === 'reveal-note') return typeof value.noteId === 'string';
  return false;
}

export function sendToBackground(message: TermInfoMessage): Promise<TermInfo | undefined>;
export function sendToBackground(message: PageNotesMessage): Promise<QuoteToAnchor[] | undefined>;
export function sendToBackground(
  message: AnchorQuotesMessage,
): Promise<AnchoredQuote[] | undefined>;
export function sendToBackground(message: BackgroundMessage): Promise<unknown>;
export function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(
  tabId: number,
  message: GetPageTermsMessage,
): Promise<PageReport | undefined>;
export function sendToTab(
  tabId: number,
  message: RevealTermMessage | RevealNoteMessage,
): Promise<boolean | undefined>;
export function sendToTab(
  tabId: number,
  message: StepTermMessage | ToggleSiteMessage,
): Promise<boolean | undefined>;
export function sendToTab(
  tabId: number,
  message: CaptureSelectionMessage,
): Promise<NoteCapture | null | undefined>;
export function sendToTab(
  tabId: number,
  message: GetPageNotesMessage,
): Promise<PageNotesStatus | undefined>;
export function sendToTab(tabId: number, message: RefreshNotesMessage): Promise<unknown>;
/** Messages go to the tab's top frame, whose content script answers for the page. */
export function sendToTab(tabId: number, message: TabMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}
