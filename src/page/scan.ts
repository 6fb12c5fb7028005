import type { Matcher } from '../match/matcher';

/** Elements whose text is never a reader's prose, or belongs to a form field. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'SVG',
  'CODE',
  'PRE',
]);

export interface TermRange {
  termId: string;
  variant: string;
  range: Range;
}

function accept(node: Node): number {
  const parent = node.parentElement;
  if (!parent) return NodeFilter.FILTER_REJECT;
  if (SKIP.has(parent.tagName.toUpperCase()) || parent.isContentEditable)
    return NodeFilter.FILTER_REJECT;
  if (
    parent.closest(
      'script,style,noscript,template,textarea,select,[contenteditable=""],[contenteditable="true"]',
    )
  ) {
    return NodeFilter.FILTER_REJECT;
  }
  return NodeFilter.FILTER_ACCEPT;
}

/** Finds the glossary's terms in the text under `root` and returns one Range per match. */
export function scan(root: Node, matcher: Matcher): TermRange[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: accept });
  const found: TermRange[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length < 2) continue;
    for (const m of matcher.find(text)) {
      const range = doc.createRange();
      range.setStart(node, m.start);
      range.setEnd(node, m.end);
      found.push({ termId: m.termId, variant: m.variant, range });
    }
  }
  return found;
}
