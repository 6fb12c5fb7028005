/**
 * Who sent a message, as the browser vouches for it (`MessageSender`), never as the message says.
 * A content script's renderer may be compromised (Chromium's guidance): what it names in a
 * payload (a URL, a tab, a frame) is never used; what it is answered for is its own frame.
 */
import type { Browser } from 'wxt/browser';

/** A content script in one frame of a tab. */
export interface PageFrame {
  kind: 'page';
  tabId: number;
  frameId: number;
  /** The frame's URL now (same-document navigations included). */
  url: string;
  /** The frame's document (Chromium), so that nothing reaches a document loaded since. */
  documentId?: string;
  /** The tab's title, for a top frame (the browser's, not the page's word). */
  tabTitle?: string;
}

/** A page of this extension (the panel, the options page), in a tab or not. */
export interface ExtensionPage {
  kind: 'extension';
}

export type Sender = PageFrame | ExtensionPage;

/**
 * The sender, or undefined when it is neither a frame of a tab nor a page of this extension.
 * `self`: this extension's id and the URL its pages start with (`chrome-extension://<id>/`).
 */
export function senderOf(
  sender: Browser.runtime.MessageSender,
  self: { id: string; base: string },
): Sender | undefined {
  if (sender.id !== self.id || !sender.url || !parses(sender.url)) return undefined;
  if (sender.url.startsWith(self.base)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return undefined;
  const frameId = sender.frameId ?? 0;
  const documentId = (sender as { documentId?: string }).documentId;
  return {
    kind: 'page',
    tabId,
    frameId,
    url: sender.url,
    ...(documentId && { documentId }),
    ...(frameId === 0 && sender.tab?.title !== undefined && { tabTitle: sender.tab.title }),
  };
}

/** URL.canParse, which Chromium has only since 120 (the manifest allows 116). */
function parses(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
