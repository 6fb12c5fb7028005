/**
 * The ranges of the terms found on a page, kept per block and painted with one Highlight per
 * category (CSS Custom Highlight API: the page's DOM is never changed).
 */

export interface TermRange {
  termId: string;
  /** The glossary form that matched. */
  variant: string;
  range: Range;
}

/** A range whose text was removed or moved: its ends are no longer inside connected text. */
function isStale(range: Range): boolean {
  return (
    range.collapsed ||
    range.startContainer.nodeType !== Node.TEXT_NODE ||
    range.endContainer.nodeType !== Node.TEXT_NODE ||
    !range.startContainer.isConnected ||
    !range.endContainer.isConnected
  );
}

export class Registry {
  private readonly byBlock = new Map<Node, TermRange[]>();
  private readonly byRange = new Map<AbstractRange, TermRange>();
  private readonly highlights = new Map<string, Highlight>();
  /** Occurrences per term, kept as ranges come and go. */
  private readonly counts = new Map<string, number>();
  /** Ranges of ambiguous forms held back for want of context (not highlighted, not counted). */
  private readonly heldByBlock = new Map<Node, TermRange[]>();

  /** `nameOf`: the highlight name of a term's category (the page's stylesheet colours it). */
  constructor(private readonly nameOf: (termId: string) => string) {}

  get size(): number {
    return this.byRange.size;
  }

  /** Adds ranges found in the text of `block`. */
  add(block: Node, found: TermRange[]): void {
    if (found.length === 0) return;
    const list = this.byBlock.get(block);
    if (list) list.push(...found);
    else this.byBlock.set(block, [...found]);
    for (const f of found) {
      this.count(f.termId, 1);
      this.byRange.set(f.range, f);
      this.highlightFor(f.termId).add(f.range);
    }
  }

  /** Keeps ranges found in the text of `block` that are not to be shown yet. */
  hold(block: Node, found: TermRange[]): void {
    if (found.length === 0) return;
    const list = this.heldByBlock.get(block);
    if (list) list.push(...found);
    else this.heldByBlock.set(block, [...found]);
  }

  /** The ranges held back, in the order they were found. */
  held(): TermRange[] {
    return [...this.heldByBlock.values()].flat();
  }

  /** Shows held ranges from now on. */
  release(shown: ReadonlySet<TermRange>): void {
    for (const [block, list] of this.heldByBlock) {
      const kept = list.filter((f) => !shown.has(f));
      if (kept.length === list.length) continue;
      if (kept.length === 0) this.heldByBlock.delete(block);
      else this.heldByBlock.set(block, kept);
      this.add(
        block,
        list.filter((f) => shown.has(f)),
      );
    }
  }

  delete(block: Node): void {
    this.heldByBlock.delete(block);
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    for (const f of old) this.forget(f);
  }

  /** Drops every range whose text was removed or moved; returns how many. */
  sweep(): number {
    let dropped = 0;
    for (const [block, list] of this.heldByBlock) {
      const kept = list.filter((f) => !isStale(f.range));
      if (kept.length === 0) this.heldByBlock.delete(block);
      else if (kept.length < list.length) this.heldByBlock.set(block, kept);
    }
    for (const [block, list] of this.byBlock) {
      const kept = list.filter((f) => !isStale(f.range));
      if (kept.length === list.length) continue;
      for (const f of list) if (isStale(f.range)) this.forget(f);
      dropped += list.length - kept.length;
      if (kept.length === 0) this.byBlock.delete(block);
      else this.byBlock.set(block, kept);
    }
    return dropped;
  }

  clear(): void {
    this.counts.clear();
    this.heldByBlock.clear();
    this.byBlock.clear();
    this.byRange.clear();
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }

  lookup(range: AbstractRange): TermRange | undefined {
    return this.byRange.get(range);
  }

  all(): TermRange[] {
    return [...this.byRange.values()];
  }

  /** Occurrences of one term, in document order. */
  occurrences(termId: string): TermRange[] {
    return this.all()
      .filter((f) => f.termId === termId)
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /**
   * The terms and their counts, as a string: a report that would say the same need not be sent
   * (a ticker's lines come and go with the same terms).
   */
  counted(): string {
    return [...this.counts].join();
  }

  private count(termId: string, by: number): void {
    const n = (this.counts.get(termId) ?? 0) + by;
    if (n > 0) this.counts.set(termId, n);
    else this.counts.delete(termId);
  }

  private forget(f: TermRange): void {
    this.count(f.termId, -1);
    this.byRange.delete(f.range);
    this.highlights.get(this.nameOf(f.termId))?.delete(f.range);
  }

  private highlightFor(termId: string): Highlight {
    const name = this.nameOf(termId);
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }
}
