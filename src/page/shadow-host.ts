/**
 * A closed shadow root for the extension's own UI on a page (the hover card, the Add note button):
 * the page's styles and scripts cannot reach into it, and its host is in the document, outside
 * `<body>`, only while it is shown.
 */
import { ownUi } from './collect.ts';

export class ShadowHost {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;

  constructor(
    private readonly style: string,
    /** Builds the UI in the root, once, the first time it is shown. */
    private readonly build: (root: ShadowRoot) => void,
    /** `closed` on web pages; `open` lets a test page audit the UI. */
    private readonly mode: ShadowRootMode = 'closed',
  ) {}

  get isShown(): boolean {
    return this.host?.isConnected ?? false;
  }

  /** True when the event happened inside the UI. */
  contains(event: Event): boolean {
    return this.host !== undefined && event.composedPath().includes(this.host);
  }

  /** Puts the UI in the document (building it the first time) and returns its root. */
  show(): ShadowRoot {
    if (!this.host || !this.root) {
      this.host = document.createElement('div');
      ownUi.add(this.host);
      this.root = this.host.attachShadow({ mode: this.mode });
      const style = document.createElement('style');
      style.textContent = this.style;
      this.root.append(style);
      this.build(this.root);
    }
    if (!this.host.isConnected) document.documentElement.append(this.host);
    return this.root;
  }

  /** Takes the UI out of the document; false if it was not shown. */
  hide(): boolean {
    if (!this.host?.isConnected) return false;
    this.host.remove();
    return true;
  }
}
