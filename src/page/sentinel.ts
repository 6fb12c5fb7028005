/**
 * The content script's first look, and its watch while the page shows no term: the precheck over
 * the page's rendered text, then text added or changed later, content shown later, and open
 * shadow roots. Nothing else is loaded until it says the page may have a term (`lens.js`, the
 * matcher, the hover card: see entrypoints/lens.ts).
 */
import { isInSkipped, isSkipped } from './collect.ts';
import { SliceClock, type SliceStats } from './slices.ts';
import {
  batcher,
  customElementsUnder,
  findShadowRoots,
  type HostWatch,
  mayHostShadow,
  watchHosts,
  watchReveals,
} from './watch.ts';

export interface SentinelStats extends SliceStats {
  /** performance.now() when the first look ended (0 until then). */
  firstLookAt: number;
}

export class Sentinel {
  readonly stats: SentinelStats = { busyMs: 0, longestSliceMs: 0, slices: 0, firstLookAt: 0 };
  private readonly observer = new MutationObserver((records) => this.record(records));
  private readonly added = new Set<Node>();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private stopReveals: (() => void) | undefined;
  /** Custom elements without a shadow root yet, looked at again later (`watchHosts`). */
  private hosts: HostWatch | undefined;
  private readonly batch = batcher(() => this.flush());
  private done = false;

  constructor(
    /** The precheck: may this text contain a term? */
    private readonly mayContain: (text: string) => boolean,
    /** Called once, when some text of the page may contain a term. */
    private readonly onMaybe: () => void,
  ) {}

  /** True if the page may have a term now; otherwise it is watched until it may. */
  start(root: Element): boolean {
    const clock = new SliceClock(this.stats);
    // innerText on purpose: the rendered text leaves out scripts and styles (most of the
    // characters of many news pages), and layout is usually done by document_idle.
    let maybe = this.mayContain(renderedText(root));
    // Open shadow roots are not in innerText: they are looked at in this task, custom elements
    // still without one later (docs/decisions/005-first-look-one-task.md, 060-late-shadow-roots.md).
    const waiting: Element[] = [];
    if (!maybe) {
      for (const host of customElementsUnder(root)) {
        const shadow = host.shadowRoot;
        if (!shadow) waiting.push(host);
        else if (!maybe) {
          this.shadowRoots.add(shadow);
          maybe = this.mayContain(shadow.textContent ?? '');
        }
      }
    }
    clock.end();
    this.stats.firstLookAt = performance.now();
    if (maybe) {
      this.done = true;
      return true;
    }
    this.observe(root);
    for (const shadow of this.shadowRoots) this.observe(shadow);
    this.stopReveals = watchReveals(root, async () => this.look(renderedText(root)));
    this.hosts = watchHosts((shadow) => {
      const clock = new SliceClock(this.stats);
      this.adopt(shadow);
      clock.end();
    });
    this.hosts.add(waiting);
    return false;
  }

  stop(): void {
    this.done = true;
    this.observer.disconnect();
    this.stopReveals?.();
    this.hosts?.stop();
    this.batch.stop();
    this.added.clear();
  }

  private observe(root: Node): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private adopt(shadow: ShadowRoot): void {
    if (this.done || this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.observe(shadow);
    if (this.look(shadow.textContent ?? '')) return;
    for (const nested of findShadowRoots(shadow, this.shadowRoots, this.hosts)) this.adopt(nested);
  }

  private record(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') this.added.add(r.target);
      for (const node of r.addedNodes) this.added.add(node);
    }
    this.batch.poke();
  }

  private flush(): void {
    const clock = new SliceClock(this.stats);
    const nodes = [...this.added];
    this.added.clear();
    for (const node of nodes) {
      if (this.done) break;
      if (!node.isConnected || isInSkipped(node, node.getRootNode())) continue;
      if (node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)) continue;
      if (this.look(node.textContent ?? '')) break;
      if (node.nodeType === Node.ELEMENT_NODE && mayHostShadow(node as Element)) {
        for (const shadow of findShadowRoots(node, this.shadowRoots, this.hosts)) {
          this.adopt(shadow);
        }
      }
    }
    clock.end();
  }

  /** The precheck on `text`; if it may have a term, the watch ends and the page is handed on. */
  private look(text: string): boolean {
    if (this.done || !this.mayContain(text)) return false;
    this.stop();
    this.onMaybe();
    return true;
  }
}

function renderedText(root: Element): string {
  // An SVG or MathML root has no innerText. Not `instanceof HTMLElement`, a first use that costs
  // in a new renderer (docs/decisions/005-first-look-one-task.md).
  // biome-ignore lint/performance/useDomNodeTextContent: innerText leaves out scripts and styles.
  return (root as Partial<HTMLElement>).innerText ?? root.textContent ?? '';
}
