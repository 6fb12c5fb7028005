/**
 * A file chosen as a document's text: .txt, .md, .html or .pdf, up to DOCUMENT_LIMITS.fileBytes.
 * HTML is parsed with DOMParser (no script runs, nothing loads) and only its text is kept, a block
 * per line; a PDF's text layer is read by pdf.js, loaded only then (read-pdf.ts). Another binary or
 * an undecodable file is refused with a reason the panel puts in words.
 */
import { DOCUMENT_LIMITS } from '../../documents/types.ts';

export type FileRead =
  | { ok: true; text: string; name: string }
  | { ok: false; name: string; reason: 'too-large' | 'unreadable' | 'locked' | 'no-text' };

const TEXT_NAME = /\.(txt|text|md|markdown)$/i;
const HTML_NAME = /\.(html?|xhtml)$/i;
const PDF_NAME = /\.pdf$/i;

/** Bytes as text: UTF-8 (a BOM or none), UTF-16 with a BOM, else GB 18030; undefined if binary. */
export function decodeText(bytes: Uint8Array): string | undefined {
  const [a, b] = bytes;
  const tryDecode = (label: string, data: Uint8Array) => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(data);
    } catch {
      return undefined;
    }
  };
  if (a === 0xff && b === 0xfe) return tryDecode('utf-16le', bytes);
  if (a === 0xfe && b === 0xff) return tryDecode('utf-16be', bytes);
  // A NUL or many control characters: a binary file (PDF, .docx, an image…).
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return undefined;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > bytes.length / 100) return undefined;
  return tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);
}

const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe']);

/** An HTML document's text, one block per line (what a reader sees, not its markup). */
export function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE)
        out.push((child.textContent ?? '').replace(/\s+/g, ' '));
      else if (child instanceof Element) {
        const tag = child.localName;
        if (SKIPPED.has(tag)) continue;
        const block = BLOCKS.has(tag);
        if (block) out.push('\n');
        walk(child);
        if (block) out.push('\n');
      }
    }
  };
  walk(doc.body ?? doc);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Reads a chosen file as a document's text. */
export async function readDocumentFile(file: File): Promise<FileRead> {
  const name = file.name;
  if (file.size > DOCUMENT_LIMITS.fileBytes) return { ok: false, name, reason: 'too-large' };
  if (PDF_NAME.test(name) || file.type === 'application/pdf') {
    const { readPdf } = await import('./read-pdf.ts');
    const pdf = await readPdf(new Uint8Array(await file.arrayBuffer()));
    return pdf.ok ? { ok: true, name, text: pdf.text } : { ok: false, name, reason: pdf.reason };
  }
  const html = HTML_NAME.test(name) || file.type === 'text/html';
  if (!html && !TEXT_NAME.test(name) && !file.type.startsWith('text/')) {
    return { ok: false, name, reason: 'unreadable' };
  }
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (text === undefined) return { ok: false, name, reason: 'unreadable' };
  return { ok: true, name, text: html ? htmlText(text) : text.replace(/^\uFEFF/, '') };
}
