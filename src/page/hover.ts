/**
 * Pointer dwell on the page: a card opens when the pointer rests on a term or a noted quote, and
 * closes a little after it leaves; a click chooses. Listeners are added only once the page has
 * something to hover, so on most pages a moving pointer costs nothing.
 */

/** How long the pointer rests on a term before its card opens. */
const DWELL_MS = 300;
/** How long the card stays after the pointer leaves the term (time to reach the card). */
const LINGER_MS = 400;

export interface HoverOptions<T> {
  /** What is under the point, if anything. */
  hit(x: number, y: number): T | undefined;
  /** What the card shows now (undefined: nothing). */
  shown(): T | undefined;
  isOpen(): boolean;
  /** The event happened in our own UI (the card, the Add note button). */
  inOwnUi(event: Event): boolean;
  /** The event happened in the card. */
  inCard(event: Event): boolean;
  show(found: T): void;
  hide(): void;
  choose(found: T): void;
  signal: AbortSignal;
}

export class Hover<T> {
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private lingerTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | undefined;
  private frame = 0;
  private armed = false;

  constructor(private readonly options: HoverOptions<T>) {}

  /** Starts listening (once). */
  arm(): void {
    if (this.armed) return;
    this.armed = true;
    const { signal } = this.options;
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), {
      signal,
      passive: true,
      capture: true,
    });
    document.addEventListener('click', (e) => this.onClick(e), { signal, capture: true });
  }

  stop(): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.lingerTimer);
    cancelAnimationFrame(this.frame);
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.options.inCard(event)) {
      clearTimeout(this.lingerTimer);
      return;
    }
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.pointer;
      if (p) this.settle(p.x, p.y);
    });
  }

  /** Once a frame: the pointer is over `found` (or nothing), so a card is due, or due to go. */
  private settle(x: number, y: number): void {
    const { options } = this;
    const found = options.hit(x, y);
    if (found && found === options.shown()) {
      clearTimeout(this.lingerTimer);
      return;
    }
    clearTimeout(this.dwellTimer);
    if (found) {
      this.dwellTimer = setTimeout(() => {
        const now = this.pointer && options.hit(this.pointer.x, this.pointer.y);
        if (now === found) options.show(found);
      }, DWELL_MS);
    } else if (options.isOpen()) {
      clearTimeout(this.lingerTimer);
      this.lingerTimer = setTimeout(() => options.hide(), LINGER_MS);
    }
  }

  private onClick(event: MouseEvent): void {
    if (event.button !== 0 || this.options.inOwnUi(event)) return;
    // A click that ends a text selection is not a choice of term.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const found = this.options.hit(event.clientX, event.clientY);
    if (found) this.options.choose(found);
  }
}
