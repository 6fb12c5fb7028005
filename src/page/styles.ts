/**
 * Highlight styles in open shadow roots, which the stylesheet the background inserted into the
 * document does not reach: each gets an adopted sheet with the same rules (and random names).
 */

const sheets = new Map<string, CSSStyleSheet>();

/** Gives an open shadow root the highlight styles `css`. */
export function styleShadowRoot(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.clear();
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
