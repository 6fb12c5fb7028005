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
 * Elements under `root` that may host an open shadow root, found without reading its text. Only
 * custom elements (a hyphen in the name), the usual shadow hosts, are looked at: an XPath query
 * finds them natively, where a loop over every element would cost a wrapper per element.
 */
export function customElementsUnder(root: Node): Element[] {
  const doc = root.ownerDocument ?? document;
  const hosts = doc.evaluate(
    "descendant::*[contains(local-name(), '-')]",
    root,
    null,
    XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE,
    null,
  );
  const found: Element[] = [];
  for (let i = 0; i < hosts.snapshotLength; i++) found.push(hosts.snapshotItem(i) as Element);
  return found;
}

/** Open shadow roots under `root` not in `known` (see `customElementsUnder`). */
export function findShadowRoots(root: Node, known: ReadonlySet<ShadowRoot>): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const host of customElementsUnder(root)) {
    const shadow = host.shadowRoot;
    if (shadow && !known.has(shadow)) found.push(shadow);
  }
  return found;
}

/** Runs `job` when the page is idle (within 2 s). */
export function whenIdle(job: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(job, { timeout: 2_000 });
  else setTimeout(job, 200);
}
