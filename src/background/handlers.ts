/**
 * The background's answers to the content scripts, one small function per message type. Each is
 * given a request already checked against the contract, and the sender the browser vouches for.
 */
import type { Browser } from 'wxt/browser';
import { recordPageSighting } from '../db/sightings.ts';
import { termInfo } from '../match/term-info.ts';
import type {
  BackgroundMessage,
  BackgroundReplies,
  BackgroundRequest,
  BackgroundType,
} from '../messaging/contract.ts';
import { draftItem, focusItem, openNoteItem } from '../messaging/handoff.ts';
import { updateBadge } from './badge.ts';
import { loadLens, senderTarget } from './lens-loader.ts';
import { anchorQuotes, quotesForPage } from './notes.ts';
import { openPanel } from './panel.ts';

type Reply<T extends BackgroundType> = BackgroundReplies[T] | Promise<BackgroundReplies[T]>;
type Handler<T extends BackgroundType> = (
  message: BackgroundRequest<T>,
  sender: Browser.runtime.MessageSender,
) => Reply<T> | undefined;

/** The panel opens first, in the gesture's turn; what it is to show is handed over after. */
const openTerm: Handler<'open-term'> = (message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const opened = openPanel(tabId);
  void focusItem.setValue({ termId: message.termId, tabId, at: Date.now() });
  return opened;
};

const addNote: Handler<'add-note'> = (message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const opened = openPanel(tabId);
  void draftItem.setValue({ ...message.capture, tabId, at: Date.now() });
  return opened;
};

const openNote: Handler<'open-note'> = (message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const opened = openPanel(tabId);
  void openNoteItem.setValue({ noteId: message.noteId, at: Date.now() });
  return opened;
};

/** Badge for every frame; sightings for top frames only. Not answered. */
const pageTerms: Handler<'page-terms'> = (message, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const frameId = sender.frameId ?? 0;
  void updateBadge(tabId, frameId, message.report);
  if (frameId === 0) void recordPageSighting(message.report).catch(console.error);
  return undefined;
};

/** Into the frame that asked, and no other. */
const lens: Handler<'lens'> = (message, sender) => {
  const target = senderTarget(sender);
  return target && loadLens(target, message.code);
};

export const backgroundHandlers: { [T in BackgroundType]: Handler<T> } = {
  lens,
  'open-term': openTerm,
  'add-note': addNote,
  'open-note': openNote,
  'page-terms': pageTerms,
  'term-info': (message) => termInfo(message.termId),
  'page-notes': (message) => quotesForPage(message.url),
  'anchor-quotes': (message) => anchorQuotes(message.text, message.quotes),
};

/** Runs the handler of a checked message. */
export function handleBackgroundMessage(
  message: BackgroundMessage,
  sender: Browser.runtime.MessageSender,
): unknown {
  const handler = backgroundHandlers[message.type] as Handler<BackgroundType>;
  return handler(message, sender);
}
