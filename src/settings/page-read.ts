/**
 * The content script's view of the settings: what it needs, in one `storage.local.get`, not WXT's
 * items (docs/decisions/006-one-settings-read.md). Same keys and fallbacks as `items.ts` (a unit
 * test reads back what the items write).
 */
import { browser } from 'wxt/browser';
import type { DocumentLens, LensDocument } from '../match/document-lens.ts';
import { type HighlightSettings, withDefaults } from './colours.ts';
import { HIGHLIGHT_KEYS, SETTING_KEYS } from './keys.ts';
import { isActiveOn, siteOf, toggledSites } from './sites.ts';

export interface PageSettings {
  /** Highlighting is on for this page (global switch and this site). */
  on: boolean;
  highlight: HighlightSettings;
  /** The page's site may have notes (or nobody knows yet): ask the background for them. */
  mayHaveNotes: boolean;
  /** The reader's documents compiled for pages; undefined: none (or unreadable). */
  documents?: DocumentLens;
}

/**
 * The settings for a page of `site` (its `location.host`, which is what `siteOf` makes of its
 * URL: a page need not parse its own URL).
 */
export async function readPageSettings(site: string): Promise<PageSettings> {
  const got = await browser.storage.local.get([...HIGHLIGHT_KEYS, SETTING_KEYS.noteSites]);
  const noteSites = got[SETTING_KEYS.noteSites] as string[] | null | undefined;
  const enabled = (got[SETTING_KEYS.enabled] as boolean | undefined) ?? true;
  const sites = (got[SETTING_KEYS.disabledSites] as string[] | undefined) ?? [];
  return {
    on: isActiveOn(site, enabled, sites),
    highlight: withDefaults(got[SETTING_KEYS.highlight] as Partial<HighlightSettings> | undefined),
    mayHaveNotes: noteSites == null || noteSites.includes(site),
    documents: asDocumentLens(got[SETTING_KEYS.documentLens]),
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';

/**
 * The stored documents' value if it has the shape the background writes; anything else (an older
 * or damaged value) counts as no document, and the resolution as on.
 */
export function asDocumentLens(value: unknown): DocumentLens | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const p = v.precheck as Record<string, unknown> | null;
  const ok =
    v.v === 2 &&
    isString(v.hash) &&
    typeof v.resolution === 'boolean' &&
    (p === null ||
      (typeof p === 'object' && isString(p.windows) && isString(p.fold) && isString(p.latin))) &&
    Array.isArray(v.docs) &&
    v.docs.every(isLensDocument);
  return ok ? (v as unknown as DocumentLens) : undefined;
}

function isLensDocument(d: unknown): d is LensDocument {
  const x = d as Record<string, unknown> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    isString(x.id) &&
    /^doc-[0-9a-z]{8}$/.test(x.id) &&
    isString(x.title) &&
    isString(x.colour) &&
    /^#[0-9a-f]{6}$/i.test(x.colour)
  );
}

/**
 * Whether a `storage.onChanged` event changes how pages highlight. The background listens and
 * tells the pages, which need no listener of their own (docs/decisions/002-settings-broadcast.md).
 */
export function changesPageSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && HIGHLIGHT_KEYS.some((k) => k in changes);
}

/** Switches the site of `url` on or off; returns whether it is now on. */
export async function toggleSiteOf(url: string): Promise<boolean> {
  const key = SETTING_KEYS.disabledSites;
  const got = await browser.storage.local.get(key);
  const next = toggledSites((got[key] as string[] | undefined) ?? [], url);
  await browser.storage.local.set({ [key]: next });
  return isActiveOn(siteOf(url), true, next);
}
