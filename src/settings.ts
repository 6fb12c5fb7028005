import { storage } from 'wxt/utils/storage';
import { DEFAULT_HIGHLIGHT, type HighlightSettings } from './colours';

/**
 * Settings shared by the content script, background, panel and options page. `local:` storage:
 * kept on this machine across browser restarts.
 */

/** Highlighting on every site (the global switch). */
export const enabledItem = storage.defineItem<boolean>('local:enabled', { fallback: true });

/** Hosts (`example.com`, `127.0.0.1:8080`) where highlighting is off. */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
});

/** The site key of a URL: its host (with port), or '' for pages that have none (file:, data:). */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function isActiveOn(url: string, enabled: boolean, disabledSites: readonly string[]) {
  return enabled && !disabledSites.includes(siteOf(url));
}

/** Turns the site of `url` on or off; returns whether it is now on. */
export async function toggleSite(url: string): Promise<boolean> {
  const site = siteOf(url);
  const sites = await disabledSitesItem.getValue();
  const next = sites.includes(site) ? sites.filter((s) => s !== site) : [...sites, site];
  await disabledSitesItem.setValue(next);
  return !next.includes(site);
}

export {
  contrast,
  DARK_TEXT,
  DEFAULT_COLOURS,
  DEFAULT_HIGHLIGHT,
  type HighlightSettings,
  highlightCss,
  LIGHT_TEXT,
  luminance,
  textOn,
  withDefaults,
} from './colours';

export const highlightItem = storage.defineItem<HighlightSettings>('local:highlight', {
  fallback: DEFAULT_HIGHLIGHT,
});
