/**
 * A page's text as one string — every text node under the root in document order, script and
 * style excluded — with the way back from string offsets to DOM positions. Quotes are described
 * (TextQuote / TextPosition selectors) and anchored again against this string.
 */
import { ownUi } from './collect.ts';

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

export interface TextModel {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
}

export function textModel(root: Node): TextModel {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      nodes.push(node as Text);
      starts.push(at);
      parts.push(data);
      at += data.length;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (NOT_TEXT.has(el.localName) || ownUi.has(el)) {
      // Step over the element and everything in it.
      let next = walker.nextSibling();
      while (!next && walker.parentNode()) next = walker.nextSibling();
      node = next;
      continue;
    }
    node = walker.nextNode();
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the last node starting at or before `offset`. */
function nodeIndex(model: TextModel, offset: number): number {
  let lo = 0;
  let hi = model.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((model.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM range of `text[start, end)`, or null when the model has no text there. */
export function rangeOf(model: TextModel, start: number, end: number): Range | null {
  if (model.nodes.length === 0 || start < 0 || end > model.text.length || start >= end) return null;
  const i = nodeIndex(model, start);
  // An end at a node's end stays in that node (not at the start of the next).
  const j = nodeIndex(model, end - 1);
  const a = model.nodes[i] as Text;
  const b = model.nodes[j] as Text;
  const range = a.ownerDocument.createRange();
  range.setStart(a, start - (model.starts[i] as number));
  range.setEnd(b, end - (model.starts[j] as number));
  return range;
}

/** The offset in `text` of a DOM boundary point, or -1 when it is outside the model. */
export function offsetOf(model: TextModel, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = model.nodes.indexOf(container as Text);
    return i < 0 ? -1 : (model.starts[i] as number) + offset;
  }
  // An element boundary: the first text node at or after the point.
  const doc = container.ownerDocument ?? document;
  const point = doc.createRange();
  point.setStart(container, offset);
  for (let i = 0; i < model.nodes.length; i++) {
    const node = model.nodes[i] as Text;
    if (point.comparePoint(node, 0) >= 0) return model.starts[i] as number;
  }
  return model.text.length;
}
