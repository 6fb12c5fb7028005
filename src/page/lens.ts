/**
 * The content script's behaviour on one document: highlights, hover card, clicks, and answers to
 * the panel. Everything it adds is undone by `stop()` (the per-site switch).
 */

import type { HighlightSettings } from '../colours';
import type { CategoryId, Term } from '../corpus/glossary';
import { type MessageKey, t } from '../i18n';
import {
  type PageReport,
  type PageTerm,
  sendToBackground,
  type TabMessage,
  type TermInfo,
} from '../messaging/messages';
import { NoteAdder } from './adder';
import { HoverCard } from './card';
import type { Finder } from './finder';
import { termAt } from './hittest';
import { captureSelection, type NotedQuote, NotesLayer, selectionEnd } from './notes';
import { FLASH_HIGHLIGHT, Registry, type TermRange } from './registry';
import { Scanner } from './scanner';
import { applyColours, removeColours, styleShadowRoot } from './styles';

/** How long the pointer rests on a term before its card opens. */
const DWELL_MS = 300;
/** How long the card stays after the pointer leaves the term (time to reach the card). */
const LINGER_MS = 400;
/** How long a revealed occurrence flashes. */
const FLASH_MS = 1600;
/** Reports to the background (badge, sightings) wait for changes to settle. */
const REPORT_DELAY_MS = 300;

export interface LensOptions {
  finder: Finder;
  termById: (id: string) => Term | undefined;
  /** performance.now() when the content script started: the report's times count from there. */
  scriptStart?: number;
  /** Categories, colours and scripts chosen by the user. */
  highlight: HighlightSettings;
  /** The site may have notes: ask for them at start (later refreshes always ask). */
  mayHaveNotes?: boolean;
}

export class Lens {
  private readonly registry: Registry;
  private readonly scanner: Scanner;
  private readonly card: HoverCard;
  private readonly notes = new NotesLayer();
  private readonly adder: NoteAdder;
  private readonly abort = new AbortController();
  private readonly infos = new Map<string, Promise<TermInfo | undefined>>();
  private readonly startedAt: number;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private lingerTimer: ReturnType<typeof setTimeout> | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | undefined;
  private frame = 0;
  /** The occurrence the keyboard is on (step-term), as an index into the document order. */
  private stepIndex = -1;
  /** A report with terms was sent: later ones go even when empty (the badge must be cleared). */
  private reported = false;
  /** Pointer listeners are added once the page has something to hover (see `armPointer`). */
  private pointerArmed = false;
  private awayArmed = false;

  constructor(private readonly options: LensOptions) {
    this.startedAt = options.scriptStart ?? performance.now();
    this.registry = new Registry((id) => options.termById(id)?.category ?? 'plans');
    this.scanner = new Scanner(
      options.finder,
      this.registry,
      () => {
        this.armPointer();
        this.scheduleReport();
      },
      (root) => styleShadowRoot(root),
      (id) => {
        const category = options.termById(id)?.category;
        return category !== undefined && !options.highlight.hiddenCategories.includes(category);
      },
    );
    this.card = new HoverCard(() => this.openShown());
    this.adder = new NoteAdder(
      () => t('addNote'),
      () => this.addNote(),
    );
  }

  /**
   * Scans the document, then keeps up with it. Resolves after the first full scan. `checked`:
   * the content script's first look found that the page may have terms.
   */
  async start(checked = false): Promise<void> {
    applyColours(this.options.highlight);
    this.listen();
    await this.scanner.start(document.body ?? document.documentElement, checked);
    if (this.options.mayHaveNotes ?? true) await this.refreshNotes();
  }

  /** Answers a message from the panel or the background (undefined: none to give). */
  answer(message: TabMessage): unknown {
    switch (message.type) {
      case 'get-page-terms':
        return this.report();
      case 'reveal-term':
        return this.reveal(message.termId, message.index);
      case 'step-term':
        return this.step(message.direction);
      case 'get-page-notes':
        return this.notesStatus;
      case 'reveal-note':
        return this.revealNote(message.noteId);
      case 'refresh-notes':
        return this.refreshNotes().then(() => this.notesStatus);
      case 'capture-selection':
        return captureSelection();
      default:
        return undefined;
    }
  }

  /** The page's notes: which quotes are shown, which could not be found (orphans). */
  get notesStatus() {
    return this.notes.pageStatus;
  }

  /** Finds the page's notes again (one was added or deleted, or the URL changed). */
  async refreshNotes(): Promise<void> {
    await this.notes.refresh();
    this.armPointer();
  }

  stop(): void {
    this.abort.abort();
    this.scanner.stop();
    this.registry.clear();
    removeColours();
    this.notes.stop();
    this.card.hide();
    this.adder.hide();
    CSS.highlights.delete(FLASH_HIGHLIGHT);
    for (const timer of [this.dwellTimer, this.lingerTimer, this.reportTimer, this.flashTimer]) {
      clearTimeout(timer);
    }
    cancelAnimationFrame(this.frame);
  }

  /** The terms on the page: counts, and the order in which they first appear. */
  report(): PageReport {
    const first = new Map<string, TermRange>();
    const counts = new Map<string, number>();
    for (const f of this.registry.all()) {
      counts.set(f.termId, (counts.get(f.termId) ?? 0) + 1);
      const seen = first.get(f.termId);
      if (!seen || before(f.range, seen.range)) first.set(f.termId, f);
    }
    const ordered = [...first.values()].sort((a, b) => (before(a.range, b.range) ? -1 : 1));
    const terms: PageTerm[] = ordered.map((f, order) => ({
      termId: f.termId,
      count: counts.get(f.termId) ?? 0,
      order,
    }));
    const s = this.scanner.stats;
    return {
      url: location.href,
      title: document.title,
      terms,
      stats: {
        busyMs: s.busyMs,
        longestSliceMs: s.longestSliceMs,
        slices: s.slices,
        firstScanMs: s.firstScanDoneAt ? s.firstScanDoneAt - this.startedAt : -1,
        inViewMs: s.inViewDoneAt ? s.inViewDoneAt - this.startedAt : -1,
        setupMs: this.options.finder.setupMs,
      },
    };
  }

  /** Scrolls to the `index`-th occurrence of a term and flashes it. False if there is none. */
  reveal(termId: string, index = 0): boolean {
    const target = this.registry.occurrences(termId)[index];
    if (!target) return false;
    this.scrollTo(target.range);
    return true;
  }

  /** Scrolls to a noted quote and flashes it. False if it is not on the page. */
  revealNote(noteId: string): boolean {
    const range = this.notes.rangeOf(noteId);
    if (!range) return false;
    this.scrollTo(range);
    return true;
  }

  /** Moves to the next or previous occurrence of any term and opens its card, focused. */
  step(direction: 1 | -1): boolean {
    const all = this.inDocumentOrder();
    if (all.length === 0) return false;
    this.stepIndex = (this.stepIndex + direction + all.length) % all.length;
    const target = all[this.stepIndex] as TermRange;
    this.scrollTo(target.range);
    void this.showCard(target).then(() => this.card.focus());
    return true;
  }

  /**
   * Sends the report now (a navigation inside a single-page app changed the URL). A page that
   * never had a term sends none: its badge is empty since the tab started loading.
   */
  reportNow(): void {
    clearTimeout(this.reportTimer);
    if (!this.hasNews()) return;
    const report = this.report();
    this.reported = true;
    void sendToBackground({ type: 'page-terms', report }).catch(() => {});
  }

  private inDocumentOrder(): TermRange[] {
    return this.registry.all().sort((a, b) => (before(a.range, b.range) ? -1 : 1));
  }

  private scrollTo(range: Range): void {
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const flash = new Highlight(range);
    flash.priority = 1;
    CSS.highlights.set(FLASH_HIGHLIGHT, flash);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
  }

  /** There is something to report: terms, or none any more where there were some. */
  private hasNews(): boolean {
    return this.registry.size > 0 || this.reported;
  }

  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    if (!this.hasNews()) return;
    this.reportTimer = setTimeout(() => this.reportNow(), REPORT_DELAY_MS);
  }

  /**
   * Hover and click listeners, once there is a highlighted term or a noted quote: on the pages
   * that have neither (most of them) a moving pointer costs the page nothing.
   */
  private armPointer(): void {
    if (this.pointerArmed || (this.registry.size === 0 && !this.notes.hasQuotes)) return;
    this.pointerArmed = true;
    const signal = this.abort.signal;
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), {
      signal,
      passive: true,
      capture: true,
    });
    document.addEventListener('click', (e) => this.onClick(e), { signal, capture: true });
    this.armAway();
  }

  /** The card and the Add note button are anchored to the text: they go when the page moves. */
  private armAway(): void {
    if (this.awayArmed) return;
    this.awayArmed = true;
    const away = () => {
      this.card.hide();
      this.adder.hide();
    };
    const options = { signal: this.abort.signal, passive: true, capture: true };
    addEventListener('scroll', away, options);
    addEventListener('resize', away, options);
  }

  private listen(): void {
    const signal = this.abort.signal;
    const options = { signal, passive: true, capture: true };
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') {
          this.card.hide();
          this.adder.hide();
        }
      },
      { signal },
    );
    // A finished selection (mouse or keyboard) offers "Add note"; an emptied one takes it away.
    const offer = () => setTimeout(() => this.offerNote(), 0);
    document.addEventListener('mouseup', (e) => this.adder.contains(e) || offer(), options);
    document.addEventListener('keyup', (e) => e.shiftKey && offer(), options);
    document.addEventListener(
      'selectionchange',
      () => {
        if (document.getSelection()?.isCollapsed ?? true) this.adder.hide();
      },
      options,
    );
  }

  /** A term occurrence or a noted quote under the point (terms first). */
  private hit(x: number, y: number): TermRange | NotedQuote | undefined {
    return termAt(this.registry, x, y, [...this.scanner.shadowRoots]) ?? this.notes.noteAt(x, y);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.card.contains(event)) {
      clearTimeout(this.lingerTimer);
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.pointer;
      if (!p) return;
      const found = this.hit(p.x, p.y);
      if (found && found === this.card.shownFor) {
        clearTimeout(this.lingerTimer);
        return;
      }
      clearTimeout(this.dwellTimer);
      if (found) {
        this.dwellTimer = setTimeout(() => {
          const now = this.pointer && this.hit(this.pointer.x, this.pointer.y);
          if (now === found) void this.showCard(found);
        }, DWELL_MS);
      } else if (this.card.isOpen) {
        clearTimeout(this.lingerTimer);
        this.lingerTimer = setTimeout(() => this.card.hide(), LINGER_MS);
      }
    });
  }

  private onClick(event: MouseEvent): void {
    if (event.button !== 0 || this.card.contains(event) || this.adder.contains(event)) return;
    // A click that ends a text selection is not a choice of term.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const found = this.hit(event.clientX, event.clientY);
    if (found) this.open(found);
  }

  private open(found: TermRange | NotedQuote): void {
    const message =
      'termId' in found
        ? ({ type: 'open-term', termId: found.termId } as const)
        : ({ type: 'open-note', noteId: found.note.id } as const);
    void sendToBackground(message)
      .then((opened) => {
        // The browser would not open its panel from a page's click (Firefox's sidebar): the
        // card says how to open it; the term or note is waiting there.
        if (opened === false) void this.showCard(found, t('openPanelHint'));
      })
      .catch(() => {});
  }

  private openShown(): void {
    const shown = this.card.shownFor as TermRange | NotedQuote | undefined;
    if (shown) this.open(shown);
  }

  /** Offers "Add note" by the selection, if there is one worth noting. */
  offerNote(): void {
    const end = selectionEnd();
    if (end && captureSelection()) {
      this.armAway();
      this.adder.show(end);
    } else {
      this.adder.hide();
    }
  }

  private addNote(): void {
    const capture = captureSelection();
    this.adder.hide();
    if (capture) void sendToBackground({ type: 'add-note', capture }).catch(() => {});
  }

  private async showCard(found: TermRange | NotedQuote, hint?: string): Promise<void> {
    const rect = found.range.getClientRects()[0] ?? found.range.getBoundingClientRect();
    if (!('termId' in found)) {
      this.card.show(
        {
          title: t('yourNote'),
          meta: hint ?? `“${found.note.selector.exact.slice(0, 60)}”`,
          body: found.note.excerpt,
          action: t('openNote'),
          close: t('closeCard'),
        },
        rect,
        found,
      );
      return;
    }
    const term = this.options.termById(found.termId);
    if (!term) return;
    let info = this.infos.get(term.id);
    if (!info) {
      info = sendToBackground({ type: 'term-info', termId: term.id }).catch(() => undefined);
      this.infos.set(term.id, info);
    }
    const resolved = await info;
    const text = found.range.toString();
    const meta: string[] = [];
    if (text !== term.canonical) meta.push(`${t('matchedAs')} ${text}`);
    if (resolved) meta.push(t('occursInResolution', resolved.occurrences));
    if (hint) meta.push(hint);
    const passage = resolved?.passage;
    this.card.show(
      {
        title: term.canonical,
        badge: t(`category_${term.category satisfies CategoryId}` as MessageKey),
        meta: meta.join(' · '),
        passage: passage && {
          label: t('paragraphN', passage.paragraph),
          text: passage.text,
          marks: passage.marks,
        },
        action: t('openInPanel'),
        close: t('closeCard'),
      },
      rect,
      found,
    );
  }
}

/** True if `a` starts before `b` in the document (ranges in different trees: false). */
function before(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) < 0;
  } catch {
    return false;
  }
}
