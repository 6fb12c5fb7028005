/**
 * The content script's state on one page: the settings, a first look at the page's text, and a
 * watch for text that appears later. Only when the page may have a term, its site has notes, or
 * the reader selects text does it ask the background for `lens.js` (highlights, hover card, notes).
 *
 * Closures rather than a class: on every page, names of locals minify and property names do not.
 */
import { browser } from 'wxt/browser';
import type { PageNotesStatus } from '../anchor/types.ts';
import { createWindowPrecheck, type Precheck, prepare } from '../match/precheck.ts';
import type { PageReport } from '../match/report.ts';
import type { TabMessage } from '../messaging/contract.ts';
import { sendToBackground } from '../messaging/send.ts';
import { type PageSettings, readPageSettings, toggleSiteOf } from '../settings/page-read.ts';
import { LENS_GLOBAL, type LensHandle, type LensModule } from './lens-api.ts';
import { Sentinel } from './sentinel.ts';

export interface FirstLook {
  /** Reads the settings (again) and starts, restarts or stops accordingly. */
  update(): Promise<void>;
  /** Answers the panel and the background; undefined: no answer. */
  answer(message: TabMessage): unknown;
}

/**
 * `builtIn`: the resolution's precheck, which says whether a text may hold one of its terms; the
 * reader's documents bring their own (in the settings), looked at only when they have terms.
 */
export function createFirstLook(builtIn: Precheck): FirstLook {
  const scriptStart = performance.now();
  let settings: PageSettings | undefined;
  /** The precheck of what is highlighted now: the resolution's, the documents', or both. */
  let mayContain: Precheck = builtIn;
  /** The highlight settings the lens runs with: other ones start it again. */
  let current = '';
  let sentinel: Sentinel | undefined;
  let lens: LensHandle | undefined;
  /** The lens while lens.js loads: questions wait for it. */
  let starting: Promise<LensHandle | undefined> | undefined;
  let selectionWatch: AbortController | undefined;

  /**
   * The background puts lens.js into this isolated world (once) and styles the page's highlights
   * under fresh names; the module is then found where lens.js left it.
   */
  const prepare = async () => {
    const style = await sendToBackground({ type: 'lens', code: !lensModule() });
    const loaded = lensModule();
    if (!style || !loaded) throw new Error('Nansha Lens: lens.js did not load');
    return { style, loaded };
  };

  /** Starts the lens, once. `checked`: the first look found text that may have a term. */
  const startLens = (checked: boolean): Promise<LensHandle | undefined> => {
    if (starting) return starting;
    const started = prepare().then(
      ({ style, loaded }) => {
        if (lens || !settings?.on || !alive()) return lens;
        sentinel?.stop();
        selectionWatch?.abort();
        lens = loaded.start({
          highlight: settings.highlight,
          style,
          scriptStart,
          mayHaveNotes: settings.mayHaveNotes,
          checked,
          mayContain,
          documents: settings.documents,
        });
        return lens;
      },
      // The browser refused to inject (a page no extension may script): the first look stays.
      () => lens,
    );
    starting = started;
    void started.finally(() => {
      if (starting === started) starting = undefined;
    });
    return started;
  };

  /** lens.js alone (to note a selection where nothing is highlighted). */
  const loadModule = async () => lensModule() ?? (await prepare()).loaded;

  /** Until the lens is loaded, a finished selection loads it, and it offers "Add note". */
  const watchSelection = () => {
    selectionWatch?.abort();
    selectionWatch = new AbortController();
    const offer = () =>
      setTimeout(() => {
        if (document.getSelection()?.isCollapsed ?? true) return;
        void startLens(false).then((l) => l?.offerNote());
      }, 0);
    const options = { signal: selectionWatch.signal, passive: true, capture: true };
    document.addEventListener('mouseup', offer, options);
    document.addEventListener('keyup', (e) => e.shiftKey && offer(), options);
  };

  const stopAll = () => {
    sentinel?.stop();
    sentinel = undefined;
    selectionWatch?.abort();
    lens?.stop();
    lens = undefined;
  };

  const update = async () => {
    settings = await readPageSettings(location.host);
    const documents = settings.documents;
    const key = JSON.stringify(settings.highlight) + (documents?.hash ?? '');
    if (!settings.on || !alive()) {
      const hadLens = lens !== undefined;
      stopAll();
      // Clears the badge.
      if (hadLens) {
        void sendToBackground({ type: 'page-terms', report: emptyReport() }).catch(() => {});
      }
      return;
    }
    if (key !== current) mayContain = precheckOf(builtIn, documents);
    // Other categories, colours, scripts or documents: start again with them.
    if (lens && key !== current) {
      lens.stop();
      lens = undefined;
      current = key;
      await startLens(false);
      return;
    }
    // The first look goes on with the new precheck (a document added may be on this page).
    if (sentinel && key !== current) {
      sentinel.stop();
      sentinel = undefined;
    }
    current = key;
    if (lens || sentinel) return;
    sentinel = new Sentinel(mayContain, () => void startLens(true));
    if (sentinel.start(document.body ?? document.documentElement)) await startLens(true);
    else if (settings.mayHaveNotes) await startLens(false);
    else watchSelection();
  };

  const firstLookReport = (): PageReport => {
    const s = sentinel?.stats;
    return {
      ...emptyReport(),
      stats: {
        busyMs: s?.busyMs ?? 0,
        longestSliceMs: s?.longestSliceMs ?? 0,
        slices: s?.slices ?? 0,
        firstScanMs: s?.firstLookAt ? s.firstLookAt - scriptStart : -1,
        inViewMs: -1,
        setupMs: 0,
      },
    };
  };

  const answer = (message: TabMessage): unknown => {
    // The switch, and noting a selection, work where highlighting is off too.
    if (message.type === 'toggle-site') return toggleSiteOf(location.href);
    if (message.type === 'settings-changed') return void update();
    if (message.type === 'capture-selection') {
      return lens?.answer(message) ?? loadModule().then((m) => m.captureSelection());
    }
    if (lens) return lens.answer(message);
    if (starting) return starting.then((l) => (l ? l.answer(message) : undefined));
    if (!settings?.on) return undefined;
    // No lens: nothing is highlighted here, and no note is shown.
    switch (message.type) {
      case 'get-page-terms':
        return firstLookReport();
      case 'get-page-notes':
        return { url: location.href, anchored: [], orphans: [] } satisfies PageNotesStatus;
      case 'refresh-notes':
        // A note was just taken on this page: it is to be shown.
        return startLens(false).then((l) => l?.answer(message));
      default:
        return false;
    }
  };

  return { update, answer };
}

/**
 * False once the extension was reloaded, updated or removed: this copy has lost its APIs (the
 * new one runs on pages loaded since), so it starts nothing more.
 */
function alive(): boolean {
  return browser.runtime?.id !== undefined;
}

/**
 * The precheck for what is highlighted: the resolution's unless the reader turned it off, and
 * the documents' where they have terms (compiled on first use; a source that does not compile
 * counts as no term).
 */
function precheckOf(builtIn: Precheck, documents: PageSettings['documents']): Precheck {
  const resolution = documents?.resolution ?? true;
  const sources = documents?.precheck;
  if (!sources) return resolution ? builtIn : () => false;
  let own: Precheck | undefined = createWindowPrecheck(sources);
  const ours: Precheck = (text, prepared) => {
    try {
      return own?.(text, prepared) ?? false;
    } catch {
      own = undefined;
      return false;
    }
  };
  if (!resolution) return ours;
  // The text folded once for both.
  return (text, prepared) => {
    const folded = prepared ? text : prepare(text);
    return builtIn(folded, true) || ours(folded, true);
  };
}

/** What lens.js left in this isolated world, once it has run. */
function lensModule(): LensModule | undefined {
  return (globalThis as Record<string, unknown>)[LENS_GLOBAL] as LensModule | undefined;
}

function emptyReport(): PageReport {
  return { url: location.href, title: document.title, terms: [] };
}
