/**
 * The content script's view of the settings: the three it needs, and whether the site has notes
 * (`db/note-sites.ts`), in one `storage.local.get`; the background tells pages when they change.
 * Not WXT's storage items: each of those reads its own value as soon as it is defined, three more
 * round trips on every page. Same keys and fallbacks as `settings.ts` (a unit test reads back what
 * its items write).
 */
import { browser } from 'wxt/browser';
import { type HighlightSettings, withDefaults } from '../colours';
import { isActiveOn, NOTE_SITES_KEY, SETTING_KEYS, siteOf, toggledSites } from '../settings-core';

export interface PageSettings {
  /** Highlighting is on for this page (global switch and this site). */
  on: boolean;
  highlight: HighlightSettings;
  /** The page's site may have notes (or nobody knows yet): ask the background for them. */
  mayHaveNotes: boolean;
}

const KEYS = Object.values(SETTING_KEYS);

/**
 * The settings for a page of `site` (its `location.host`, which is what `siteOf` makes of its
 * URL: a page need not parse its own URL, and a first `new URL` in a new renderer costs).
 */
export async function readPageSettings(site: string): Promise<PageSettings> {
  const got = await browser.storage.local.get([...KEYS, NOTE_SITES_KEY]);
  const noteSites = got[NOTE_SITES_KEY] as string[] | undefined;
  const enabled = (got[SETTING_KEYS.enabled] as boolean | undefined) ?? true;
  const sites = (got[SETTING_KEYS.disabledSites] as string[] | undefined) ?? [];
  return {
    on: isActiveOn(site, enabled, sites),
    highlight: withDefaults(got[SETTING_KEYS.highlight] as Partial<HighlightSettings> | undefined),
    mayHaveNotes: noteSites === undefined || noteSites.includes(site),
  };
}

/**
 * Whether a `storage.onChanged` event changes what pages read. The background listens, and tells
 * the pages (`settings-changed`): a listener on every page would cost each new page
 * 0.1–0.35 ms to set up (the event's bindings for its isolated world), for changes that are rare.
 */
export function changesPageSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && KEYS.some((k) => k in changes);
}

/** Switches the site of `url` on or off (the keyboard command); returns whether it is now on. */
export async function toggleSiteOf(url: string): Promise<boolean> {
  const key = SETTING_KEYS.disabledSites;
  const got = await browser.storage.local.get(key);
  const next = toggledSites((got[key] as string[] | undefined) ?? [], url);
  await browser.storage.local.set({ [key]: next });
  return isActiveOn(siteOf(url), true, next);
}
