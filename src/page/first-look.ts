/**
 * The content script's state on one page: the settings, a first look at the page's text, and a
 * watch for text that appears later. Only when the page may have a term, its site has notes, or
 * the reader selects text does it import `lens.js` (highlights, hover card, notes).
 */
import { browser } from 'wxt/browser';
import type { PageNotesStatus } from '../anchor/types.ts';

import type { PageReport } from '../match/report.ts';
import type { TabMessage } from '../messaging/contract.ts';
import { sendToBackground } from '../messaging/send.ts';
import { type PageSettings, readPageSettings, toggleSiteOf } from '../settings/page-read.ts';
import { LENS_GLOBAL, type LensHandle, type LensModule } from './lens-api.ts';
import { Sentinel } from './sentinel.ts';

export class FirstLook {
  private readonly scriptStart = performance.now();
  private settings: PageSettings | undefined;
  /** The highlight settings the lens runs with: other ones start it again. */
  private current = '';
  private sentinel: Sentinel | undefined;
  private lens: LensHandle | undefined;
  /** The lens while lens.js loads: questions wait for it. */
  private starting: Promise<LensHandle | undefined> | undefined;
  private module: Promise<LensModule> | undefined;
  private selectionWatch: AbortController | undefined;

  constructor(private readonly mayContain: (text: string) => boolean) {}

  /** Reads the settings (again) and starts, restarts or stops accordingly. */
  async update(): Promise<void> {
    const settings = await readPageSettings(location.host);
    this.settings = settings;
    const key = JSON.stringify(settings.highlight);
    if (!settings.on || !alive()) {
      const hadLens = this.lens !== undefined;
      this.stopAll();
      // Clears the badge.
      if (hadLens) {
        void sendToBackground({ type: 'page-terms', report: emptyReport() }).catch(() => {});
      }
      return;
    }
    // Other categories, colours or scripts: start again with them.
    if (this.lens && key !== this.current) {
      this.lens.stop();
      this.lens = undefined;
      this.current = key;
      await this.startLens(false);
      return;
    }
    this.current = key;
    if (this.lens || this.sentinel) return;
    this.sentinel = new Sentinel(this.mayContain, () => void this.startLens(true));
    if (this.sentinel.start(document.body ?? document.documentElement)) await this.startLens(true);
    else if (settings.mayHaveNotes) await this.startLens(false);
    else this.watchSelection();
  }

  /** Answers the panel and the background; undefined: no answer. */
  answer(message: TabMessage): unknown {
    // The switch, and noting a selection, work where highlighting is off too.
    if (message.type === 'toggle-site') return toggleSiteOf(location.href);
    if (message.type === 'settings-changed') return void this.update();
    if (message.type === 'capture-selection') {
      return this.lens?.answer(message) ?? this.loadModule().then((m) => m.captureSelection());
    }
    if (this.lens) return this.lens.answer(message);
    if (this.starting) return this.starting.then((l) => (l ? l.answer(message) : undefined));
    if (!this.settings?.on) return undefined;
    // No lens: nothing is highlighted here, and no note is shown.
    switch (message.type) {
      case 'get-page-terms':
        return this.firstLookReport();
      case 'get-page-notes':
        return { url: location.href, anchored: [], orphans: [] } satisfies PageNotesStatus;
      case 'refresh-notes':
        // A note was just taken on this page: it is to be shown.
        return this.startLens(false).then((l) => l?.answer(message));
      default:
        return false;
    }
  }

  /** lens.js, imported once into this isolated world, where it leaves its module. */
  private loadModule(): Promise<LensModule> {
    this.module ??= import(/* @vite-ignore */ browser.runtime.getURL('/lens.js')).then(
      () => (globalThis as Record<string, unknown>)[LENS_GLOBAL] as LensModule,
    );
    return this.module;
  }

  /** Starts the lens, once. `checked`: the first look found text that may have a term. */
  private startLens(checked: boolean): Promise<LensHandle | undefined> {
    const started = this.loadModule().then((loaded) => {
      if (this.lens || !this.settings?.on || !alive()) return this.lens;
      this.sentinel?.stop();
      this.selectionWatch?.abort();
      this.lens = loaded.start({
        highlight: this.settings.highlight,
        scriptStart: this.scriptStart,
        mayHaveNotes: this.settings.mayHaveNotes,
        checked,
      });
      return this.lens;
    });
    this.starting = started;
    void started.finally(() => {
      if (this.starting === started) this.starting = undefined;
    });
    return started;
  }

  /** Until the lens is loaded, a finished selection loads it, and it offers "Add note". */
  private watchSelection(): void {
    this.selectionWatch?.abort();
    this.selectionWatch = new AbortController();
    const offer = () =>
      setTimeout(() => {
        if (document.getSelection()?.isCollapsed ?? true) return;
        void this.startLens(false).then((l) => l?.offerNote());
      }, 0);
    const options = { signal: this.selectionWatch.signal, passive: true, capture: true };
    document.addEventListener('mouseup', offer, options);
    document.addEventListener('keyup', (e) => e.shiftKey && offer(), options);
  }

  private stopAll(): void {
    this.sentinel?.stop();
    this.sentinel = undefined;
    this.selectionWatch?.abort();
    this.lens?.stop();
    this.lens = undefined;
  }

  private firstLookReport(): PageReport {
    const s = this.sentinel?.stats;
    return {
      ...emptyReport(),
      stats: {
        busyMs: s?.busyMs ?? 0,
        longestSliceMs: s?.longestSliceMs ?? 0,
        slices: s?.slices ?? 0,
        firstScanMs: s?.firstLookAt ? s.firstLookAt - this.scriptStart : -1,
        inViewMs: -1,
        setupMs: 0,
      },
    };
  }
}

/**
 * False once the extension was reloaded, updated or removed: this copy has lost its APIs (the
 * new one runs on pages loaded since), so it starts nothing more.
 */
function alive(): boolean {
  return browser.runtime?.id !== undefined;
}

function emptyReport(): PageReport {
  return { url: location.href, title: document.title, terms: [] };
}
