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
export type BackgroundMessage = OpenTermMessage | PageTermsMessage;

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
export type TabMessage = GetPageTermsMessage | RevealTermMessage;

/** What a message may hold before it is checked. */
type Loose = { type?: unknown; termId?: unknown; report?: { url?: unknown; terms?: unknown } };

const hasType = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && 'type' in value;

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (!hasType(value)) return false;
  if (value.type === 'open-term') return typeof value.termId === 'string';
  if (value.type === 'page-terms') return typeof value.report?.url === 'string' && Array.isArray(value.report.terms);
  return false;
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (!hasType(value)) return false;
  if (value.type === 'get-page-terms') return true;
  if (value.type === 'reveal-term') return typeof value.termId === 'string';
  return false;
}

export function sendToBackground(message: BackgroundMessage): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: GetPageTermsMessage): Promise<PageReport | undefined>;
export function sendToTab(tabId: number, message: RevealTermMessage): Promise<boolean | undefined>;
export function sendToTab(tabId: number, message: TabMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}
