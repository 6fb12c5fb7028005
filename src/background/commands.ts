/** Keyboard commands and the selection's context menu. */
import { browser } from 'wxt/browser';
import { t } from '../i18n/t.ts';
import { draftItem } from '../messaging/handoff.ts';
import { sendToTab } from '../messaging/send.ts';
import { openPanel } from './panel.ts';

const ADD_NOTE = 'add-note';

/** Context menu or shortcut: the panel first (gesture), then the selection from the frame. */
export async function noteSelection(tabId: number, frameId = 0): Promise<void> {
  const opened = openPanel(tabId);
  const capture = await sendToTab(tabId, { type: 'capture-selection' }, frameId).catch(() => null);
  await opened;
  if (capture) await draftItem.setValue({ ...capture, tabId, at: Date.now() });
}

/** The commands of the manifest (wxt.config.ts), but the panel's own (`_execute_action`). */
export function onCommand(command: string, tabId: number): void {
  if (command === ADD_NOTE) void noteSelection(tabId);
  if (command === 'toggle-site') void sendToTab(tabId, { type: 'toggle-site' }).catch(() => {});
  if (command === 'next-term' || command === 'previous-term') {
    const direction = command === 'next-term' ? 1 : -1;
    void sendToTab(tabId, { type: 'step-term', direction }).catch(() => {});
  }
}

/** "Add note" in the context menu of a selection (made once, at install). */
export function createContextMenu(): void {
  browser.contextMenus.create({ id: ADD_NOTE, title: t('addNote'), contexts: ['selection'] });
}

export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id !== undefined) onCommand(command, tab.id);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_NOTE && tab?.id !== undefined) {
      void noteSelection(tab.id, info.frameId ?? 0);
    }
  });
}
