/**
 * The settings' storage keys (`storage.local`), written once: the WXT items (`items.ts`) and the
 * content script's one raw read (`page-read.ts`) both use them.
 */
export const SETTING_KEYS = {
  /** Highlighting on every site (the global switch). */
  enabled: 'enabled',
  /** Hosts where highlighting is off. */
  disabledSites: 'disabledSites',
  /** Categories, colours and scripts (`HighlightSettings`). */
  highlight: 'highlight',
  /** Sites that have notes (`db/note-sites.ts`); missing: unknown, so a page asks. */
  noteSites: 'noteSites',
  /** Record the pages where terms were seen. */
  recordSightings: 'settings.recordSightings',
  /** Which text of a passage the reader chose, per auto language (`LanguageChoices`). */
  passageLanguage: 'settings.passageLanguage',
  /** Highlight the resolution's terms (off: only the reader's own documents'). */
  resolutionEnabled: 'settings.resolutionEnabled',
  /**
   * What pages need of the reader's documents (`match/document-lens.ts`), compiled by the
   * background from the database; missing: no document.
   */
  documentLens: 'documentLens',
  /** The documents' terms, coded: the background hands them to lens.js (pages do not read it). */
  documentLensTerms: 'documentLensTerms',
} as const;

/**
 * The settings that change how pages highlight: a change to one is sent to every page
 * (`background/settings-broadcast.ts`). Pages read `noteSites` too, but only at start.
 * `resolutionEnabled` reaches pages through `documentLens`, which the background rewrites.
 */
export const HIGHLIGHT_KEYS = [
  SETTING_KEYS.enabled,
  SETTING_KEYS.disabledSites,
  SETTING_KEYS.highlight,
  SETTING_KEYS.documentLens,
] as const;
