import type { TermRange } from './scan';

/** Highlight names are `nansha-lens-<category>`; the stylesheet colours each one. */
export const HIGHLIGHT_PREFIX = 'nansha-lens-';

/** Registers one Highlight per category, replacing what this script registered before. */
export function paint(
  found: readonly TermRange[],
  categoryOf: (termId: string) => string,
): Map<AbstractRange, string> {
  const byCategory = new Map<string, Range[]>();
  const termOf = new Map<AbstractRange, string>();
  for (const f of found) {
    const name = HIGHLIGHT_PREFIX + categoryOf(f.termId);
    const list = byCategory.get(name) ?? [];
    list.push(f.range);
    byCategory.set(name, list);
    termOf.set(f.range, f.termId);
  }
  clear();
  for (const [name, ranges] of byCategory) CSS.highlights.set(name, new Highlight(...ranges));
  return termOf;
}

export function clear(): void {
  for (const name of [...CSS.highlights.keys()]) {
    if (name.startsWith(HIGHLIGHT_PREFIX)) CSS.highlights.delete(name);
  }
}

interface HitResult {
  highlight: Highlight;
  ranges?: AbstractRange[];
}
type HighlightRegistryWithHitTest = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => HitResult[];
};

function contains(range: AbstractRange, x: number, y: number): boolean {
  if (!(range instanceof Range)) return false;
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/** The term under the point (viewport coordinates), if any. */
export function termAt(
  termOf: Map<AbstractRange, string>,
  x: number,
  y: number,
): string | undefined {
  const registry = CSS.highlights as HighlightRegistryWithHitTest;
  if (registry.highlightsFromPoint) {
    const hits = registry.highlightsFromPoint(x, y);
    if (hits.length === 0) return undefined;
    for (const hit of hits) {
      for (const range of hit.ranges ?? hit.highlight) {
        const id = termOf.get(range);
        if (id && (hit.ranges || contains(range, x, y))) return id;
      }
    }
    return undefined;
  }
  for (const [range, id] of termOf) if (contains(range, x, y)) return id;
  return undefined;
}
