/**
 * The background's answers to the content scripts, one small function per message type. A
 * message is checked against the contract and its sender against the browser's word before its
 * handler runs; each handler acts for the frame that sent it, never for one its payload names.
 */
import { type Browser, browser } from 'wxt/browser';
import { termById } from '../corpus/glossary.ts';
import { chosenLanguage, withChoice } from '../corpus/languages.ts';
import { recordPageSighting } from '../db/sightings.ts';
import { documentOf } from '../documents/types.ts';
import { termInfo } from '../match/term-info.ts';
import {
  BACKGROUND_SENDERS,
  type BackgroundReplies,
  type BackgroundRequest,
  type BackgroundType,
  parseBackgroundMessage,
} from '../messaging/contract.ts';
import { draftItem, focusItem, openNoteItem } from '../messaging/handoff.ts';
import { passageLanguageItem } from '../settings/items.ts';
import { updateBadge } from './badge.ts';
import { documentTermInfo, refreshDocumentLens, sharedTermInfos } from './documents.ts';
import { loadLens } from './lens-loader.ts';
import { anchorQuotes, quotesForPage } from './notes.ts';
import { openPanel } from './panel.ts';
import { type PageFrame, senderOf } from './sender.ts';

type Reply<T extends BackgroundType> = BackgroundReplies[T] | Promise<BackgroundReplies[T]>;
/** The messages of extension pages (BACKGROUND_SENDERS). */
type ExtensionType = 'documents-changed';
type PageType = Exclude<BackgroundType, ExtensionType>;
type Handler<T extends BackgroundType> = (
  message: BackgroundRequest<T>,
  frame: PageFrame,
) => Reply<T> | undefined;

/** Into the frame that asked (its document, where the browser names it), and no other. */
const lens: Handler<'lens'> = (message, frame) =>
  loadLens(
    frame.documentId
      ? { tabId: frame.tabId, documentIds: [frame.documentId] }
      : { tabId: frame.tabId, frameIds: [frame.frameId] },
    message.code,
  );

/** The panel opens first, in the gesture's turn; what it is to show is handed over after. */
const openTerm: Handler<'open-term'> = (message, frame) => {
  if (!isTermId(message.termId)) return undefined;
  const opened = openPanel(frame.tabId);
  void focusItem.setValue({
    termId: message.termId,
    tabId: frame.tabId,
    at: Date.now(),
    ...(message.language && { language: message.language }),
  });
  return opened;
};

/** The draft quotes the sender's page: its URL is the browser's, not the message's. */
const addNote: Handler<'add-note'> = (message, frame) => {
  const opened = openPanel(frame.tabId);
  void draftItem.setValue({
    ...message.capture,
    url: frame.url,
    tabId: frame.tabId,
    at: Date.now(),
  });
  return opened;
};

/** Only a note taken on the sender's page is shown (a page learns nothing of other notes). */
const openNote: Handler<'open-note'> = (message, frame) => {
  const opened = openPanel(frame.tabId);
  void quotesForPage(frame.url).then((quotes) => {
    if (!quotes.some((q) => q.id === message.noteId)) return;
    return openNoteItem.setValue({ noteId: message.noteId, at: Date.now() });
  });
  return opened;
};

/**
 * Badge for every frame; sightings for top frames only, of the sender's own URL and title and of
 * terms the glossary has. Not answered.
 */
const pageTerms: Handler<'page-terms'> = (message, frame) => {
  const report = {
    ...message.report,
    url: frame.url,
    title: frame.tabTitle ?? message.report.title,
    terms: message.report.terms.filter((t) => isTermId(t.termId)),
  };
  void updateBadge(frame.tabId, frame.frameId, report);
  if (frame.frameId === 0) void recordPageSighting(report).catch(console.error);
  return undefined;
};

/** The term's passages, and which of them to show: the reader's choice for the match's language. */
const termInfoFor: Handler<'term-info'> = async (message) => {
  // The other documents that keep the same term: the card names each (decision 103).
  const shared = await sharedTermInfos(message.termId, message.region);
  const also = shared.length > 0 ? { also: shared } : {};
  if (documentOf(message.termId)) {
    const info = await documentTermInfo(message.termId);
    return { ...info, auto: 'original', shown: 'original', ...also };
  }
  const auto = message.language ?? 'original';
  const choices = await passageLanguageItem.getValue().catch(() => undefined);
  return {
    ...termInfo(message.termId, message.region),
    auto,
    shown: chosenLanguage(auto, choices),
    ...also,
  };
};

/** A term of the resolution, or of one of the reader's documents (`doc-….t3`). */
function isTermId(id: string): boolean {
  return termById(id) !== undefined || documentOf(id) !== undefined;
}

export const backgroundHandlers: { [T in PageType]: Handler<T> } = {
  lens,
  'open-term': openTerm,
  'add-note': addNote,
  'open-note': openNote,
  'page-terms': pageTerms,
  'term-info': termInfoFor,
  'passage-language': (message) => {
    void passageLanguageItem
      .getValue()
      .then((choices) =>
        passageLanguageItem.setValue(withChoice(choices, message.auto, message.chosen)),
      )
      .catch(console.error);
    return undefined;
  },
  'page-notes': (_message, frame) => quotesForPage(frame.url),
  'anchor-quotes': (message) => anchorQuotes(message.text, message.quotes),
};

/** This extension, as the browser names it. */
function self(): { id: string; base: string } {
  return { id: browser.runtime.id, base: browser.runtime.getURL('/') };
}

/**
 * Runs the handler of a message, if the message is as declared and its sender may send it;
 * otherwise logs why it was refused and gives no answer (undefined).
 */
export function handleBackgroundMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): unknown {
  const parsed = parseBackgroundMessage(raw);
  if ('refused' in parsed) return refuse(raw, parsed.refused);
  const { message } = parsed;
  const from = senderOf(sender, self());
  if (!from) return refuse(message, 'not from a frame of a tab or a page of this extension');
  if (from.kind !== BACKGROUND_SENDERS[message.type]) {
    return refuse(
      message,
      `not accepted from ${from.kind === 'page' ? 'a web page' : 'an extension page'}`,
    );
  }
  if (from.kind !== 'page')
    return message.type === 'documents-changed' ? refreshDocumentLens() : undefined;
  const handler = backgroundHandlers[message.type as PageType] as Handler<BackgroundType>;
  return handler(message, from);
}

function refuse(message: unknown, reason: string): undefined {
  const type = (message as { type?: unknown } | null)?.type;
  console.warn(
    `Nansha Lens: refused a message (${typeof type === 'string' ? type.slice(0, 40) : '?'}): ${reason}`,
  );
  return undefined;
}
