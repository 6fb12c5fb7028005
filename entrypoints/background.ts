import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { watchTabsForBadge } from '../src/background/badge.ts';
import { createContextMenu, listenForCommands } from '../src/background/commands.ts';
import { refreshDocumentLens, watchResolutionSetting } from '../src/background/documents.ts';
import { handleBackgroundMessage } from '../src/background/handlers.ts';
import { refreshNoteSites } from '../src/background/notes.ts';
import { openPanelFromToolbar } from '../src/background/panel.ts';
import { broadcastSettingChanges } from '../src/background/settings-broadcast.ts';
import { respond } from '../src/messaging/send.ts';

/** The service worker (Firefox: event page): wiring only; the handlers live in src/background. */
export default defineBackground(() => {
  openPanelFromToolbar();

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    return respond(handleBackgroundMessage(raw, sender), sendResponse);
  });

  broadcastSettingChanges();
  watchResolutionSetting();
  watchTabsForBadge();
  listenForCommands();
  browser.runtime.onInstalled.addListener(() => {
    createContextMenu();
    void refreshNoteSites();
    void refreshDocumentLens();
  });
  browser.runtime.onStartup.addListener(() => {
    void refreshNoteSites();
    void refreshDocumentLens();
  });
});
