import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { termById } from '../src/corpus/glossary';
import { isTabMessage, type PageReport, sendToBackground } from '../src/messaging/messages';
import { createFinder } from '../src/page/finder';
import { Lens } from '../src/page/lens';
import { captureSelection } from '../src/page/notes';
import { readPageSettings, toggleSiteOf, watchPageSettings } from '../src/page/page-settings';
import '../src/page/highlights.css';

/** The Navigation API (Chromium; Firefox since 147), for navigations inside single-page apps. */
type WithNavigation = { navigation?: EventTarget };

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // Styles for ::highlight() go in through the manifest: nothing is added to the page's DOM.
  cssInjectionMode: 'manifest',
  // WXT tells an older copy of the script to stop with a DOM event; its extra postMessage would
  // wake every `message` listener of the page on every load.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const scriptStart = performance.now();
    let lens: Lens | undefined;
    let current = '';

    const update = async () => {
      const { on, highlight, mayHaveNotes } = await readPageSettings(location.href);
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
        lens = new Lens({ finder, termById, scriptStart, highlight, mayHaveNotes });
        await lens.start();
      } else if (!on && lens) {
        lens.stop();
        lens = undefined;
        // Clears the badge.
        void sendToBackground({ type: 'page-terms', report: emptyReport() }).catch(() => {});
      }
    };

    const unwatch = watchPageSettings(() => void update());
    ctx.onInvalidated(() => {
      unwatch();
      lens?.stop();
    });

    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isTabMessage(message)) return;
      // The switch works on a site where highlighting is off, so it is handled before `lens`.
      if (message.type === 'toggle-site') {
        void toggleSiteOf(location.href).then(sendResponse);
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

    // Single-page apps: a new URL is a new page for the badge and the history. WXT's watcher,
    // which compares the URL every second, only where the Navigation API is missing.
    let url = location.href;
    const onLocation = () => {
      if (location.href === url) return;
      url = location.href;
      lens?.reportNow();
      void lens?.refreshNotes();
    };
    const { navigation } = window as WithNavigation;
    if (navigation) {
      ctx.addEventListener(navigation, 'currententrychange', onLocation);
    } else {
      ctx.addEventListener(window, 'wxt:locationchange', onLocation);
    }

    await update();
  },
});

function emptyReport(): PageReport {
  return { url: location.href, title: document.title, terms: [] };
}
