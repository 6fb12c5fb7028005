import { storage } from 'wxt/utils/storage';
import { DEFAULT_HIGHLIGHT, type HighlightSettings } from './colours';
import { SETTING_KEYS } from './settings-core';

export { isActiveOn, SETTING_KEYS, siteOf, toggledSites } from './settings-core';

/**
 * Settings shared by the content script, background, panel and options page. `local:` storage:
 * kept on this machine across browser restarts.
 *
 * The items are `@__PURE__`: WXT's `defineItem` reads its value as soon as it is called, and the
 * content script, which reads the three settings at once (`page/page-settings.ts`), must not
 * carry them. Their keys are in `settings-core.ts`, which has no storage in it.
 */

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

export const highlightItem = /* @__PURE__ */ storage.defineItem<HighlightSettings>(
  `local:${SETTING_KEYS.highlight}`,
  { fallback: DEFAULT_HIGHLIGHT },
);
