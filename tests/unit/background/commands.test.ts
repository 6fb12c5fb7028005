import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NoteCapture } from '../../../src/anchor/types.ts';
import {
  createContextMenu,
  listenForCommands,
  noteSelection,
  onCommand,
} from '../../../src/background/commands.ts';
import { draftItem } from '../../../src/messaging/handoff.ts';

const TAB = 7;

const capture: NoteCapture = {
  url: 'http://127.0.0.1/news',
  title: 'News',
  selector: { type: 'TextQuoteSelector', exact: '庆盛枢纽', prefix: '抓好', suffix: '、' },
  position: { type: 'TextPositionSelector', start: 40, end: 44 },
};

// fakeBrowser has no side panel, tab messages, context menus or commands: minimal stubs.
let openSidePanel: ReturnType<typeof vi.fn>;
/** What the tab's frames answer: the frame with a selection gives its capture. */
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  openSidePanel = vi.fn(async () => {});
  fakeBrowser.sidePanel.open = openSidePanel as typeof fakeBrowser.sidePanel.open;
  sendMessage = vi.fn(async (_tabId: number, message: { type: string }) =>
    message.type === 'capture-selection' ? capture : true,
  );
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
});

describe('keyboard commands', () => {
  it('next-term asks the top frame for the next term', () => {
    onCommand('next-term', TAB);
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'step-term', direction: 1 },
      { frameId: 0 },
    );
  });

  it('previous-term asks the top frame for the previous term', () => {
    onCommand('previous-term', TAB);
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'step-term', direction: -1 },
      { frameId: 0 },
    );
  });

  it("toggle-site asks the top frame to switch its site's highlighting", () => {
    onCommand('toggle-site', TAB);
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'toggle-site' },
      { frameId: 0 },
    );
  });

  it('a page without the content script (the message refused) is not an error', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      // A plain function: a vi.fn would handle the rejection itself (it records how it settles).
      const refused: unknown[] = [];
      fakeBrowser.tabs.sendMessage = (async (_tabId: number, message: unknown) => {
        refused.push(message);
        throw new Error('Could not establish connection');
      }) as typeof fakeBrowser.tabs.sendMessage;
      onCommand('next-term', TAB);
      onCommand('toggle-site', TAB);
      await new Promise((r) => setTimeout(r, 20));
      expect(refused).toEqual([{ type: 'step-term', direction: 1 }, { type: 'toggle-site' }]);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('add-note opens the panel and drafts the top frame’s selection', async () => {
    onCommand('add-note', TAB);
    expect(openSidePanel).toHaveBeenCalledExactlyOnceWith({ tabId: TAB });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'capture-selection' },
      { frameId: 0 },
    );
    await vi.waitFor(async () =>
      expect(await draftItem.getValue()).toEqual({
        ...capture,
        tabId: TAB,
        at: expect.any(Number),
      }),
    );
  });

  it('an unknown command sends nothing', () => {
    onCommand('_execute_action', TAB);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(openSidePanel).not.toHaveBeenCalled();
  });
});

describe('noting a selection', () => {
  it('opens the panel before it asks the frame (the gesture is still on)', async () => {
    const order: string[] = [];
    openSidePanel.mockImplementation(async () => void order.push('panel'));
    sendMessage.mockImplementation(async () => {
      order.push('capture');
      return capture;
    });
    await noteSelection(TAB);
    expect(order).toEqual(['panel', 'capture']);
  });

  it('no selection in the frame (null, or no answer): no draft', async () => {
    sendMessage.mockResolvedValueOnce(null);
    await noteSelection(TAB);
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    await noteSelection(TAB, 2);
    expect(openSidePanel).toHaveBeenCalledTimes(2);
    expect(await draftItem.getValue()).toBeNull();
  });
});

describe('the context menu', () => {
  /** Registers the listeners on stubbed events; returns the context menu's listener. */
  function listen() {
    const commandListener = vi.fn();
    fakeBrowser.commands.onCommand.addListener = commandListener;
    const menuListener = vi.fn();
    fakeBrowser.contextMenus.onClicked.addListener = menuListener;
    listenForCommands();
    expect(commandListener).toHaveBeenCalledOnce();
    expect(menuListener).toHaveBeenCalledOnce();
    return {
      command: commandListener.mock.calls[0]?.[0] as (
        command: string,
        tab?: { id?: number },
      ) => void,
      menu: menuListener.mock.calls[0]?.[0] as (
        info: { menuItemId: string | number; frameId?: number },
        tab?: { id?: number },
      ) => void,
    };
  }

  it('is made for selections, named Add note', () => {
    const create = vi.fn();
    fakeBrowser.contextMenus.create = create;
    createContextMenu();
    expect(create).toHaveBeenCalledExactlyOnceWith({
      id: 'add-note',
      title: 'Add note',
      contexts: ['selection'],
    });
  });

  it('"Add note" asks the clicked frame for its selection and drafts it', async () => {
    const { menu } = listen();
    menu({ menuItemId: 'add-note', frameId: 3 }, { id: TAB });
    expect(openSidePanel).toHaveBeenCalledExactlyOnceWith({ tabId: TAB });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'capture-selection' },
      { frameId: 3 },
    );
    await vi.waitFor(async () =>
      expect(await draftItem.getValue()).toEqual({
        ...capture,
        tabId: TAB,
        at: expect.any(Number),
      }),
    );
  });

  it('another menu item, or a click without a tab, does nothing', async () => {
    const { menu } = listen();
    menu({ menuItemId: 'other', frameId: 3 }, { id: TAB });
    menu({ menuItemId: 'add-note', frameId: 3 }, undefined);
    await new Promise((r) => setTimeout(r, 20));
    expect(sendMessage).not.toHaveBeenCalled();
    expect(openSidePanel).not.toHaveBeenCalled();
  });

  it('a command reaches its tab; without a tab it does nothing', () => {
    const { command } = listen();
    command('next-term', undefined);
    expect(sendMessage).not.toHaveBeenCalled();
    command('next-term', { id: TAB });
    expect(sendMessage).toHaveBeenCalledExactlyOnceWith(
      TAB,
      { type: 'step-term', direction: 1 },
      { frameId: 0 },
    );
  });
});
