/**
 * Typed senders for the contract's messages (`contract.ts`), and the listeners' side of a reply.
 * No valibot here: the content script imports this file.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundReplies,
  BackgroundRequest,
  BackgroundType,
  TabReplies,
  TabRequest,
  TabType,
} from './contract.ts';

/**
 * Sends a message to the background. Undefined when nobody answered (a missing handler, or an
 * extension that was reloaded under the page).
 */
export function sendToBackground<T extends BackgroundType>(
  message: BackgroundRequest<T>,
): Promise<BackgroundReplies[T] | undefined> {
  return browser.runtime.sendMessage(message);
}

/** Sends a message to a tab's content script: its top frame unless `frameId` says otherwise. */
export function sendToTab<T extends TabType>(
  tabId: number,
  message: TabRequest<T>,
  frameId = 0,
): Promise<TabReplies[T] | undefined> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}

/**
 * Sends a message to every frame of a tab (`settings-changed`). A tab without the content script
 * (a browser page) refuses it: that is not an error.
 */
export function sendToAllFrames<T extends TabType>(tabId: number, message: TabRequest<T>) {
  return browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/**
 * Answers one message through `sendResponse`: at once for a plain value, later for a Promise
 * (returns true, which keeps the channel open). Undefined: no answer from this listener.
 */
export function respond(reply: unknown, sendResponse: (value: unknown) => void): true | undefined {
  if (reply instanceof Promise) {
    reply.then(sendResponse, (error: unknown) => {
      console.error('Nansha Lens: a message handler failed', error);
      sendResponse(undefined);
    });
    return true;
  }
  if (reply !== undefined) sendResponse(reply);
  return undefined;
}
