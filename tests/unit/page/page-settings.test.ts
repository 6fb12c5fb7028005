import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_HIGHLIGHT } from '../../../src/colours';
import { readPageSettings, toggleSiteOf, watchPageSettings } from '../../../src/page/page-settings';
import { disabledSitesItem, enabledItem, highlightItem, siteOf } from '../../../src/settings';

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

  it('toggle a site as the settings item sees it, and tell watchers', async () => {
    const changed = vi.fn();
    const unwatch = watchPageSettings(changed);
    expect(await toggleSiteOf('https://news.example/a?b')).toBe(false);
    expect(await disabledSitesItem.getValue()).toEqual(['news.example']);
    expect(await toggleSiteOf('https://news.example/c')).toBe(true);
    expect(await disabledSitesItem.getValue()).toEqual([]);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    unwatch();
    await enabledItem.setValue(false);
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
