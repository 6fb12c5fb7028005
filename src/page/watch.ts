/**
 * Watching a page that has shown no term yet, shared by the content script's first look
 * (`sentinel.ts`) and the scanner: shown content looked at again, and open shadow roots found.
 */

/** How soon shown content is looked at again while the page has no term… */
const REVEAL_DELAY_MS = 250;
/** …and how long the wait can grow on a page that keeps changing styles. */
const REVEAL_MAX_DELAY_MS = 8_000;

/**
 * Until `look` finds something (resolves true), shown content is looked at again: a class,
 * style, `hidden` or `open` change may reveal text that was not rendered (and so not in
 * innerText) before. A page that animates by changing styles would have its text read again and
 * again: each look that finds nothing doubles the wait before the next (250 ms up to 8 s).
 * Returns the function that stops watching.
 */
export function watchReveals(root: Node, look: () => Promise<boolean>): () => void {
  let pending = false;
  let stopped = false;
  let delay = REVEAL_DELAY_MS;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimeout(async () => {
      if (stopped) return;
      const found = await look();
      pending = false;
      if (found) stop();
      else delay = Math.min(delay * 2, REVEAL_MAX_DELAY_MS);
    }, delay);
  });
  observer.observe(root, {
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open'],
    subtree: true,
  });
  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  return stop;
}

let query: XPathExpression | undefined;

/**
 * Elements under `root` (itself included) that may host an open shadow root, found without
 * reading its text. Only custom elements (a hyphen in the name), the usual shadow hosts, are
 * looked at: an XPath query finds them natively, where a loop over every element would cost a
 * wrapper per element. In a shadow root (not a context XPath takes), under each of its children.
 */
export function customElementsUnder(root: Node): Element[] {
  const found: Element[] = [];
  if (root.nodeType === 11) {
    for (const child of (root as ShadowRoot).children) found.push(...customElementsUnder(child));
    return found;
  }
  // Parsed once: a churning page adds elements all the time.
  query ??= document.createExpression("descendant-or-self::*[contains(local-name(), '-')]");
  const hosts = query.evaluate(root, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE);
  for (let i = 0; i < hosts.snapshotLength; i++) found.push(hosts.snapshotItem(i) as Element);
  return found;
}

/**
 * Open shadow roots under `root` not in `known` (see `customElementsUnder`); the custom elements
 * that have none yet go to `hosts`, which looks again later.
 */
export function findShadowRoots(
  root: Node,
  known: ReadonlySet<ShadowRoot>,
  hosts?: HostWatch,
): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const waiting: Element[] = [];
  for (const host of customElementsUnder(root)) {
    const shadow = host.shadowRoot;
    if (!shadow) waiting.push(host);
    else if (!known.has(shadow)) found.push(shadow);
  }
  hosts?.add(waiting);
  return found;
}

/** How long after a change the page's text is looked at: batches bursts, well under 200 ms… */
const BATCH_MS = 50;
/** …and how long the wait grows while changes keep coming (a clock, a ticker, a chat). */
const BATCH_MAX_MS = 800;

export interface Batcher {
  /** Something changed: `flush` will run. */
  poke(): void;
  stop(): void;
}

/**
 * Calls `flush` a while after a change, once for all the changes of that while: 50 ms at first;
 * when changes kept coming during the wait (a page that never stops changing), the next wait is
 * twice as long, up to 800 ms, so such a page costs a few looks a second; a wait with one change,
 * or a change after a pause, starts again at 50 ms. One timer per batch, and nothing but a count
 * per change (docs/decisions/061-churn.md).
 */
export function batcher(flush: () => void): Batcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = BATCH_MS;
  let changes = 0;
  let ranAt = 0;
  const run = () => {
    timer = undefined;
    wait = changes > 1 ? Math.min(wait * 2, BATCH_MAX_MS) : BATCH_MS;
    changes = 0;
    ranAt = performance.now();
    flush();
  };
  return {
    poke() {
      changes++;
      if (timer !== undefined) return;
      if (performance.now() - ranAt > wait) wait = BATCH_MS;
      timer = setTimeout(run, wait);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** An added element that is, or holds, a custom element (a leaf that is not needs no query). */
export function mayHostShadow(el: Element): boolean {
  return el.firstElementChild !== null || el.localName.includes('-');
}

/** Runs `job` when the page is idle (within 2 s). */
export function whenIdle(job: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(job, { timeout: 2_000 });
  else setTimeout(job, 200);
}

/**
 * When a host that had no shadow root is looked at again: 100 ms, 250 ms, 500 ms, 1 s, 2 s and
 * 4 s after it was seen (the gaps between those times).
 */
const HOST_LOOKS_MS = [100, 150, 250, 500, 1_000, 2_000];
/** At most this many hosts are kept. */
const MAX_HOSTS = 1_000;

export interface HostWatch {
  /**
   * Elements without a shadow root that may get one later (a custom element not defined yet).
   * One already on the schedule keeps its place: a custom element that changes every frame is
   * not looked at every 100 ms.
   */
  add(hosts: Iterable<Element>): void;
  stop(): void;
}

/**
 * Shadow roots attached after the page was first looked at, which no MutationObserver sees: a
 * custom element defined a second after load, an element that attaches its root when clicked.
 * Hosts that may get one are looked at again on a backed-off schedule (`HOST_LOOKS_MS`), then no
 * more until the reader clicks or types: then they and the elements on the event's path are
 * looked at again on the same schedule. The page's DOM is never polled: only these elements'
 * `shadowRoot`. Closed roots stay out of reach (docs/decisions/060-late-shadow-roots.md).
 */
export function watchHosts(onRoot: (root: ShadowRoot) => void): HostWatch {
  /** Host → the looks it has had (all of them: it waits for the reader's input). */
  const hosts = new Map<Element, number>();
  const abort = new AbortController();
  const all = HOST_LOOKS_MS.length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    let least = all;
    for (const looks of hosts.values()) if (looks < least) least = looks;
    timer =
      least < all && !abort.signal.aborted ? setTimeout(look, HOST_LOOKS_MS[least]) : undefined;
  };
  const look = () => {
    for (const [host, looks] of hosts) {
      if (looks >= all) continue;
      const root = host.shadowRoot;
      if (root || !host.isConnected) {
        hosts.delete(host);
        if (root) onRoot(root);
      } else hosts.set(host, looks + 1);
    }
    schedule();
  };
  /** Puts hosts on the schedule; one already on it (`again`: one that waits, too) keeps its place. */
  const add = (found: Iterable<Element>, again?: boolean) => {
    let added = false;
    for (const host of found) {
      const looks = hosts.get(host);
      if (looks === undefined ? hosts.size < MAX_HOSTS : again || looks >= all) {
        hosts.set(host, 0);
        added = true;
      }
    }
    if (added) schedule();
  };
  /** A click or a key: what it reached may attach a root in its handler, or a while later. */
  const poke = (event: Event) =>
    add(
      [
        ...hosts.keys(),
        ...event.composedPath().filter((t): t is Element => (t as Node).nodeType === 1),
      ],
      true,
    );
  const options = { capture: true, passive: true, signal: abort.signal };
  document.addEventListener('click', poke, options);
  document.addEventListener('keydown', poke, options);
  return {
    add: (found) => add(found),
    stop() {
      abort.abort();
      clearTimeout(timer);
      hosts.clear();
    },
  };
}
