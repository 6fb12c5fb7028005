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
  const doc = root.ownerDocument ?? document;
  const hosts = doc.evaluate(
    "descendant-or-self::*[contains(local-name(), '-')]",
    root,
    null,
    XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE,
    null,
  );
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
const HOST_CHECKS_MS = [100, 150, 250, 500, 1_000, 2_000];
/** At most this many hosts wait for the reader's input to be looked at again. */
const MAX_DORMANT = 1_000;

export interface HostWatch {
  /** Elements without a shadow root that may get one later (a custom element not defined yet). */
  add(hosts: Iterable<Element>): void;
  stop(): void;
}

/**
 * Shadow roots attached after the page was first looked at, which no MutationObserver sees: a
 * custom element defined a second after load, an element that attaches its root when clicked.
 * Hosts that may get one are looked at again on a backed-off schedule (`HOST_CHECKS_MS`), then
 * no more until the reader clicks or types: then the elements on the event's path and the hosts
 * that had none are looked at again on the same schedule. The page's DOM is never polled: only
 * these elements' `shadowRoot`. Closed shadow roots stay out of reach
 * (docs/decisions/060-late-shadow-roots.md).
 */
export function watchHosts(onRoot: (root: ShadowRoot) => void): HostWatch {
  /** Hosts on the schedule, with the number of looks they have had. */
  const fresh = new Map<Element, number>();
  /** Custom elements that went through the schedule without a root. */
  const dormant = new Set<Element>();
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const look = () => {
    timer = undefined;
    for (const [host, looks] of fresh) {
      const root = host.shadowRoot;
      if (root || !host.isConnected || looks + 1 >= HOST_CHECKS_MS.length) {
        fresh.delete(host);
        if (root) onRoot(root);
        else if (host.isConnected && host.localName.includes('-') && dormant.size < MAX_DORMANT) {
          dormant.add(host);
        }
      } else fresh.set(host, looks + 1);
    }
    schedule();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    if (abort.signal.aborted || fresh.size === 0) return;
    let least = HOST_CHECKS_MS.length - 1;
    for (const looks of fresh.values()) if (looks < least) least = looks;
    timer = setTimeout(look, HOST_CHECKS_MS[least]);
  };
  /** A click or a key: what it reached may attach a root in its handler, or later. */
  const poke = (event: Event) => {
    for (const target of event.composedPath()) {
      if ((target as Node).nodeType === 1) fresh.set(target as Element, 0);
    }
    for (const host of dormant) fresh.set(host, 0);
    dormant.clear();
    schedule();
  };
  const options = { capture: true, passive: true, signal: abort.signal };
  document.addEventListener('click', poke, options);
  document.addEventListener('keydown', poke, options);
  return {
    add(hosts) {
      let added = false;
      for (const host of hosts) {
        if (fresh.get(host) === 0) continue;
        fresh.set(host, 0);
        dormant.delete(host);
        added = true;
      }
      if (added && !abort.signal.aborted) schedule();
    },
    stop() {
      abort.abort();
      clearTimeout(timer);
      fresh.clear();
      dormant.clear();
    },
  };
}
