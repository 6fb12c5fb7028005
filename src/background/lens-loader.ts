/**
 * Puts the lens into the frame that asked: a fresh set of highlight names with their stylesheet
 * (`scripting.insertCSS`, which the page's CSSOM cannot read) and, the first time, `lens.js`
 * (`scripting.executeScript` into the content script's isolated world). No file of the extension
 * is web-accessible, so no page can fetch one to learn that Nansha Lens is installed
 * (docs/security.md, docs/decisions/042-lens-injection.md).
 */
import { type Browser, browser } from 'wxt/browser';
import type { LensStyle } from '../messaging/contract.ts';
import {
  documentHighlightCss,
  highlightCss,
  randomHighlightName,
  randomHighlightNames,
  withDefaults,
} from '../settings/colours.ts';
import { highlightItem } from '../settings/items.ts';
import { SETTING_KEYS } from '../settings/keys.ts';
import { asDocumentLens } from '../settings/page-read.ts';

export const LENS_FILE = '/lens.js';

/** Styles (and, with `code`, loads) the lens in `target`; resolves to the names and their CSS. */
export async function loadLens(
  target: Browser.scripting.InjectionTarget,
  code: boolean,
): Promise<LensStyle> {
  const used = new Set<string>();
  const names = randomHighlightNames(used);
  const [highlight, stored] = await Promise.all([
    highlightItem.getValue(),
    browser.storage.local.get([SETTING_KEYS.documentLens, SETTING_KEYS.documentLensTerms]),
  ]);
  const terms = stored[SETTING_KEYS.documentLensTerms];
  // One more name per document with terms, in the document's colour.
  const docs = asDocumentLens(stored[SETTING_KEYS.documentLens])?.docs ?? [];
  const documents: Record<string, string> = {};
  for (const d of docs) documents[d.id] = randomHighlightName(used);
  const css = [
    highlightCss(withDefaults(highlight), names),
    documentHighlightCss(docs, documents),
  ].join('\n');
  await Promise.all([
    browser.scripting.insertCSS({ target, css }),
    code &&
      browser.scripting.executeScript({ target, files: [LENS_FILE], injectImmediately: true }),
  ]);
  return { names, documents, terms: typeof terms === 'string' ? terms : '[]', css };
}
