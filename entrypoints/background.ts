import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { focusItem } from '../src/messaging/focus';
import { isBackgroundMessage } from '../src/messaging/messages';

/** Firefox has a sidebar where Chromium has a side panel. */
type FirefoxBrowser = { sidebarAction?: { open(): Promise<void> } };

export default defineBackground(() => {
  // The toolbar button opens the panel too.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackgroundMessage(message)) return;
    const tabId = sender.tab?.id;
    if (message.type === 'open-term' && tabId !== undefined) {
      // open() must run in the user gesture's turn: call it before anything is awaited.
      const opened = browser.sidePanel
        ? browser.sidePanel.open({ tabId })
        : (browser as FirefoxBrowser).sidebarAction?.open();
      void focusItem.setValue({ termId: message.termId, tabId, at: Date.now() });
      return opened?.then(() => true);
    }
  });
});
