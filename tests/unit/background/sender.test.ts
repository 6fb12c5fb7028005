import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { senderOf } from '../../../src/background/sender.ts';

const self = { id: 'abc', base: 'chrome-extension://abc/' };
const tab = (id: number, title = 'T') => ({ id, title }) as Browser.tabs.Tab;

describe('senderOf: who sent a message, as the browser says', () => {
  it('a content script in a top frame: its tab, frame, URL, document and the tab’s title', () => {
    expect(
      senderOf(
        {
          id: 'abc',
          tab: tab(4),
          frameId: 0,
          url: 'https://a.example/x',
          documentId: 'D',
        } as Browser.runtime.MessageSender,
        self,
      ),
    ).toEqual({
      kind: 'page',
      tabId: 4,
      frameId: 0,
      url: 'https://a.example/x',
      documentId: 'D',
      tabTitle: 'T',
    });
  });

  it('a child frame: its own URL, and no tab title (the tab is not its page)', () => {
    expect(
      senderOf({ id: 'abc', tab: tab(4), frameId: 9, url: 'https://ads.example/f' }, self),
    ).toEqual({ kind: 'page', tabId: 4, frameId: 9, url: 'https://ads.example/f' });
  });

  it('a page of the extension, in the side panel or opened in a tab', () => {
    expect(senderOf({ id: 'abc', url: 'chrome-extension://abc/sidepanel.html' }, self)).toEqual({
      kind: 'extension',
    });
    expect(
      senderOf({ id: 'abc', tab: tab(2), url: 'chrome-extension://abc/sidepanel.html' }, self),
    ).toEqual({ kind: 'extension' });
  });

  it('nobody it can vouch for: another extension, no URL, no tab, a tab of -1 (devtools)', () => {
    expect(senderOf({ id: 'zzz', tab: tab(4), url: 'https://a.example/' }, self)).toBeUndefined();
    expect(senderOf({ id: 'abc', tab: tab(4) }, self)).toBeUndefined();
    expect(senderOf({ id: 'abc', url: 'https://a.example/' }, self)).toBeUndefined();
    expect(senderOf({ id: 'abc', tab: tab(-1), url: 'https://a.example/' }, self)).toBeUndefined();
    expect(senderOf({ id: 'abc', tab: tab(4), url: 'not a url' }, self)).toBeUndefined();
  });
});
