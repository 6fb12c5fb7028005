/**
 * Walking a page's text: which text is prose, and which runs of text nodes read as one string.
 *
 * Text nodes that follow each other inside one block (a paragraph, a list item, a cell) form a
 * *run*: 粤港澳<a>大湾区</a> is one run of two nodes, so a term split by inline markup still matches.
 * A block element, a line break or a skipped element ends a run.
 */

/** Elements whose text is not the page's prose, or that the user is typing into. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'head',
  'title',
  'rt',
  'rp',
  'code',
  'pre',
  'kbd',
  'samp',
]);

/** Elements that flow inside a line: text on either side of them belongs to the same run. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'nobr',
  'big',
]);

/**
 * The extension's own UI on the page (the hover card's host), which is never scanned. A set, not
 * an attribute: nothing in the page's DOM names the extension.
 */
export const ownUi = new WeakSet<Element>();

export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.localName) || ownUi.has(el)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** The nearest ancestor that is not inline: the block a text node's run belongs to. */
export function blockOf(node: Node): Node {
  let el = node.parentNode;
  while (el && el.nodeType === Node.ELEMENT_NODE && isInline(el as Element)) el = el.parentNode;
  return el ?? node;
}

/** True when the node is inside skipped content (a script, a form field, an editable region). */
export function isInSkipped(node: Node, stopAt: Node): boolean {
  for (let el = node.parentElement; el && el !== stopAt; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

export interface Run {
  /** The block that holds the run: the key under which its highlights are kept. */
  block: Node;
  nodes: Text[];
}

export interface WalkOptions {
  /** Do not descend into block elements below the root (rescan of a block's own text). */
  shallow?: boolean;
  /** Called for each open shadow root met on the way (its content is not walked here). */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Walks the prose under `root` and yields its runs in document order. A generator, so the
 * caller can stop between runs to give the main thread back.
 */
export function* runs(root: Node, options: WalkOptions = {}): Generator<Run> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === Node.TEXT_NODE) {
    yield { block: blockOf(root), nodes: [root as Text] };
    return;
  }
  if (root.nodeType === Node.ELEMENT_NODE && isSkipped(root as Element)) return;
  // No NodeFilter callback (a call into JS per node): skipped subtrees are stepped over below.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let current: Run | undefined;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const block = blockOf(node);
      if (current?.block === block) current.nodes.push(node as Text);
      else {
        if (current) yield current;
        current = { block, nodes: [node as Text] };
      }
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (!isInline(el)) {
      // A block element, a line break, an image, a form field…: what follows is another run.
      if (current) yield current;
      current = undefined;
      if (isSkipped(el) || options.shallow) {
        node = nextOutside(walker);
        continue;
      }
    }
    if (el.shadowRoot && options.onShadowRoot) options.onShadowRoot(el.shadowRoot);
    node = walker.nextNode();
  }
  if (current) yield current;
}

/** The node after the walker's current node and all its descendants (null at the root's end). */
function nextOutside(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next) {
    if (!walker.parentNode()) return null;
    next = walker.nextSibling();
  }
  return next;
}
