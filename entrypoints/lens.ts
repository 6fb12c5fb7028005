import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { getGlossary, type Term, termById } from '../src/corpus/glossary.ts';
import { documentOf } from '../src/documents/types.ts';
import { decodeDocumentTerms } from '../src/match/document-code.ts';
import { createFinder } from '../src/page/finder.ts';
import { Lens } from '../src/page/lens.ts';
import { LENS_GLOBAL, type LensModule } from '../src/page/lens-api.ts';
import { watchLocation } from '../src/page/location-watch.ts';
import { captureSelection } from '../src/page/notes.ts';

/**
 * The part of the content script that a page without terms never loads: the matcher, the
 * highlights, the hover card, notes. The background injects it into the content script's isolated
 * world when the content script asks (src/background/lens-loader.ts), which finds it under
 * LENS_GLOBAL.
 */
export default defineUnlistedScript(() => {
  const module: LensModule = {
    captureSelection,
    start({ highlight, style, scriptStart, mayHaveNotes, checked, mayContain, documents }) {
      const resolution = documents?.resolution ?? true;
      // The reader's documents' terms, parsed when the matcher is first built.
      let own: Map<string, Term> | undefined;
      const ownTerms = () => {
        own ??= new Map(decodeDocumentTerms(style.terms).map((t) => [t.id, t]));
        return own;
      };
      const titles = new Map(documents?.docs.map((d) => [d.id, d.title]));
      const finder = createFinder(
        mayContain,
        (v) =>
          v.script === 'zh-Hans' ||
          (v.script === 'zh-Hant' && highlight.traditional) ||
          (v.script === 'en' && highlight.english),
        highlight.traditional,
        () => [...(resolution ? getGlossary() : []), ...ownTerms().values()],
      );
      const lens = new Lens({
        finder,
        termById: (id) => (documentOf(id) ? ownTerms().get(id) : termById(id)),
        scriptStart,
        highlight,
        style,
        mayHaveNotes,
        resolution,
        documentTitle: (doc) => titles.get(doc),
      });
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
