/**
 * Tells every page when a setting it reads changes, so that pages need no `storage.onChanged`
 * listener of their own (see `changesPageSettings`).
 */
import { browser } from 'wxt/browser';
import type { SettingsChangedMessage } from '../messaging/messages';
import { changesPageSettings } from '../page/page-settings';

export function broadcastSettingChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (!changesPageSettings(changes, area)) return;
    void tellEveryTab({ type: 'settings-changed' });
  });
}

/** Every frame of every tab; tabs without the content script (browser pages) refuse it. */
async function tellEveryTab(message: SettingsChangedMessage): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => {}),
    ),
  );
}
