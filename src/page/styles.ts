/**
 * Highlight colours. The defaults come in with the manifest's stylesheet; colours the user chose
 * go in an adopted stylesheet (not an element: the page's DOM stays as it was). Open shadow
 * roots get a sheet of their own, since page styles do not reach into them.
 */
import { DEFAULT_COLOURS, type HighlightSettings, highlightCss } from '../settings/colours.ts';
import baseCss from './highlights.css?inline';

let documentSheet: CSSStyleSheet | undefined;
let shadowSheet: CSSStyleSheet | undefined;
let coloursCss = '';

function isDefault(settings: HighlightSettings): boolean {
  return Object.entries(settings.colours).every(
    ([id, c]) => DEFAULT_COLOURS[id as keyof typeof DEFAULT_COLOURS] === c,
  );
}

/** Applies the user's colours (or takes them away when they are the defaults). */
export function applyColours(settings: HighlightSettings): void {
  coloursCss = isDefault(settings) ? '' : highlightCss(settings);
  shadowSheet?.replaceSync(`${baseCss}\n${coloursCss}`);
  if (coloursCss === '') {
    removeColours();
    return;
  }
  if (!documentSheet) documentSheet = new CSSStyleSheet();
  documentSheet.replaceSync(coloursCss);
  if (!document.adoptedStyleSheets.includes(documentSheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, documentSheet];
  }
}

export function removeColours(): void {
  if (!documentSheet) return;
  const sheet = documentSheet;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** Gives an open shadow root the highlight styles. */
export function styleShadowRoot(root: ShadowRoot): void {
  if (!shadowSheet) {
    shadowSheet = new CSSStyleSheet();
    shadowSheet.replaceSync(`${baseCss}\n${coloursCss}`);
  }
  if (!root.adoptedStyleSheets.includes(shadowSheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
  }
}
