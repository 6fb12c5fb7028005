import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { termById } from '../src/corpus/glossary';
import { createFinder } from '../src/page/finder';
import { Lens } from '../src/page/lens';
import { LENS_GLOBAL, type LensModule } from '../src/page/lens-api';
import { captureSelection } from '../src/page/notes';

/**
 * The part of the content script that a page without terms never loads: the matcher, the
 * highlights, the hover card, notes. `content.ts` imports it (a web-accessible resource) into
 * its own isolated world and finds it under LENS_GLOBAL.
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
      return {
        answer: (message) => lens.answer(message),
        offerNote: () => lens.offerNote(),
        locationChanged: () => {
          lens.reportNow();
          void lens.refreshNotes();
        },
        stop: () => lens.stop(),
      };
    },
  };
  (globalThis as Record<string, unknown>)[LENS_GLOBAL] = module;
});
