import type { Registry, TermRange } from './registry.ts';

interface HitResult {
  highlight: Highlight;
  ranges?: AbstractRange[];
}
type HitTestingRegistry = HighlightRegistry & {
  highlightsFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => HitResult[];
};
type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
};

/** The term occurrence under a point (viewport coordinates), if any. */
export function termAt(
  registry: Registry,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): TermRange | undefined {
  const highlights = CSS.highlights as HitTestingRegistry;
  if (highlights.highlightsFromPoint) {
    for (const hit of highlights.highlightsFromPoint(x, y, { shadowRoots })) {
      for (const range of hit.ranges ?? []) {
        const found = registry.lookup(range);
        if (found) return found;
      }
    }
    return undefined;
  }
  // Browsers without highlightsFromPoint: the caret position under the point.
  const caret = (document as CaretDocument).caretPositionFromPoint?.(x, y);
  if (!caret) return undefined;
  return registry.all().find((f) => {
    const r = f.range;
    return (
      r.comparePoint(caret.offsetNode, caret.offset) === 0 &&
      !(caret.offsetNode === r.endContainer && caret.offset === r.endOffset)
    );
  });
}
