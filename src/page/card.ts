/**
 * The hover card: a small box by a highlighted term with what the resolution says about it, in a
 * closed shadow root (`ShadowHost`).
 */
import { ShadowHost } from './shadow-host.ts';

/**
 * A passage with the term marked, a label (its paragraph), its language tag, a notice for a
 * translation, and a switch between the languages it is in.
 */
export interface CardPassage {
  label: string;
  text: string;
  marks: [number, number][];
  lang?: string;
  notice?: string;
  languages?: {
    label: string;
    options: { id: string; label: string; selected: boolean }[];
    pick: (id: string) => void;
  };
}

/** What a card shows: a term (with a passage of the resolution) or one of the user's notes. */
export interface CardContent {
  title: string;
  /** A short label beside the title (the term's category). */
  badge?: string;
  /** One line under the title. */
  meta?: string;
  /**
   * A passage with the term marked, a label (its paragraph), its language tag, a notice for a
   * translation, and a switch between the languages it is in.
   */
  passage?: CardPassage;
  /**
   * The other documents that keep the same term (decision 103): each one's title, count and
   * sentence, under `alsoLabel`. The main button still opens the highlighted one.
   */
  also?: { title: string; meta: string; passage?: Omit<CardPassage, 'notice' | 'languages'> }[];
  alsoLabel?: string;
  /** A plain-text paragraph (the start of a note). */
  body?: string;
  /** The main button's label ("Open in panel"). */
  action: string;
  /** The close button's accessible name. */
  close: string;
}

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(360px, calc(100vw - 16px)); padding: 12px 14px 10px;
  font: 14px/1.55 system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  color: #1d2327; background: #ffffff; border: 1px solid #c6d3d8; border-radius: 10px;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
}
@media (prefers-color-scheme: dark) {
  .card { color: #e8eef0; background: #1f2629; border-color: #3a4a50; }
  .meta, .where, .notice { color: #a8b3ba; }
  button.lang[aria-pressed='true'] { background: #6fd3da; border-color: #6fd3da; color: #0d2226; }
  .passage { background: rgb(255 255 255 / 0.06); }
  mark { background: rgb(255 213 79 / 0.35); }
  button.open { background: #6fd3da; color: #0d2226; }
}
.head { display: flex; align-items: baseline; gap: 8px; padding-right: 20px; }
.term { font-size: 18px; font-weight: 700; }
.category { font-size: 12px; padding: 0 7px; border-radius: 999px; background: #0b6e75; color: #fff; white-space: nowrap; }
.meta { margin: 2px 0 6px; font-size: 12px; color: #5f6b73; }
.passage { margin: 0; padding: 6px 8px; border-left: 3px solid #0b6e75; background: rgb(11 110 117 / 0.06);
  border-radius: 0 6px 6px 0; max-height: 9.5em; overflow: auto; }
.where { display: block; font-size: 12px; color: #5f6b73; }
.body { border-left-color: #c2185b; background: rgb(194 24 91 / 0.06); white-space: pre-wrap; }
mark { background: rgb(255 213 79 / 0.6); color: inherit; }
.langs { display: flex; gap: 2px; margin: 0 0 4px; }
button.lang { border: 1px solid #c6d3d8; background: none; color: inherit; font-size: 12px;
  padding: 0 8px; border-radius: 999px; }
button.lang[aria-pressed='true'] { background: #0b6e75; border-color: #0b6e75; color: #fff; }
.notice { margin: 4px 0 0; font-size: 11px; color: #5f6b73; }
.also { margin-top: 6px; }
.also-label { margin: 0; font-size: 12px; font-weight: 600; }
.also .passage { max-height: 6em; }
.actions { display: flex; justify-content: flex-end; margin-top: 8px; }
button { font: inherit; cursor: pointer; }
button.open { border: 0; border-radius: 6px; padding: 4px 12px; background: #0b6e75; color: #fff; font-weight: 600; }
button.close { position: absolute; top: 6px; right: 6px; border: 0; background: none; color: inherit;
  font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #f5b82e; outline-offset: 2px; }
`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Characters of context kept before and after the term in a long passage (Chinese, English). */
const CONTEXT = { zh: [24, 40], en: [60, 100] } as const;

/**
 * A passage with the term's offsets wrapped in <mark>, built as text nodes (never as HTML). A long
 * passage is cut to a window around the term's first occurrence, so the term is in view; English
 * is cut between words.
 */
function markedPassage(
  text: string,
  marks: [number, number][],
  english: boolean,
): DocumentFragment {
  const [BEFORE, AFTER] = CONTEXT[english ? 'en' : 'zh'];
  const first = marks[0];
  const cut = first !== undefined && text.length > (BEFORE + AFTER) * 1.5;
  let from = cut ? Math.max(0, first[0] - BEFORE) : 0;
  let to = cut
    ? Math.min(text.length, Math.max(first[1] + AFTER, from + BEFORE + AFTER))
    : text.length;
  if (english && cut) {
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  }
  const out = document.createDocumentFragment();
  if (from > 0) out.append('…');
  let at = from;
  for (const [start, end] of marks) {
    if (start < from || end > to) continue;
    out.append(text.slice(at, start), el('mark', undefined, text.slice(start, end)));
    at = end;
  }
  out.append(text.slice(at, to));
  if (to < text.length) out.append('…');
  return out;
}

/** Buttons for the passage's languages; the pressed one is shown. */
function languageSwitch(
  languages: NonNullable<NonNullable<CardContent['passage']>['languages']>,
): HTMLElement {
  const group = el('div', 'langs');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', languages.label);
  for (const option of languages.options) {
    const button = el('button', 'lang', option.label);
    button.type = 'button';
    button.setAttribute('aria-pressed', String(option.selected));
    button.addEventListener('click', () => {
      if (!option.selected) languages.pick(option.id);
    });
    group.append(button);
  }
  return group;
}

export class HoverCard {
  private readonly shell: ShadowHost;
  private root: ShadowRoot | undefined;
  private card: HTMLElement | undefined;
  /** What the card is showing: the caller compares it to avoid redrawing the same card. */
  shownFor: unknown;

  constructor(
    private readonly onOpen: () => void,
    private readonly onClose: () => void = () => {},
    /** `closed` on web pages (the page cannot reach in); `open` lets a test page audit it. */
    options: { mode?: ShadowRootMode } = {},
  ) {
    this.shell = new ShadowHost(STYLE, (root) => this.build(root), options.mode);
  }

  get isOpen(): boolean {
    return this.shell.isShown;
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return this.shell.contains(event);
  }

  show(content: CardContent, anchor: DOMRect, key: unknown): void {
    this.shownFor = key;
    const card = this.ensure();
    // A language picked from the keyboard: focus stays on the switch through the redraw.
    const onSwitch = this.root?.activeElement?.classList.contains('lang') === true;
    card.replaceChildren();
    card.setAttribute('aria-label', content.title);

    const head = el('div', 'head');
    head.append(el('span', 'term', content.title));
    if (content.badge) head.append(el('span', 'category', content.badge));
    card.append(head);
    if (content.meta) card.append(el('p', 'meta', content.meta));
    if (content.passage) {
      const { label, text, marks, lang, notice, languages } = content.passage;
      if (languages && languages.options.length > 1) card.append(languageSwitch(languages));
      const p = el('p', 'passage');
      if (lang) p.lang = lang;
      p.append(el('span', 'where', label));
      p.append(markedPassage(text, marks, lang?.startsWith('en') ?? false));
      card.append(p);
      if (notice) card.append(el('p', 'notice', notice));
    }
    if (content.also && content.also.length > 0) {
      const also = el('div', 'also');
      if (content.alsoLabel) also.append(el('p', 'also-label', content.alsoLabel));
      for (const other of content.also) {
        const head = el('p', 'meta');
        head.append(el('span', 'category', other.title), ` ${other.meta}`);
        also.append(head);
        if (other.passage) {
          const p = el('p', 'passage');
          if (other.passage.lang) p.lang = other.passage.lang;
          p.append(el('span', 'where', other.passage.label));
          const english = other.passage.lang?.startsWith('en') ?? false;
          p.append(markedPassage(other.passage.text, other.passage.marks, english));
          also.append(p);
        }
      }
      card.append(also);
    }
    if (content.body) card.append(el('p', 'passage body', content.body));
    const actions = el('div', 'actions');
    const open = el('button', 'open', content.action);
    open.type = 'button';
    open.addEventListener('click', () => this.onOpen());
    actions.append(open);
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', content.close);
    close.addEventListener('click', () => this.hide());
    card.append(actions, close);
    if (onSwitch) card.querySelector<HTMLElement>('button.lang[aria-pressed="true"]')?.focus();
    this.place(anchor);
  }

  /** Moves keyboard focus to the card's main button. */
  focus(): void {
    this.root?.querySelector<HTMLButtonElement>('button.open')?.focus();
  }

  hide(): void {
    if (!this.shell.hide()) return;
    this.shownFor = undefined;
    this.onClose();
  }

  private ensure(): HTMLElement {
    this.shell.show();
    return this.card as HTMLElement;
  }

  private build(root: ShadowRoot): void {
    this.root = root;
    this.card = el('div', 'card');
    this.card.setAttribute('role', 'dialog');
    this.card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.hide();
      }
    });
    root.append(this.card);
  }

  private place(anchor: DOMRect): void {
    const card = this.card;
    if (!card) return;
    const margin = 8;
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.max(margin, Math.min(anchor.left, innerWidth - width - margin));
    const below = anchor.bottom + 6;
    const top =
      below + height + margin <= innerHeight ? below : Math.max(margin, anchor.top - height - 6);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }
}
