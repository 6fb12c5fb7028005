/**
 * Tells every page when a setting it reads changes, so that pages need no `storage.onChanged`
 * listener of their own (docs/decisions/002-settings-broadcast.md).
 */
import { browser } from 'wxt/browser';
import { sendToAllFrames } from '../messaging/send.ts';
import { changesPageSettings } from '../settings/page-read.ts';

export function broadcastSettingChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (!changesPageSettings(changes, area)) return;
    void tellEveryTab();
  });
}

/** Every frame of every tab. */
async function tellEveryTab(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : sendToAllFrames(tab.id, { type: 'settings-changed' }),
    ),
  );
}
