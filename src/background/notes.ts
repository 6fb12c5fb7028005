import { anchorQuote, pageText } from '../anchor/quote.ts';
import type { AnchoredQuote, QuoteToAnchor } from '../anchor/types.ts';
import { writeNoteSites } from '../db/note-sites.ts';
import { notesForUrl } from '../db/notes.ts';
import { type NanshaDb, openDb } from '../db/schema.ts';

/** Characters of a note's text shown on the page's card. */
const EXCERPT = 160;

let db: NanshaDb | undefined;

/** The notes taken on a page (by its normalised URL) that quote it. */
export async function quotesForPage(url: string): Promise<QuoteToAnchor[]> {
  db ??= openDb();
  const notes = await notesForUrl(db, url);
  const out: QuoteToAnchor[] = [];
  for (const n of notes) {
    const selector = n.source?.selector;
    if (!selector) continue;
    out.push({
      id: n.id,
      selector,
      position: n.source?.position,
      excerpt: n.body.length > EXCERPT ? `${n.body.slice(0, EXCERPT)}…` : n.body,
    });
  }
  return out;
}

/** The list of sites that have notes, written anew (install, update, browser start). */
export async function refreshNoteSites(): Promise<void> {
  db ??= openDb();
  await writeNoteSites(db).catch(console.error);
}

/** Where each quote is in the page's text now (-1: not found; the note is an orphan there). */
export function anchorQuotes(text: string, quotes: readonly QuoteToAnchor[]): AnchoredQuote[] {
  const page = pageText(text);
  return quotes.map((q) => {
    const found = anchorQuote(page, q.selector, q.position);
    return { id: q.id, start: found?.start ?? -1, end: found?.end ?? -1 };
  });
}
