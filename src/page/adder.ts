/**
 * The small "Add note" button by a text selection (like Hypothesis' adder). It lives in a closed
 * shadow root whose host is in the document only while the button is shown.
 */
import { OWN_UI_ATTRIBUTE } from './collect';

const STYLE = `
:host { all: initial; }
button {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  font: 600 13px/1 system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
  padding: 7px 11px; border: 0; border-radius: 8px; cursor: pointer;
  color: #ffffff; background: #0b6e75; box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
}
button:hover { background: #095a60; }
button:focus-visible { outline: 2px solid #f5b82e; outline-offset: 2px; }
`;

export class NoteAdder {
  private host: HTMLElement | undefined;
  private button: HTMLButtonElement | undefined;

  constructor(
    /** Read when the button is first shown (a UI string: no i18n call on pages never used). */
    private readonly label: () => string,
    private readonly onAdd: () => void,
  ) {}

  get isShown(): boolean {
    return this.host?.isConnected ?? false;
  }

  contains(event: Event): boolean {
    return this.host !== undefined && event.composedPath().includes(this.host);
  }

  /** Shows the button just below the end of the selection. */
  show(anchor: DOMRect): void {
    const button = this.ensure();
    const width = button.offsetWidth || 90;
    button.style.left = `${Math.max(8, Math.min(anchor.right - width / 2, innerWidth - width - 8))}px`;
    const below = anchor.bottom + 8;
    button.style.top = `${below + 32 <= innerHeight ? below : Math.max(8, anchor.top - 40)}px`;
  }

  hide(): void {
    this.host?.remove();
  }

  private ensure(): HTMLButtonElement {
    if (!this.host || !this.button) {
      this.host = document.createElement('div');
      this.host.setAttribute(OWN_UI_ATTRIBUTE, '');
      const root = this.host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      this.button = document.createElement('button');
      this.button.type = 'button';
      this.button.textContent = this.label();
      // Pressing the button must not clear the selection it is about.
      this.button.addEventListener('mousedown', (event) => event.preventDefault());
      this.button.addEventListener('click', () => this.onAdd());
      root.append(style, this.button);
    }
    if (!this.host.isConnected) document.documentElement.append(this.host);
    return this.button;
  }
}
