/**
 * The settings as WXT storage items, for extension pages and the background (`local:`: kept on
 * this machine across restarts). The content script does not import this file: each item reads
 * its value when it is defined, so it reads its settings in one call instead (`page-read.ts`).
 * The items are `@__PURE__` so that a bundle that does not use one drops it.
 */
import { storage } from 'wxt/utils/storage';
import type { LanguageChoices } from '../corpus/languages.ts';
import { DEFAULT_HIGHLIGHT, type HighlightSettings } from './colours.ts';
import { SETTING_KEYS } from './keys.ts';

/** Highlighting on every site (the global switch). */
export const enabledItem = /* @__PURE__ */ storage.defineItem<boolean>(
  `local:${SETTING_KEYS.enabled}`,
  { fallback: true },
);

/** Hosts (`example.com`, `127.0.0.1:8080`) where highlighting is off. */
export const disabledSitesItem = /* @__PURE__ */ storage.defineItem<string[]>(
  `local:${SETTING_KEYS.disabledSites}`,
  { fallback: [] },
);

export const highlightItem = /* @__PURE__ */ storage.defineItem<HighlightSettings>(
  `local:${SETTING_KEYS.highlight}`,
  { fallback: DEFAULT_HIGHLIGHT },
);

/** Sites that have notes; null until the background first writes it (pages then ask). */
export const noteSitesItem = /* @__PURE__ */ storage.defineItem<string[] | null>(
  `local:${SETTING_KEYS.noteSites}`,
  { fallback: null },
);

/** Record the pages where terms were seen (this machine only). On unless the user turns it off. */
export const recordSightingsItem = /* @__PURE__ */ storage.defineItem<boolean>(
  `local:${SETTING_KEYS.recordSightings}`,
  { fallback: true },
);

/** The text the reader chose for passages (original, English, Traditional), per auto language. */
export const passageLanguageItem = /* @__PURE__ */ storage.defineItem<LanguageChoices>(
  `local:${SETTING_KEYS.passageLanguage}`,
  { fallback: {} },
);

/** Highlight the resolution's terms on pages (the reader's documents have their own switches). */
export const resolutionEnabledItem = /* @__PURE__ */ storage.defineItem<boolean>(
  `local:${SETTING_KEYS.resolutionEnabled}`,
  { fallback: true },
);
