/**
 * The user's notes on this page: their quotes found again and underlined (a Highlight of their
 * own, distinct from the terms'), which note is under the pointer, and what to note from a
 * selection. Anchoring itself runs in the background, which has the notes and the full
 * Traditional → Simplified table; this side sends the page's text only when the page has notes.
 */
import { describeQuote } from '../anchor/core.ts';
import type { NoteCapture, PageNotesStatus, QuoteToAnchor } from '../anchor/types.ts';
import { sendToBackground } from '../messaging/send.ts';
import { ownUi } from './collect.ts';
import { offsetOf, rangeOf, textModel } from './text-model.ts';

type HitTesting = HighlightRegistry & {
  highlightsFromPoint?: (
    x: number,
    y: number,
  ) => { highlight: Highlight; ranges?: AbstractRange[] }[];
};

export interface NotedQuote {
  note: QuoteToAnchor;
  range: Range;
}

export class NotesLayer {
  /** `name`: the page's highlight name for noted quotes. */
  constructor(private readonly name: string) {}

  private readonly byRange = new Map<AbstractRange, NotedQuote>();
  private highlight: Highlight | undefined;
  private status: PageNotesStatus = { url: '', anchored: [], orphans: [] };
  private generation = 0;

  /** Asks for the page's notes and underlines their quotes. Later calls replace earlier ones. */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const url = location.href;
    const quotes = (await sendToBackground({ type: 'page-notes' }).catch(() => [])) ?? [];
    if (generation !== this.generation) return;
    if (quotes.length === 0) {
      this.clear();
      this.status = { url, anchored: [], orphans: [] };
      return;
    }
    const model = textModel(document.body);
    const found =
      (await sendToBackground({ type: 'anchor-quotes', text: model.text, quotes }).catch(
        () => [],
      )) ?? [];
    if (generation !== this.generation) return;
    this.clear();
    const anchored: string[] = [];
    const orphans: string[] = [];
    const ranges: Range[] = [];
    for (const note of quotes) {
      const at = found.find((f) => f.id === note.id);
      const range = at && at.start >= 0 ? rangeOf(model, at.start, at.end) : null;
      if (!range) {
        orphans.push(note.id);
        continue;
      }
      anchored.push(note.id);
      ranges.push(range);
      this.byRange.set(range, { note, range });
    }
    this.highlight = new Highlight(...ranges);
    CSS.highlights.set(this.name, this.highlight);
    this.status = { url, anchored, orphans };
  }

  get pageStatus(): PageNotesStatus {
    return this.status;
  }

  /** Some noted quote is underlined on the page. */
  get hasQuotes(): boolean {
    return this.byRange.size > 0;
  }

  /** The noted quote under a point (viewport coordinates), if any. */
  noteAt(x: number, y: number): NotedQuote | undefined {
    const registry = CSS.highlights as HitTesting;
    if (!this.highlight || !registry.highlightsFromPoint) return undefined;
    for (const hit of registry.highlightsFromPoint(x, y)) {
      if (hit.highlight !== this.highlight) continue;
      for (const range of hit.ranges ?? []) {
        const found = this.byRange.get(range);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** The range of a note's quote, if it was found on the page. */
  rangeOf(noteId: string): Range | undefined {
    for (const q of this.byRange.values()) if (q.note.id === noteId) return q.range;
    return undefined;
  }

  clear(): void {
    if (!this.highlight) return;
    this.byRange.clear();
    this.highlight = undefined;
    CSS.highlights.delete(this.name);
  }

  stop(): void {
    this.generation++;
    this.clear();
  }
}

/** The current selection as a note's quote, or null when there is nothing to note. */
export function captureSelection(): NoteCapture | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!document.body?.contains(range.commonAncestorContainer)) return null;
  const container =
    range.commonAncestorContainer instanceof Element
      ? range.commonAncestorContainer
      : range.commonAncestorContainer.parentElement;
  if (
    container?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]') ||
    (container && ownUi.has(container))
  ) {
    return null;
  }
  const model = textModel(document.body);
  const start = offsetOf(model, range.startContainer, range.startOffset);
  const end = offsetOf(model, range.endContainer, range.endOffset);
  if (start < 0 || end <= start || model.text.slice(start, end).trim() === '') return null;
  const { selector, position } = describeQuote(model.text, start, end);
  return { url: location.href, title: document.title, selector, position };
}

/** Where to put the Add note button: the last line box of the selection. */
export function selectionEnd(): DOMRect | undefined {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const rects = selection.getRangeAt(0).getClientRects();
  return rects[rects.length - 1];
}
