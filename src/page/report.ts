/** The page's report: which terms it has, how often, in the order they first appear. */
import type { HeldTerm, PageTerm } from '../match/report.ts';
import type { TermRange } from './registry.ts';

/** True if `a` starts before `b` in the document (ranges in different trees: false). */
export function before(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) < 0;
  } catch {
    return false;
  }
}

/** The occurrences in document order. */
export function inDocumentOrder(ranges: TermRange[]): TermRange[] {
  return ranges.sort((a, b) => (before(a.range, b.range) ? -1 : 1));
}

/** Each term once, with its count, ordered by its first occurrence. */
export function pageTerms(ranges: readonly TermRange[]): PageTerm[] {
  const first = new Map<string, TermRange>();
  const counts = new Map<string, number>();
  for (const f of ranges) {
    counts.set(f.termId, (counts.get(f.termId) ?? 0) + 1);
    const seen = first.get(f.termId);
    if (!seen || before(f.range, seen.range)) first.set(f.termId, f);
  }
  return inDocumentOrder([...first.values()]).map((f, order) => ({
    termId: f.termId,
    count: counts.get(f.termId) ?? 0,
    order,
  }));
}

/** Each held form once, with its count, in the order of first appearance. */
export function heldTerms(ranges: readonly TermRange[]): HeldTerm[] {
  const byForm = new Map<string, HeldTerm>();
  for (const f of inDocumentOrder([...ranges])) {
    const key = `${f.termId}\u0000${f.variant}`;
    const seen = byForm.get(key);
    if (seen) seen.count++;
    else byForm.set(key, { termId: f.termId, form: f.variant, count: 1 });
  }
  return [...byForm.values()];
}
