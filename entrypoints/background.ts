import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab, updateBadge } from '../src/background/badge';
import { termInfo } from '../src/corpus/term-info';
import { recordPageSighting } from '../src/db/sightings';
import { focusItem } from '../src/messaging/focus';
import { isBackgroundMessage, sendToTab } from '../src/messaging/messages';

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
    if (message.type === 'term-info') return Promise.resolve(termInfo(message.termId));
    if (message.type === 'page-terms' && tabId !== undefined) {
      void updateBadge(tabId, sender.frameId ?? 0, message.report);
      // Sightings (issue 5): top frames only, unless turned off in the panel.
      if ((sender.frameId ?? 0) === 0) void recordPageSighting(message.report).catch(console.error);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'toggle-site') void sendToTab(tab.id, { type: 'toggle-site' }).catch(() => {});
    if (command === 'next-term' || command === 'previous-term') {
      const direction = command === 'next-term' ? 1 : -1;
      void sendToTab(tab.id, { type: 'step-term', direction }).catch(() => {});
    }
  });
});
