/**
 * The keyboard commands and the selection's context menu as the background wires them
 * (entrypoints/background.ts): the browser's events go to the handlers of
 * src/background/commands.ts, which ask the right frame of the right tab. The handlers one by one
 * are in commands.test.ts; here the events are fired at the running background.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background.ts';
import type { NoteCapture } from '../../../src/anchor/types.ts';
import { draftItem } from '../../../src/messaging/handoff.ts';

const TAB = 12;

const capture: NoteCapture = {
  url: 'http://127.0.0.1/news',
  title: 'News',
  selector: { type: 'TextQuoteSelector', exact: '南沙方案', prefix: '推进', suffix: '落地' },
  position: { type: 'TextPositionSelector', start: 10, end: 14 },
};

/** An event of an API fakeBrowser does not implement: listeners, and a way to fire it. */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => void)[] = [];
  return {
    addListener: (l: (...args: A) => void) => void listeners.push(l),
    removeListener: (l: (...args: A) => void) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: (...args: A) => void) => listeners.includes(l),
    fire: (...args: A) => {
      for (const l of listeners) l(...args);
    },
  };
}

type Tab = { id?: number };
let onCommand: ReturnType<typeof fakeEvent<[string, Tab | undefined]>>;
let onMenuClicked: ReturnType<typeof fakeEvent<[{ menuItemId: string; frameId?: number }, Tab]>>;
let createMenu: ReturnType<typeof vi.fn>;
let openSidePanel: ReturnType<typeof vi.fn>;
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  onCommand = fakeEvent();
  onMenuClicked = fakeEvent();
  createMenu = vi.fn();
  openSidePanel = vi.fn(async () => {});
  sendMessage = vi.fn(async (_tab: number, message: { type: string }) =>
    message.type === 'capture-selection' ? capture : true,
  );
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  Object.assign(b.commands as object, { onCommand });
  Object.assign(b.contextMenus as object, { onClicked: onMenuClicked, create: createMenu });
  Object.assign(b.sidePanel as object, {
    open: openSidePanel,
    setPanelBehavior: vi.fn(async () => {}),
  });
  Object.assign(b.action as object, { setBadgeBackgroundColor: vi.fn(async () => {}) });
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
  await draftItem.setValue(null);
  background.main?.();
});

describe('the context menu', () => {
  it('"Add note" is made for selections when the extension is installed or updated', async () => {
    expect(createMenu).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(createMenu).toHaveBeenCalledExactlyOnceWith({
      id: 'add-note',
      title: 'Add note',
      contexts: ['selection'],
    });
  });

  it('"Add note" clicked in the top frame opens the panel and drafts that frame’s selection', async () => {
    onMenuClicked.fire({ menuItemId: 'add-note' }, { id: TAB });
    expect(openSidePanel).toHaveBeenCalledExactlyOnceWith({ tabId: TAB });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'capture-selection' },
      { frameId: 0 },
    );
    await vi.waitFor(async () =>
      expect(await draftItem.getValue()).toMatchObject({ ...capture, tabId: TAB }),
    );
  });

  it('clicked in a frame, it asks that frame', () => {
    onMenuClicked.fire({ menuItemId: 'add-note', frameId: 5 }, { id: TAB });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'capture-selection' },
      { frameId: 5 },
    );
  });
});

describe('the keyboard commands', () => {
  it('next term and previous term ask the tab’s top frame to step forwards and backwards', () => {
    onCommand.fire('next-term', { id: TAB });
    onCommand.fire('previous-term', { id: TAB });
    onCommand.fire('previous-term', { id: TAB });
    expect(sendMessage.mock.calls).toEqual([
      [TAB, { type: 'step-term', direction: 1 }, { frameId: 0 }],
      [TAB, { type: 'step-term', direction: -1 }, { frameId: 0 }],
      [TAB, { type: 'step-term', direction: -1 }, { frameId: 0 }],
    ]);
  });

  it('Alt+Shift+H asks the top frame to switch its site', () => {
    onCommand.fire('toggle-site', { id: TAB });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'toggle-site' },
      { frameId: 0 },
    );
  });

  it('Alt+Shift+M opens the panel and drafts the selection', async () => {
    onCommand.fire('add-note', { id: TAB });
    expect(openSidePanel).toHaveBeenCalledExactlyOnceWith({ tabId: TAB });
    await vi.waitFor(async () =>
      expect(await draftItem.getValue()).toMatchObject({ ...capture, tabId: TAB }),
    );
  });
});
