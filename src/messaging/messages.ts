import { browser } from 'wxt/browser';

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
export type BackgroundMessage = OpenTermMessage | PageTermsMessage | TermInfoMessage;

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
export type TabMessage =
  | GetPageTermsMessage
  | RevealTermMessage
  | StepTermMessage
  | ToggleSiteMessage;

/** What a message may hold before it is checked. */
type Loose = {
  type?: unknown;
  termId?: unknown;
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
  return false;
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (!hasType(value)) return false;
  if (value.type === 'get-page-terms' || value.type === 'toggle-site') return true;
  if (value.type === 'reveal-term') return typeof value.termId === 'string';
  if (value.type === 'step-term') return value.direction === 1 || value.direction === -1;
  return false;
}

export function sendToBackground(message: TermInfoMessage): Promise<TermInfo | undefined>;
export function sendToBackground(message: BackgroundMessage): Promise<unknown>;
export function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(
  tabId: number,
  message: GetPageTermsMessage,
): Promise<PageReport | undefined>;
export function sendToTab(tabId: number, message: RevealTermMessage): Promise<boolean | undefined>;
export function sendToTab(
  tabId: number,
  message: StepTermMessage | ToggleSiteMessage,
): Promise<boolean | undefined>;
/** Messages go to the tab's top frame, whose content script answers for the page. */
export function sendToTab(tabId: number, message: TabMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}
