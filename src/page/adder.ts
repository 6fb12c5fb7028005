/** The small "Add note" button by a text selection (like Hypothesis' adder). */
import { ShadowHost } from './shadow-host.ts';

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
  private button: HTMLButtonElement | undefined;
  private readonly shell = new ShadowHost(STYLE, (root) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.label();
    // Pressing the button must not clear the selection it is about.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => this.onAdd());
    root.append(button);
    this.button = button;
  });

  constructor(
    /** Read when the button is first shown (a UI string: no i18n call on pages never used). */
    private readonly label: () => string,
    private readonly onAdd: () => void,
  ) {}

  get isShown(): boolean {
    return this.shell.isShown;
  }

  contains(event: Event): boolean {
    return this.shell.contains(event);
  }

  /** Shows the button just below the end of the selection. */
  show(anchor: DOMRect): void {
    this.shell.show();
    const button = this.button as HTMLButtonElement;
    const width = button.offsetWidth || 90;
    button.style.left = `${Math.max(8, Math.min(anchor.right - width / 2, innerWidth - width - 8))}px`;
    const below = anchor.bottom + 8;
    button.style.top = `${below + 32 <= innerHeight ? below : Math.max(8, anchor.top - 40)}px`;
  }

  hide(): void {
    this.shell.hide();
  }
}
