import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { termById } from '../src/corpus/glossary';
import { createFinder } from '../src/page/finder';
import { Lens } from '../src/page/lens';
import { LENS_GLOBAL, type LensModule } from '../src/page/lens-api';
import { captureSelection } from '../src/page/notes';

/**
 * The part of the content script that a page without terms never loads: the matcher, the
 * highlights, the hover card, notes. `content-script.ts` imports it (a web-accessible resource)
 * into its own isolated world and finds it under LENS_GLOBAL.
 */
export default defineUnlistedScript(() => {
  const module: LensModule = {
    captureSelection,
    start({ highlight, scriptStart, mayHaveNotes, checked }) {
      const finder = createFinder(
        (v) =>
          v.script === 'zh-Hans' ||
          (v.script === 'zh-Hant' && highlight.traditional) ||
          (v.script === 'en' && highlight.english),
        highlight.traditional,
      );
      const lens = new Lens({ finder, termById, scriptStart, highlight, mayHaveNotes });
      void lens.start(checked);
      // Single-page apps: a new URL is a new page for the badge, the history and the notes.
      const unwatch = watchLocation(() => {
        lens.reportNow();
        void lens.refreshNotes();
      });
      return {
        answer: (message) => lens.answer(message),
        offerNote: () => lens.offerNote(),
        stop: () => {
          unwatch();
          lens.stop();
        },
      };
    },
  };
  (globalThis as Record<string, unknown>)[LENS_GLOBAL] = module;
});

/** The Navigation API (Chromium; Firefox since 147), for navigations inside single-page apps. */
type WithNavigation = { navigation?: EventTarget };

/**
 * Calls `onChange` when the URL changes without a new document (pushState, replaceState,
 * a new hash). Where the Navigation API is missing, the URL is compared every second. Returns
 * the function that stops watching.
 */
function watchLocation(onChange: () => void): () => void {
  let url = location.href;
  const check = () => {
    if (location.href === url) return;
    url = location.href;
    onChange();
  };
  const { navigation } = window as WithNavigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  const timer = setInterval(check, 1_000);
  return () => clearInterval(timer);
}
