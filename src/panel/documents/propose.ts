/**
 * Terms proposed for a document without freezing the panel: in a module Web Worker (built by
 * Vite beside the panel); where a worker cannot start, on the main thread after a frame has
 * been drawn (the "Finding terms…" line shows first).
 */
import { type Proposal, proposeTerms } from '../../documents/candidates.ts';

/** How many candidates the review lists ("N more" for the rest). */
export const REVIEW_LIMIT = 200;

function inWorker(text: string): Promise<Proposal> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./candidates.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<Proposal>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'worker failed'));
    };
    worker.postMessage({ text, options: { limit: REVIEW_LIMIT } });
  });
}

export async function proposeInBackground(text: string): Promise<Proposal> {
  try {
    return await inWorker(text);
  } catch (error) {
    console.warn('Nansha Lens: proposing terms on the main thread', error);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    return proposeTerms(text, { limit: REVIEW_LIMIT });
  }
}
