/** Proposes a document's terms off the panel's main thread (see propose.ts). */
import { type ProposeOptions, proposeTerms } from '../../documents/candidates.ts';

self.onmessage = (event: MessageEvent<{ text: string; options: ProposeOptions }>) => {
  const { text, options } = event.data;
  self.postMessage(proposeTerms(text, options));
};
