/** The per-site rule. A site is a host with its port, as `location.host` gives it. */

/** The site key of a URL: its host (with port), or '' for pages that have none (file:, data:). */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Highlighting is on for a page of `site` (a `siteOf` key: a page's `location.host`). */
export function isActiveOn(site: string, enabled: boolean, disabledSites: readonly string[]) {
  return enabled && !disabledSites.includes(site);
}

/** The disabled sites after the site of `url` is switched (on if it was off, off if on). */
export function toggledSites(sites: readonly string[], url: string): string[] {
  const site = siteOf(url);
  return sites.includes(site) ? sites.filter((s) => s !== site) : [...sites, site];
}
