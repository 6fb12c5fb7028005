/** The side panel (Chromium) or the sidebar (Firefox), opened from the background. */
import { browser } from 'wxt/browser';

/** Firefox has a sidebar where Chromium has a side panel. */
type FirefoxBrowser = { sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> } };

/**
 * Opens the panel on the tab. Call it in the user gesture's turn, before anything is awaited in
 * the handler that received the click, menu or key. Resolves to whether it opened: Firefox opens
 * its sidebar only from its own input events, not from a page's click.
 */
export function openPanel(tabId: number): Promise<boolean> {
  const opened = browser.sidePanel
    ? browser.sidePanel.open({ tabId })
    : (browser as FirefoxBrowser).sidebarAction?.open();
  return (opened ?? Promise.resolve()).then(
    () => true,
    (error: unknown) => {
      console.warn('Nansha Lens: the panel did not open', error);
      return false;
    },
  );
}

/** The toolbar button (and Alt+Shift+L) opens the panel; in Firefox it toggles the sidebar. */
export function openPanelFromToolbar(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  browser.action.onClicked.addListener(() => {
    void (browser as FirefoxBrowser).sidebarAction?.toggle().catch(console.warn);
  });
}
