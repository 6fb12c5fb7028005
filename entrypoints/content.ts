import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import { termById } from '../src/corpus/glossary';
import { isTabMessage, type PageReport, sendToBackground } from '../src/messaging/messages';
import { createFinder } from '../src/page/finder';
import { Lens } from '../src/page/lens';
import { captureSelection } from '../src/page/notes';
import {
  disabledSitesItem,
  enabledItem,
  highlightItem,
  isActiveOn,
  toggleSite,
  withDefaults,
} from '../src/settings';
import '../src/page/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // Styles for ::highlight() go in through the manifest: nothing is added to the page's DOM.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const scriptStart = performance.now();
    let lens: Lens | undefined;
    let current = '';

    const update = async () => {
      // One storage read for the three settings (each item keeps its fallback).
      const [enabled, disabledSites, stored] = await storage.getItems([
        enabledItem,
        disabledSitesItem,
        highlightItem,
      ]);
      const on = isActiveOn(location.href, enabled?.value, disabledSites?.value);
      const highlight = withDefaults(stored?.value);
      const key = JSON.stringify(highlight);
      // Other categories, colours or scripts: start again with them.
      if (lens && key !== current) {
        lens.stop();
        lens = undefined;
      }
      current = key;
      if (on && !lens && ctx.isValid) {
        const finder = createFinder(
          (v) =>
            v.script === 'zh-Hans' ||
            (v.script === 'zh-Hant' && highlight.traditional) ||
            (v.script === 'en' && highlight.english),
          highlight.traditional,
        );
        lens = new Lens({ finder, termById, scriptStart, highlight });
        await lens.start();
      } else if (!on && lens) {
        lens.stop();
        lens = undefined;
        // Clears the badge.
        void sendToBackground({ type: 'page-terms', report: emptyReport() }).catch(() => {});
      }
    };

    const unwatch = [
      enabledItem.watch(update),
      disabledSitesItem.watch(update),
      highlightItem.watch(update),
    ];
    ctx.onInvalidated(() => {
      for (const u of unwatch) u();
      lens?.stop();
    });

    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isTabMessage(message)) return;
      // The switch works on a site where highlighting is off, so it is handled before `lens`.
      if (message.type === 'toggle-site') {
        void toggleSite(location.href).then(sendResponse);
        return true;
      }
      // Noting a selection is an explicit request: it works where highlighting is off too.
      if (message.type === 'capture-selection') {
        sendResponse(captureSelection());
        return;
      }
      if (!lens) return;
      if (message.type === 'get-page-notes') {
        sendResponse(lens.notesStatus);
        return;
      }
      if (message.type === 'reveal-note') {
        sendResponse(lens.revealNote(message.noteId));
        return;
      }
      if (message.type === 'refresh-notes') {
        void lens.refreshNotes().then(() => sendResponse(lens?.notesStatus));
        return true;
      }
      if (message.type === 'get-page-terms') sendResponse(lens.report());
      else if (message.type === 'reveal-term')
        sendResponse(lens.reveal(message.termId, message.index));
      else if (message.type === 'step-term') sendResponse(lens.step(message.direction));
    });

    // Single-page apps: a new URL is a new page for the badge and the history.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      lens?.reportNow();
      void lens?.refreshNotes();
    });

    await update();
  },
});

function emptyReport(): PageReport {
  return { url: location.href, title: document.title, terms: [] };
}
