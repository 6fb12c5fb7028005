/**
 * A PDF chosen as a document's text: pdf.js (pdfjs-dist) reads its text layer in its own worker,
 * and `pdfText` puts the pieces back into paragraphs. Imported only when a PDF is chosen, so
 * neither pdf.js nor its worker is loaded with the panel (docs/decisions/104-pdf-files.md).
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import { type PdfPiece, pdfText } from '../../documents/pdf-text.ts';

export type PdfRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'locked' | 'no-text' | 'unreadable' };

/** The text of a PDF's pages, or why there is none. Never throws. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const task = pdfjs.getDocument({
    data: bytes,
    // Chinese PDFs often name a predefined CMap (UniGB-UCS2-H…): packaged with the extension.
    cMapUrl: browser.runtime.getURL('/cmaps/' as '/'),
    cMapPacked: true,
    // Text only: no font is loaded into the page, nothing is fetched but the packaged CMaps.
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const doc = await task.promise;
    const pages: PdfPiece[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: PdfPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [, , , d = 0, x = 0, y = 0] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width, height: item.height || Math.abs(d) });
      }
      pages.push(pieces);
      page.cleanup();
    }
    const text = pdfText(pages);
    return text.trim() === '' ? { ok: false, reason: 'no-text' } : { ok: true, text };
  } catch (e) {
    return {
      ok: false,
      reason: (e as Error)?.name === 'PasswordException' ? 'locked' : 'unreadable',
    };
  } finally {
    await task.destroy().catch(() => {});
  }
}
