/**
 * "Use this page" (issue 15): the article of the page the reader is on, as plain text in
 * paragraphs, read by @mozilla/readability from a copy of the document — the page itself is not
 * touched. Injected only when the reader asks (entrypoints/article.ts), never on page load.
 */
import { Readability } from '@mozilla/readability';
import { DOCUMENT_LIMITS, type PageArticle } from '../documents/types.ts';

/** Blocks whose text is a paragraph of the document (the outermost one where they nest). */
const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,dt,dd,td,th';
/** Fewer characters than this is a teaser, a list of links or an error page: no article. */
const MIN_CHARS = 100;

/** The text of an article's element: one paragraph per block, headings marked as in Markdown. */
export function articleText(root: Element): string {
  const parts: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    const outer = el.parentElement?.closest(BLOCKS);
    if (outer && root.contains(outer)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const level = /^H([1-6])$/.exec(el.tagName)?.[1];
    parts.push(level ? `${'#'.repeat(Number(level))} ${text}` : text);
  }
  if (parts.length > 0) return parts.join('\n\n');
  return (root.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

export function extractArticle(doc: Document): PageArticle {
  // A PDF in the browser's viewer has its own message; an image or a feed cannot be read.
  if (doc.contentType === 'application/pdf') return { ok: false, error: 'pdf' };
  if (!doc.documentElement || doc.contentType !== 'text/html') {
    return { ok: false, error: 'cannot-read' };
  }
  const article = new Readability(doc.cloneNode(true) as Document, {
    serializer: (node: Node) => node,
  }).parse();
  const content = article?.content;
  const text = content instanceof Element ? articleText(content) : '';
  if (text.length < MIN_CHARS) return { ok: false, error: 'no-article' };
  if (text.length > DOCUMENT_LIMITS.textChars) return { ok: false, error: 'too-long' };
  return {
    ok: true,
    title: (article?.title ?? '').trim() || doc.title.trim(),
    text,
    url: doc.location.href,
    lang: article?.lang || doc.documentElement.lang || '',
  };
}
