/**
 * Finds the glossary's terms in a document and keeps the highlights current as the page changes:
 * scanning in slices that leave the main thread free, a batched MutationObserver for text added,
 * changed or removed later, and open shadow roots.
 */

import type { FrameContext } from '../match/frame-context.ts';
import { blockOf, isInline, isInSkipped, type Run, runs } from './collect.ts';
import type { Finder } from './finder.ts';
import type { Registry, TermRange } from './registry.ts';
import { SliceClock, type SliceStats, yieldToMain } from './slices.ts';
import {
  batcher,
  customElementsUnder,
  findShadowRoots,
  type HostWatch,
  mayHostShadow,
  watchHosts,
  watchReveals,
  whenIdle,
} from './watch.ts';

export interface ScannerStats extends SliceStats {
  /** performance.now() when the first full scan ended (0 until then). */
  firstScanDoneAt: number;
  /** performance.now() when what was in view at the start was scanned (0 until then). */
  inViewDoneAt: number;
}

export class Scanner {
  readonly shadowRoots = new Set<ShadowRoot>();
  readonly stats: ScannerStats = {
    busyMs: 0,
    longestSliceMs: 0,
    slices: 0,
    firstScanDoneAt: 0,
    inViewDoneAt: 0,
  };
  private readonly observer: MutationObserver;
  private readonly dirty = new Set<Node>();
  private readonly deepDirty = new Set<Node>();
  private sweepNeeded = false;
  /** The text node of the last characterData change of this batch (its block is dirty). */
  private lastData: Node | undefined;
  /** Changes are scanned in batches, less often while they keep coming (`batcher`). */
  private readonly batch = batcher(() => void this.enqueue(() => this.flush()));
  private stopReveals: (() => void) | undefined;
  /** Custom elements without a shadow root yet, looked at again later (`watchHosts`). */
  private hosts: HostWatch | undefined;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly finder: Finder,
    private readonly registry: Registry,
    private readonly onChange: () => void,
    /** Called once per open shadow root found, so the caller can style highlights inside it. */
    private readonly onShadowRoot: (root: ShadowRoot) => void = () => {},
    /** Terms to highlight (the user can turn categories off). */
    private readonly shows: (termId: string) => boolean = () => true,
    /** Holds ambiguous forms (GBA, 香港) until the frame has context (docs/decisions/090). */
    private readonly context?: FrameContext,
  ) {
    this.observer = new MutationObserver((records) => this.record(records));
  }

  /**
   * Scans `root` fully, then watches it for changes. `checked`: the content script's first look
   * already found that the page may have terms (or the text that may have them was added later).
   */
  start(root: Node, checked = false): Promise<void> {
    this.observe(root);
    this.hosts = watchHosts(
      (shadow) =>
        void this.enqueue(async () => {
          await this.adoptShadowRoots([shadow]);
          this.onChange();
        }),
    );
    return this.enqueue(async () => {
      // Most pages have none of the terms. The precheck (native RegExps) over the page's
      // visible text says so without building the matcher or walking the DOM. Text that is
      // hidden now (a collapsed section, another tab) is looked at again when it is shown.
      if (checked || this.mayHaveTerms(root)) {
        // Building the matcher is one task of a few ms: let it be a task of its own.
        await yieldToMain();
        void this.finder.matcher;
        await yieldToMain();
        // What is in view first: on a long page the reader sees highlights before the rest is read.
        for (const part of partsInView(root)) await this.scanDeep(part);
        this.stats.inViewDoneAt = performance.now();
        await this.scanDeep(root);
      } else {
        this.stopReveals = watchReveals(root, () => this.lookAgain(root));
      }
      // Shadow roots not met in the walk, and custom elements that may attach one later.
      whenIdle(() => void this.enqueue(() => this.scanShadowRoots(root)));
      this.stats.firstScanDoneAt = performance.now();
      this.onChange();
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.stopReveals?.();
    this.hosts?.stop();
    this.batch.stop();
    this.dirty.clear();
    this.deepDirty.clear();
  }

  /** Resolves once every pending scan has run (for tests and the benchmark). */
  idle(): Promise<void> {
    return this.running;
  }

  private observe(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.running = this.running.then(() => (this.stopped ? undefined : job()));
    return this.running;
  }

  private record(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target;
      if (r.type === 'characterData') {
        // A counter or a clock changes the same text node frame after frame: once per batch.
        if (target !== this.lastData) this.dirty.add(blockOf(target));
        this.lastData = target;
        continue;
      }
      // A custom element upgraded late often renders into itself as it attaches its root.
      const name = (target as Element).localName;
      if (name?.includes('-') && !(target as Element).shadowRoot) {
        this.hosts?.add([target as Element]);
      }
      if (r.removedNodes.length > 0) {
        this.sweepNeeded = true;
        // Text on either side of a removed inline element may now read as one; a removed block
        // (the oldest line of a ticker) leaves the text around it as it was.
        for (const node of r.removedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) continue;
          this.dirty.add(isBlockNode(r.target) ? r.target : blockOf(r.target));
          break;
        }
      }
      for (const node of r.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) {
          this.deepDirty.add(node);
        } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
          // New inline content joins the text of the block it lands in; its inner blocks are new too.
          this.dirty.add(blockOf(node));
          if (node.nodeType === Node.ELEMENT_NODE) this.deepDirty.add(node);
        }
      }
    }
    this.batch.poke();
  }

  private async flush(): Promise<void> {
    const deep = outermost([...this.deepDirty].filter((n) => n.isConnected));
    const shallow = [...this.dirty].filter(
      (n) => n.isConnected && !deep.some((d) => d.contains(n)),
    );
    this.deepDirty.clear();
    this.dirty.clear();
    this.lastData = undefined;
    const clock = new SliceClock(this.stats);
    // Ranges whose text went: only where there are ranges (a page of terms that also churns).
    if (this.sweepNeeded && this.registry.size > 0) this.registry.sweep();
    this.sweepNeeded = false;
    // The precheck first: on a page that changes a lot but has no term (a ticker, a chat), the
    // matcher is never needed.
    for (const block of shallow) {
      this.registry.delete(block);
      if (isInSkipped(block, block.getRootNode())) continue;
      const text = block.textContent ?? '';
      // Text without a term may still hold a context word.
      if (!this.finder.mayContain(text)) {
        this.context?.read(text);
        continue;
      }
      for (const run of runs(block, { shallow: true })) this.paint(run);
      await clock.maybeYield();
    }
    for (const root of deep) {
      if (isInSkipped(root, root.getRootNode())) continue;
      const text = root.textContent ?? '';
      if (this.finder.mayContain(text)) await this.scanDeep(root, clock);
      else this.context?.read(text);
      if (mayHostShadow(root as Element)) await this.scanShadowRoots(root);
    }
    this.settle();
    clock.end();
    this.onChange();
  }

  private async scanDeep(root: Node, clock = new SliceClock(this.stats)): Promise<void> {
    const found: ShadowRoot[] = [];
    const seen = new Set<Node>();
    for (const run of runs(root, { onShadowRoot: (s) => found.push(s) })) {
      // A run of a block around `root` (root is inline) belongs to that block's own rescan.
      if (!root.contains(run.block)) continue;
      // A block's old ranges go the first time one of its runs is met in this scan.
      if (!seen.has(run.block)) {
        seen.add(run.block);
        this.registry.delete(run.block);
      }
      this.paint(run);
      if (clock.due()) await clock.yield();
      if (this.stopped) return;
    }
    this.settle();
    clock.end();
    await this.adoptShadowRoots(found);
  }

  /** Shows the held ranges that the text scanned so far gives context to. */
  private settle(): void {
    if (!this.context) return;
    const shown = this.context.settle(this.registry.held());
    if (shown.length > 0) this.registry.release(new Set(shown));
  }

  /** The precheck over the rendered text of `root` (all its text for a shadow root). */
  private mayHaveTerms(root: Node): boolean {
    const clock = new SliceClock(this.stats);
    // innerText on purpose: the rendered text leaves out scripts and styles (most of the
    // characters of many news pages), and layout is usually done by document_idle.
    // biome-ignore lint/performance/useDomNodeTextContent: see above.
    const text = root instanceof HTMLElement ? root.innerText : (root.textContent ?? '');
    const yes = this.finder.mayContain(text);
    clock.end();
    return yes;
  }

  /** Shown content, looked at again: true once it may have terms (and has been scanned). */
  private lookAgain(root: Node): Promise<boolean> {
    let found = false;
    return this.enqueue(async () => {
      if (!this.mayHaveTerms(root)) return;
      found = true;
      await this.scanDeep(root);
      this.onChange();
    }).then(() => found);
  }

  /** Finds open shadow roots under `root` (`watch.ts`), and scans them. */
  private async scanShadowRoots(root: Node): Promise<void> {
    const clock = new SliceClock(this.stats);
    const found = findShadowRoots(root, this.shadowRoots, this.hosts);
    clock.end();
    await this.adoptShadowRoots(found);
    if (found.length > 0) this.onChange();
  }

  private async adoptShadowRoots(found: ShadowRoot[]): Promise<void> {
    for (const shadow of found) {
      if (this.shadowRoots.has(shadow)) continue;
      this.shadowRoots.add(shadow);
      this.onShadowRoot(shadow);
      this.observe(shadow);
      await this.scanDeep(shadow);
      // Its own custom elements may attach roots later.
      this.hosts?.add(customElementsUnder(shadow).filter((host) => !host.shadowRoot));
    }
  }

  /** Matches one run and adds its ranges to what is kept for its block. */
  private paint(run: Run): void {
    const texts = run.nodes.map((n) => n.data);
    this.context?.read(texts);
    const matches = this.finder.matcher.find(texts.length === 1 ? (texts[0] as string) : texts);
    if (matches.length === 0) return;
    const doc = run.nodes[0]?.ownerDocument ?? document;
    const ends: number[] = [];
    let total = 0;
    for (const t of texts) {
      total += t.length;
      ends.push(total);
    }
    const at = (offset: number, isEnd: boolean): [Text, number] => {
      // The node holding `offset`; an end offset at a node's end stays in that node.
      let i = 0;
      while (
        i < ends.length - 1 &&
        (isEnd ? offset > (ends[i] as number) : offset >= (ends[i] as number))
      )
        i++;
      const start = i === 0 ? 0 : (ends[i - 1] as number);
      return [run.nodes[i] as Text, offset - start];
    };
    const toRanges = (list: typeof matches): TermRange[] =>
      list
        .filter((m) => this.shows(m.termId))
        .map((m) => {
          const range = doc.createRange();
          range.setStart(...at(m.start, false));
          range.setEnd(...at(m.end, true));
          return { termId: m.termId, variant: m.variant, range };
        });
    const { shown, held } = this.context?.sort(matches) ?? { shown: matches, held: [] };
    this.registry.add(run.block, toRanges(shown));
    this.registry.hold(run.block, toRanges(held));
  }
}

/**
 * The blocks under a few points of the viewport (a paragraph, a list item…), none taller than two
 * screens: scanned first, they are what the reader is looking at.
 */
function partsInView(root: Node): Element[] {
  if (!(root instanceof Element) || root.ownerDocument !== document) return [];
  const found: Element[] = [];
  for (const x of [0.33, 0.5]) {
    for (const y of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      let el = document.elementFromPoint(innerWidth * x, innerHeight * y);
      while (el && el !== root && isInline(el)) el = el.parentElement;
      if (!el || el === root || !root.contains(el) || found.includes(el)) continue;
      if (el.getBoundingClientRect().height > innerHeight * 2) continue;
      found.push(el);
    }
  }
  return outermost(found) as Element[];
}

function isBlockNode(node: Node): boolean {
  return node.nodeType !== Node.ELEMENT_NODE || !isInline(node as Element);
}

/** Drops nodes that are inside another node of the list. */
function outermost(nodes: Node[]): Node[] {
  return nodes.filter((n) => !nodes.some((o) => o !== n && o.contains(n)));
}
