import { defineContentScript } from 'wxt/utils/define-content-script';
import { glossary, termById } from '../src/corpus/glossary';
import { createMatcher } from '../src/match/matcher';
import { sendToBackground } from '../src/messaging/messages';
import { paint, termAt } from '../src/page/highlights';
import { scan } from '../src/page/scan';
import '../src/page/highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Styles for ::highlight() go in through the manifest: nothing is added to the page's DOM.
  cssInjectionMode: 'manifest',
  main(ctx) {
    const matcher = createMatcher(glossary);
    const termOf = paint(scan(document.body, matcher), (id) => termById(id)?.category ?? 'other');
    if (termOf.size === 0) return;

    ctx.addEventListener(document, 'click', (event) => {
      if (!(event instanceof MouseEvent) || event.button !== 0) return;
      // A click that ends a text selection is not a choice of term.
      if (!(document.getSelection()?.isCollapsed ?? true)) return;
      const termId = termAt(termOf, event.clientX, event.clientY);
      if (termId) void sendToBackground({ type: 'open-term', termId });
    });
  },
});
