import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcastSettingChanges } from '../../../src/background/settings-broadcast.ts';
import { compileDocumentLens } from '../../../src/match/document-lens.ts';
import { DEFAULT_HIGHLIGHT } from '../../../src/settings/colours.ts';
import { disabledSitesItem, enabledItem, highlightItem } from '../../../src/settings/items.ts';
import { SETTING_KEYS } from '../../../src/settings/keys.ts';
import {
  asDocumentLens,
  changesPageSettings,
  readPageSettings,
  toggleSiteOf,
} from '../../../src/settings/page-read.ts';
import { siteOf } from '../../../src/settings/sites.ts';

// The content script reads the settings without WXT's items: it must see what they write.
describe('page settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are on, with the default highlight settings, when nothing is stored', async () => {
    expect(await readPageSettings(siteOf('https://news.example/a'))).toEqual({
      on: true,
      highlight: DEFAULT_HIGHLIGHT,
      mayHaveNotes: true,
    });
  });

  it('read what the options page and the panel write', async () => {
    await disabledSitesItem.setValue(['news.example']);
    await highlightItem.setValue({ ...DEFAULT_HIGHLIGHT, english: false });
    expect(await readPageSettings(siteOf('https://news.example/a'))).toMatchObject({
      on: false,
      highlight: { english: false, traditional: true },
    });
    expect((await readPageSettings(siteOf('https://other.example/'))).on).toBe(true);
    await enabledItem.setValue(false);
    expect((await readPageSettings(siteOf('https://other.example/'))).on).toBe(false);
  });

  it('toggle a site as the settings item sees it', async () => {
    expect(await toggleSiteOf('https://news.example/a?b')).toBe(false);
    expect(await disabledSitesItem.getValue()).toEqual(['news.example']);
    expect(await toggleSiteOf('https://news.example/c')).toBe(true);
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });

  it('a change that pages read is sent to every tab by the background; others are not', async () => {
    const sent: [number, unknown][] = [];
    const first = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const second = await fakeBrowser.tabs.create({ url: 'chrome://extensions/' });
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
      // A browser page has no content script: the background must go on with the others.
      if (tabId === second.id) throw new Error('Could not establish connection');
    }) as typeof fakeBrowser.tabs.sendMessage;
    const tabIds = (await fakeBrowser.tabs.query({})).map((t) => t.id).sort();
    broadcastSettingChanges();

    await enabledItem.setValue(false);
    await vi.waitFor(() => expect(sent.map(([id]) => id).sort()).toEqual(tabIds));
    expect(tabIds).toContain(first.id);
    expect(sent.every(([, m]) => (m as { type: string }).type === 'settings-changed')).toBe(true);

    sent.length = 0;
    await highlightItem.setValue({ ...DEFAULT_HIGHLIGHT, traditional: false });
    await vi.waitFor(() => expect(sent).toHaveLength(tabIds.length));

    // The list of sites with notes, and other keys, are not the pages' settings.
    sent.length = 0;
    await fakeBrowser.storage.local.set({ [SETTING_KEYS.noteSites]: ['news.example'], other: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
    expect(changesPageSettings({ disabledSites: {} }, 'local')).toBe(true);
    expect(changesPageSettings({ disabledSites: {} }, 'sync')).toBe(false);
  });

  it('the reader’s documents as the background stores them; a damaged value is no document', async () => {
    const { lens } = compileDocumentLens(
      [
        {
          id: 'doc-aaaaaaaa',
          title: '低空经济发展条例',
          text: '',
          source: { kind: 'paste' },
          added: 1,
          updated: 1,
          enabled: true,
          colour: 0,
        },
      ],
      [
        {
          id: 'doc-aaaaaaaa.t1',
          docId: 'doc-aaaaaaaa',
          name: '低空经济',
          forms: [{ form: '低空经济', script: 'zh-Hans' }],
          passageIds: [],
        },
      ],
      false,
    );
    await fakeBrowser.storage.local.set({ [SETTING_KEYS.documentLens]: lens });
    expect((await readPageSettings('news.example')).documents).toEqual(lens);

    const damaged: unknown[] = [
      'a string',
      null,
      [],
      { ...lens, v: 1 },
      { ...lens, v: 3 },
      { ...lens, hash: 7 },
      { ...lens, resolution: 'no' },
      { ...lens, precheck: { han: '南沙', latin: 'x' } },
      { ...lens, precheck: { windows: '南沙', latin: 'x' } },
      { ...lens, precheck: 'x' },
      { ...lens, docs: [{ id: 'doc-aaaaaaaa', title: 't', colour: 'red' }] },
      { ...lens, docs: [{ id: '../x', title: 't', colour: '#ffffff' }] },
      { ...lens, docs: 'none' },
    ];
    for (const value of damaged) {
      expect(asDocumentLens(value)).toBeUndefined();
      await fakeBrowser.storage.local.set({ [SETTING_KEYS.documentLens]: value });
      const settings = await readPageSettings('news.example');
      expect(settings.documents).toBeUndefined();
      expect(settings.on).toBe(true);
    }
    // A change to the documents reaches pages as a settings change.
    expect(changesPageSettings({ [SETTING_KEYS.documentLens]: {} }, 'local')).toBe(true);
  });
});
