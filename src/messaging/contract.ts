/**
 * The one message contract: for each direction, every message type with its request's shape (a
 * valibot schema, checked where the message arrives) and its reply's type. Senders are typed from
 * it, so a request and the reply its caller expects cannot drift apart.
 *
 * The content script checks what it receives with `tab-guard.ts`, a few lines that a unit test
 * holds to the schemas below, not valibot (docs/decisions/010-tab-message-guard.md).
 *
 * Replies go through `sendResponse` (with `return true` while one is pending), which every
 * Chromium and Firefox the manifest allows honours; a listener that returns a Promise is only
 * understood by Chromium 144 and later (docs/decisions/003-message-replies.md).
 */
import * as v from 'valibot';
import type {
  AnchoredQuote,
  NoteCapture,
  PageNotesStatus,
  QuoteToAnchor,
} from '../anchor/types.ts';
import type { PageReport } from '../match/report.ts';
import type { TermInfo } from '../match/term-info.ts';
import type { HighlightNames } from '../settings/colours.ts';
import { LIMITS } from './limits.ts';

export { LIMITS } from './limits.ts';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.id));
const url = v.pipe(v.string(), v.maxLength(LIMITS.url));
const title = v.pipe(v.string(), v.maxLength(LIMITS.title));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const quoteText = v.pipe(v.string(), v.maxLength(LIMITS.quote));
const passageLanguage = v.picklist(['original', 'en', 'zh-Hant']);

const quoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: quoteText,
  prefix: quoteText,
  suffix: quoteText,
});
const positionSelector = v.object({
  type: v.literal('TextPositionSelector'),
  start: count,
  end: count,
});
const capture = v.object({ url, title, selector: quoteSelector, position: positionSelector });
const pageReport = v.object({
  url,
  title,
  terms: v.pipe(v.array(v.object({ termId: id, count, order: count })), v.maxLength(LIMITS.terms)),
  held: v.optional(
    v.pipe(
      v.array(v.object({ termId: id, form: v.pipe(v.string(), v.maxLength(LIMITS.id)), count })),
      v.maxLength(LIMITS.terms),
    ),
  ),
  stats: v.optional(
    v.object({
      busyMs: v.number(),
      longestSliceMs: v.number(),
      slices: v.number(),
      firstScanMs: v.number(),
      inViewMs: v.number(),
      setupMs: v.number(),
    }),
  ),
});
const quoteToAnchor = v.object({
  id,
  selector: quoteSelector,
  position: v.optional(positionSelector),
  excerpt: quoteText,
});

// ── Content script → background (runtime.sendMessage) ──────────────────────────────────────
export const backgroundRequest = v.variant('type', [
  /**
   * The page may have a term (or the reader noted a selection): style the frame's highlights
   * under fresh names and, with `code`, load lens.js into it. Reply: the names and their CSS.
   */
  v.object({ type: v.literal('lens'), code: v.boolean() }),
  /** The reader chose a term on the page: open the panel on it. Reply: whether it opened. */
  v.object({
    type: v.literal('open-term'),
    termId: id,
    /** The language the term was found in: the panel shows its passages in it. */
    language: v.optional(passageLanguage),
  }),
  /** The terms on the page changed (first scan, or later text): badge and sightings. */
  v.object({ type: v.literal('page-terms'), report: pageReport }),
  /**
   * Reply: the term's TermInfo (occurrences, first passage in each language), with the language
   * the match calls for (`language`, default the original) and the one the reader chose for it.
   */
  v.object({
    type: v.literal('term-info'),
    termId: id,
    language: v.optional(passageLanguage),
    region: v.optional(v.picklist(['hk', 'tw'])),
  }),
  /** The reader switched a card's passage to `chosen` where `auto` was called for: remember it. */
  v.object({ type: v.literal('passage-language'), auto: passageLanguage, chosen: passageLanguage }),
  /** The reader asked to note the selection: open the panel's editor on it. */
  v.object({ type: v.literal('add-note'), capture }),
  /** A noted quote was clicked: show its note in the panel. Reply: whether the panel opened. */
  v.object({ type: v.literal('open-note'), noteId: id }),
  /** Reply: the quotes of the notes taken on the sender's page (its normalised URL). */
  v.object({ type: v.literal('page-notes') }),
  /** Reply: where each quote is in `text` now. */
  v.object({
    type: v.literal('anchor-quotes'),
    text: v.pipe(v.string(), v.maxLength(LIMITS.pageText)),
    quotes: v.pipe(v.array(quoteToAnchor), v.maxLength(LIMITS.quotes)),
  }),
  /**
   * An extension page changed the reader's documents or their terms: compile them again for
   * pages. Replied to (undefined) once the pages' value is written.
   */
  v.object({ type: v.literal('documents-changed') }),
]);
export type BackgroundMessage = v.InferOutput<typeof backgroundRequest>;

/** What each message to the background is answered with. */
/** A page's highlight names and the stylesheet that colours them (for its open shadow roots). */
export interface LensStyle {
  names: HighlightNames;
  /** The reader's documents' highlight names, by document id. */
  documents: Record<string, string>;
  /** Their terms, coded (`match/document-lens.ts`): read here, so that a quiet page never does. */
  terms: string;
  css: string;
}

export interface BackgroundReplies {
  lens: LensStyle;
  'open-term': boolean;
  'page-terms': undefined;
  'term-info': TermInfo;
  'passage-language': undefined;
  'add-note': boolean;
  'open-note': boolean;
  'page-notes': QuoteToAnchor[];
  'anchor-quotes': AnchoredQuote[];
  'documents-changed': undefined;
}

// ── Panel or background → the content script of a tab (tabs.sendMessage) ──────────────────
export const tabRequest = v.variant('type', [
  /** Reply: the page's PageReport. */
  v.object({ type: v.literal('get-page-terms') }),
  /** Scroll to the `index`-th occurrence (default 0) of the term and flash it. */
  v.object({ type: v.literal('reveal-term'), termId: id, index: v.optional(count) }),
  /** Keyboard command: the next (or previous) term on the page, with its card open. */
  v.object({ type: v.literal('step-term'), direction: v.picklist([1, -1]) }),
  /** Keyboard command: highlighting on or off for the page's site. Reply: the new state. */
  v.object({ type: v.literal('toggle-site') }),
  /** Context menu or shortcut. Reply: the selection as a NoteCapture, or null. */
  v.object({ type: v.literal('capture-selection') }),
  /** Reply: the page's PageNotesStatus. */
  v.object({ type: v.literal('get-page-notes') }),
  /** Scroll to a noted quote and flash it. */
  v.object({ type: v.literal('reveal-note'), noteId: id }),
  /** The page's notes changed (one was added or deleted): find their quotes again. */
  v.object({ type: v.literal('refresh-notes') }),
  /** Background → every frame: a setting that pages read changed. Not answered. */
  v.object({ type: v.literal('settings-changed') }),
]);
export type TabMessage = v.InferOutput<typeof tabRequest>;

/** What each message to a tab is answered with. */
export interface TabReplies {
  'get-page-terms': PageReport;
  'reveal-term': boolean;
  'step-term': boolean;
  'toggle-site': boolean;
  'capture-selection': NoteCapture | null;
  'get-page-notes': PageNotesStatus;
  'reveal-note': boolean;
  'refresh-notes': PageNotesStatus | undefined;
  'settings-changed': undefined;
}

export type BackgroundType = BackgroundMessage['type'];
export type TabType = TabMessage['type'];
export type BackgroundRequest<T extends BackgroundType> = Extract<BackgroundMessage, { type: T }>;
export type TabRequest<T extends TabType> = Extract<TabMessage, { type: T }>;

/**
 * Who may send each message to the background: a content script (`page`, answered for its own
 * frame) or a page of the extension. Every message today comes from a content script and none
 * changes what is stored but the sighting of the sender's own page, which the reader can turn
 * off, and the language the reader picked on a card (a display choice, one of three values); a
 * message that changes stored data is to be declared `extension` (docs/security.md).
 */
export const BACKGROUND_SENDERS: { readonly [T in BackgroundType]: 'page' | 'extension' } = {
  lens: 'page',
  'open-term': 'page',
  'page-terms': 'page',
  'term-info': 'page',
  'passage-language': 'page',
  'add-note': 'page',
  'open-note': 'page',
  'page-notes': 'page',
  'anchor-quotes': 'page',
  'documents-changed': 'extension',
};

/** The message if it is one of the background's, as declared; otherwise why it is not. */
export function parseBackgroundMessage(
  value: unknown,
): { message: BackgroundMessage } | { refused: string } {
  const parsed = v.safeParse(backgroundRequest, value);
  if (parsed.success) return { message: parsed.output };
  const issue = parsed.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { refused: `${path ? `${path}: ` : ''}${issue.message}` };
}
