import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetTab, updateBadge } from '../src/background/badge';
import { anchorQuotes, quotesForPage, refreshNoteSites } from '../src/background/notes';
import { broadcastSettingChanges } from '../src/background/settings-broadcast';
import { termInfo } from '../src/corpus/term-info';
import { recordPageSighting } from '../src/db/sightings';
import { t } from '../src/i18n';
import { focusItem } from '../src/messaging/focus';
import { isBackgroundMessage, sendToTab } from '../src/messaging/messages';
import { draftItem, type NoteCapture, openNoteItem } from '../src/messaging/notes';

/** Firefox has a sidebar where Chromium has a side panel. */
type FirefoxBrowser = { sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> } };

/**
 * Opens the side panel (Firefox: the sidebar). It must be called in the user gesture's turn —
 * before anything is awaited in the handler that received the click, menu or key.
 */
function openPanel(tabId: number): Promise<boolean> {
  const opened = browser.sidePanel
    ? browser.sidePanel.open({ tabId })
    : (browser as FirefoxBrowser).sidebarAction?.open();
  return (opened ?? Promise.resolve()).then(
    () => true,
    (error: unknown) => {
      // Firefox opens its sidebar only from its own input events, not from a page's click.
      console.warn('Nansha Lens: the panel did not open', error);
      return false;
    },
  );
}

/** Context menu or shortcut: the panel first (gesture), then the selection from the page. */
async function noteSelection(tabId: number, frameId = 0): Promise<void> {
  const opened = openPanel(tabId);
  const capture = (await browser.tabs
    .sendMessage(tabId, { type: 'capture-selection' }, { frameId })
    .catch(() => null)) as NoteCapture | null;
  await opened;
  if (capture) await draftItem.setValue({ ...capture, tabId, at: Date.now() });
}

export default defineBackground(() => {
  // The toolbar button opens the panel too.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  // Firefox has no such behaviour: the button (and Alt+Shift+L) toggles the sidebar.
  if (!browser.sidePanel) {
    browser.action.onClicked.addListener(() => {
      void (browser as FirefoxBrowser).sidebarAction?.toggle().catch(console.warn);
    });
  }

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isBackgroundMessage(message)) return;
    const tabId = sender.tab?.id;
    if (message.type === 'open-term' && tabId !== undefined) {
      const opened = openPanel(tabId);
      void focusItem.setValue({ termId: message.termId, tabId, at: Date.now() });
      return opened;
    }
    if (message.type === 'term-info') return Promise.resolve(termInfo(message.termId));
    if (message.type === 'add-note' && tabId !== undefined) {
      const opened = openPanel(tabId);
      void draftItem.setValue({ ...message.capture, tabId, at: Date.now() });
      return opened;
    }
    if (message.type === 'open-note' && tabId !== undefined) {
      const opened = openPanel(tabId);
      void openNoteItem.setValue({ noteId: message.noteId, at: Date.now() });
      return opened;
    }
    if (message.type === 'page-notes') return quotesForPage(message.url);
    if (message.type === 'anchor-quotes') {
      return Promise.resolve(anchorQuotes(message.text, message.quotes));
    }
    if (message.type === 'page-terms' && tabId !== undefined) {
      void updateBadge(tabId, sender.frameId ?? 0, message.report);
      // Sightings (issue 5): top frames only, unless turned off in the panel.
      if ((sender.frameId ?? 0) === 0) void recordPageSighting(message.report).catch(console.error);
    }
  });

  broadcastSettingChanges();
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void forgetTab(tabId);
    // A page without terms sends no report: its badge is cleared here, as the tab starts loading.
    void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'add-note', title: t('addNote'), contexts: ['selection'] });
    void refreshNoteSites();
  });
  browser.runtime.onStartup.addListener(() => void refreshNoteSites());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'add-note' && tab?.id !== undefined) {
      void noteSelection(tab.id, info.frameId ?? 0);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    if (command === 'add-note') void noteSelection(tab.id);
    if (command === 'toggle-site') void sendToTab(tab.id, { type: 'toggle-site' }).catch(() => {});
    if (command === 'next-term' || command === 'previous-term') {
      const direction = command === 'next-term' ? 1 : -1;
      void sendToTab(tab.id, { type: 'step-term', direction }).catch(() => {});
    }
  });
});
