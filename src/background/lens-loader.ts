/**
 * Puts the lens into the frame that asked: a fresh set of highlight names with their stylesheet
 * (`scripting.insertCSS`, which the page's CSSOM cannot read) and, the first time, `lens.js`
 * (`scripting.executeScript` into the content script's isolated world). No file of the extension
 * is web-accessible, so no page can fetch one to learn that Nansha Lens is installed
 * (docs/security.md, docs/decisions/042-lens-injection.md).
 */
import { type Browser, browser } from 'wxt/browser';
import type { LensStyle } from '../messaging/contract.ts';
import { highlightCss, randomHighlightNames, withDefaults } from '../settings/colours.ts';
import { highlightItem } from '../settings/items.ts';

export const LENS_FILE = '/lens.js';

/** Styles (and, with `code`, loads) the lens in `target`; resolves to the names and their CSS. */
export async function loadLens(
  target: Browser.scripting.InjectionTarget,
  code: boolean,
): Promise<LensStyle> {
  const names = randomHighlightNames();
  const css = highlightCss(withDefaults(await highlightItem.getValue()), names);
  await Promise.all([
    browser.scripting.insertCSS({ target, css }),
    code &&
      browser.scripting.executeScript({ target, files: [LENS_FILE], injectImmediately: true }),
  ]);
  return { names, css };
}
