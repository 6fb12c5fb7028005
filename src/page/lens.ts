/**
 * The content script's behaviour on one document once lens.js is loaded: it ties the scanner,
 * the highlights, the hover card, the notes and the Add note button together, and answers the
 * panel. Everything it adds is undone by `stop()` (the per-site switch).
 */
import { getGlossary, type Term } from '../corpus/glossary.ts';
import type { PassageLanguage } from '../corpus/languages.ts';
import { documentOf } from '../documents/types.ts';
import { t } from '../i18n/t.ts';
import { FrameContext } from '../match/frame-context.ts';
import type { PageReport } from '../match/report.ts';
import type { LensStyle, TabMessage } from '../messaging/contract.ts';
import { sendToBackground } from '../messaging/send.ts';
import type { HighlightSettings } from '../settings/colours.ts';
import { NoteAdder } from './adder.ts';
import { HoverCard } from './card.ts';
import { noteCard, TermInfos, termCard } from './card-content.ts';
import type { Finder } from './finder.ts';
import { termAt } from './hittest.ts';
import { Hover } from './hover.ts';
import { matchLanguage } from './match-language.ts';
import { captureSelection, type NotedQuote, NotesLayer, selectionEnd } from './notes.ts';
import { Registry, type TermRange } from './registry.ts';
import { heldTerms, inDocumentOrder, pageTerms } from './report.ts';
import { Scanner } from './scanner.ts';
import { styleShadowRoot } from './styles.ts';

/** How long a revealed occurrence flashes. */
const FLASH_MS = 1600;
/** A report to the background (badge, sightings) goes this long after the first change… */
const REPORT_DELAY_MS = 300;
/** …and, on a page that keeps changing, at most once in this while (docs/decisions/061-churn.md). */
const REPORT_EVERY_MS = 1_000;

type Found = TermRange | NotedQuote;

export interface LensOptions {
  finder: Finder;
  termById: (id: string) => Term | undefined;
  /** performance.now() when the content script started: the report's times count from there. */
  scriptStart?: number;
  /** Categories, colours and scripts chosen by the user. */
  highlight: HighlightSettings;
  /** The page's highlight names and their stylesheet. */
  style: LensStyle;
  /** The site may have notes: ask for them at start (later refreshes always ask). */
  mayHaveNotes?: boolean;
  /** The resolution's terms are looked for (off: only the reader's documents'). */
  resolution?: boolean;
  /** A reader's document's title, by its id (its terms' cards name it). */
  documentTitle?: (docId: string) => string | undefined;
}

export class Lens {
  private readonly registry: Registry;
  private readonly scanner: Scanner;
  private readonly card: HoverCard;
  private readonly notes: NotesLayer;
  private readonly adder: NoteAdder;
  private readonly hover: Hover<Found>;
  private readonly abort = new AbortController();
  private readonly infos = new TermInfos();
  private readonly startedAt: number;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The occurrence the keyboard is on (step-term), as an index into the document order. */
  private stepIndex = -1;
  /** A report with terms was sent: later ones go even when empty (the badge must be cleared). */
  private reported = false;
  /** The terms and counts of the last report sent (`Registry.counted`). */
  private lastCounted = '';
  private lastReportAt = -Infinity;
  private awayArmed = false;

  constructor(private readonly options: LensOptions) {
    this.startedAt = options.scriptStart ?? performance.now();
    const { names, css } = options.style;
    // A document's terms in its own highlight; the resolution's in their category's.
    this.registry = new Registry((id) => {
      const doc = documentOf(id);
      const own = doc === undefined ? undefined : options.style.documents?.[doc];
      return own ?? names[options.termById(id)?.category ?? 'plans'];
    });
    this.notes = new NotesLayer(names.note);
    const context = new FrameContext(
      options.resolution === false ? [] : getGlossary(),
      () => this.frameText(),
      () => this.frameText(false),
    );
    this.scanner = new Scanner(
      options.finder,
      this.registry,
      () => {
        this.armPointer();
        this.scheduleReport();
      },
      (root) => styleShadowRoot(root, css),
      (id) => {
        // The categories the reader hid are the resolution's; a document has its own switch.
        if (documentOf(id) !== undefined) return options.termById(id) !== undefined;
        const category = options.termById(id)?.category;
        return category !== undefined && !options.highlight.hiddenCategories.includes(category);
      },
      context,
    );
    this.card = new HoverCard(() => {
      const shown = this.card.shownFor as Found | undefined;
      if (shown) this.open(shown);
    });
    this.adder = new NoteAdder(
      () => t('addNote'),
      () => this.addNote(),
    );
    this.hover = new Hover<Found>({
      hit: (x, y) => this.hit(x, y),
      shown: () => this.card.shownFor as Found | undefined,
      isOpen: () => this.card.isOpen,
      inOwnUi: (e) => this.card.contains(e) || this.adder.contains(e),
      inCard: (e) => this.card.contains(e),
      show: (found) => void this.showCard(found),
      hide: () => this.card.hide(),
      choose: (found) => this.open(found),
      signal: this.abort.signal,
    });
  }

  /**
   * Scans the document, then keeps up with it. Resolves after the first full scan. `checked`:
   * the content script's first look found that the page may have terms.
   */
  async start(checked = false): Promise<void> {
    this.listen();
    await this.scanner.start(document.body ?? document.documentElement, checked);
    if (this.options.mayHaveNotes ?? true) await this.refreshNotes();
  }

  /** Answers a message from the panel or the background (undefined: none to give). */
  answer(message: TabMessage): unknown {
    switch (message.type) {
      case 'get-page-terms':
        return this.report();
      case 'reveal-term': {
        const target = this.registry.occurrences(message.termId)[message.index ?? 0];
        return target ? this.scrollTo(target.range) : false;
      }
      case 'step-term':
        return this.step(message.direction);
      case 'get-page-notes':
        return this.notesStatus;
      case 'reveal-note': {
        const range = this.notes.rangeOf(message.noteId);
        return range ? this.scrollTo(range) : false;
      }
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
    this.notes.stop();
    this.card.hide();
    this.adder.hide();
    this.hover.stop();
    CSS.highlights.delete(this.options.style.names.flash);
    clearTimeout(this.reportTimer);
    clearTimeout(this.flashTimer);
  }

  /** The terms on the page: counts, and the order in which they first appear. */
  report(): PageReport {
    const s = this.scanner.stats;
    return {
      url: location.href,
      title: document.title,
      terms: pageTerms(this.registry.all()),
      held: heldTerms(this.registry.held()),
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

  /** Moves to the next or previous occurrence of any term and opens its card, focused. */
  step(direction: 1 | -1): boolean {
    const all = inDocumentOrder(this.registry.all());
    if (all.length === 0) return false;
    // Before the first step the keyboard is on no term: next is the first, previous the last.
    const from = this.stepIndex < 0 ? (direction === 1 ? -1 : 0) : this.stepIndex;
    this.stepIndex = (from + direction + all.length) % all.length;
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
    this.reportTimer = undefined;
    if (!this.hasNews()) return;
    const report = this.report();
    this.reported = true;
    this.lastCounted = this.registry.counted();
    this.lastReportAt = performance.now();
    void sendToBackground({ type: 'page-terms', report }).catch(() => {});
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

  /** Scrolls the range into view and flashes it. */
  private scrollTo(range: Range): true {
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const flash = new Highlight(range);
    flash.priority = 1;
    CSS.highlights.set(this.options.style.names.flash, flash);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(
      () => CSS.highlights.delete(this.options.style.names.flash),
      FLASH_MS,
    );
    return true;
  }

  /**
   * The frame's text, the scope of the context rule: its rendered text and its open shadow roots'
   * (`rendered` false: its whole text without a layout, where apart words are looked for).
   */
  private frameText(rendered = true): string {
    const body = document.body ?? document.documentElement;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without scripts.
    const texts = [rendered ? body.innerText : (body.textContent ?? '')];
    for (const root of this.scanner.shadowRoots) texts.push(root.textContent ?? '');
    return texts.join('\n');
  }

  /** There is something to report: terms, or none any more where there were some. */
  private hasNews(): boolean {
    return this.registry.size > 0 || this.reported;
  }

  /**
   * A report after changes: one timer for all the changes of its while (a page that keeps
   * changing would otherwise push it back for ever), and none when the terms and their counts
   * are what the last one said.
   */
  private scheduleReport(): void {
    if (this.reportTimer !== undefined || !this.hasNews()) return;
    const wait = Math.max(REPORT_DELAY_MS, this.lastReportAt + REPORT_EVERY_MS - performance.now());
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      if (this.registry.counted() !== this.lastCounted || !this.reported) this.reportNow();
    }, wait);
  }

  /** Hover and click, once there is a highlighted term or a noted quote. */
  private armPointer(): void {
    if (this.registry.size === 0 && !this.notes.hasQuotes) return;
    this.hover.arm();
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
  private hit(x: number, y: number): Found | undefined {
    return termAt(this.registry, x, y, [...this.scanner.shadowRoots]) ?? this.notes.noteAt(x, y);
  }

  /** The language a found term calls for (its form, the text around it, the page's language). */
  private languageOf(found: TermRange, term: Term): ReturnType<typeof matchLanguage> {
    const context = found.range.startContainer.textContent ?? '';
    return matchLanguage(term, found.range.toString(), context, document.documentElement.lang);
  }

  private open(found: Found): void {
    const term = 'termId' in found ? this.options.termById(found.termId) : undefined;
    const message =
      'termId' in found
        ? ({
            type: 'open-term',
            termId: found.termId,
            language: term && this.languageOf(found, term).language,
          } as const)
        : ({ type: 'open-note', noteId: found.note.id } as const);
    void sendToBackground(message)
      .then((opened) => {
        // The browser would not open its panel from a page's click (Firefox's sidebar): the
        // card says how to open it; the term or note is waiting there.
        if (opened === false) void this.showCard(found, t('openPanelHint'));
      })
      .catch(() => {});
  }

  private addNote(): void {
    const capture = captureSelection();
    this.adder.hide();
    if (capture) void sendToBackground({ type: 'add-note', capture }).catch(() => {});
  }

  private async showCard(found: Found, hint?: string): Promise<void> {
    const rect = found.range.getClientRects()[0] ?? found.range.getBoundingClientRect();
    if (!('termId' in found)) {
      this.card.show(noteCard(found, hint), rect, found);
      return;
    }
    const term = this.options.termById(found.termId);
    if (!term) return;
    const matched = found.range.toString();
    const { language: auto, region } = this.languageOf(found, term);
    const info = await this.infos.get(term.id, auto, region);
    const doc = documentOf(term.id);
    const title = doc === undefined ? undefined : (this.options.documentTitle?.(doc) ?? '');
    const draw = (shown: PassageLanguage) =>
      this.card.show(
        termCard(
          term,
          matched,
          info,
          hint,
          shown,
          (chosen) => {
            this.infos.pick(auto, chosen);
            draw(chosen);
          },
          title,
        ),
        rect,
        found,
      );
    draw(this.infos.shown(info, auto));
  }
}
