/**
 * A reader's document split into paragraphs and sentences, with the resolution's stable ids
 * (`p3.s6`, from `corpus/parse.ts`). Chinese and English, plain text or light Markdown, LF or CRLF.
 */
import { type Paragraph, sentencesOf } from '../corpus/parse.ts';

export interface DocumentParagraph extends Paragraph {
  /** Offset of the paragraph's text in the document (its sentences' `start` is within it). */
  start: number;
  /** Markdown heading level (1–6), 0 for a body paragraph. */
  heading: number;
}

// A sentence ends at 。！？；!? or an ellipsis, or at a full stop followed by a space; closing
// quotes and brackets after the mark stay with it.
const END = /(?:[。！？；!?]+|[…⋯]+|\.+)[”’」』）)\]"']*/g;
/** Words that end with a full stop without ending the sentence ("No. 5", "Art. 3", "Mr. Li"). */
const ABBREVIATIONS = new Set(
  'no nos art arts para paras sec ch chap vol p pp fig cf vs mr mrs ms dr prof st jr sr inc ltd co corp dept gov approx est jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Whether the full stop at `at` ends a sentence. */
function fullStopEnds(text: string, at: number, after: number): boolean {
  const next = text[after];
  if (next !== undefined && !/\s/.test(next)) return false; // 3.5, example.org, e.g.x
  if (text.startsWith('..', at)) return true; // an ellipsis
  const before = text.slice(Math.max(0, at - 24), at);
  const word = /([A-Za-z]+(?:\.[A-Za-z]+)*)$/.exec(before)?.[1];
  if (word !== undefined) {
    // e.g., i.e., U.S., an initial (J. Smith), or a listed abbreviation.
    if (/^[A-Z]$|^[A-Za-z](?:\.[A-Za-z])+$/.test(word)) return false;
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  }
  return !/^\s*\d+$/.test(text.slice(0, at)); // "1. Aims" opening a paragraph
}

/** A paragraph's text cut into sentences (each keeps the spaces after it): they join to `text`. */
export function sentencePieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(END)) {
    const at = m.index;
    let after = at + m[0].length;
    if (text[at] === '.' && !fullStopEnds(text, at, after)) continue;
    while (after < text.length && /\s/.test(text[after] as string)) after++; // spaces go before
    pieces.push(text.slice(from, after));
    from = after;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

const HEADING = /^([ \t]{0,3})(#{1,6})[ \t]+/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)、])\s/;

/**
 * A single newline inside an English paragraph wrapped by hand: the line before is long and
 * stops mid-sentence, the next goes on in Latin script. Anywhere else a newline ends a paragraph
 * (Chinese texts put one paragraph on a line).
 */
function isWrap(before: string, next: string): boolean {
  const line = before.trimEnd();
  return (
    line.length >= 40 &&
    /[A-Za-z,;–-]$/.test(line) &&
    /^\s*[A-Za-z0-9(“"‘']/.test(next) &&
    !LIST_ITEM.test(next)
  );
}

/** Splits a document into paragraphs (a blank line or a newline ends one) and sentences. */
export function splitDocument(text: string): DocumentParagraph[] {
  const out: DocumentParagraph[] = [];
  const push = (start: number, end: number, heading: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') return;
    const number = out.length + 1;
    const id = `p${number}`;
    const sentences = sentencesOf(id, sentencePieces(body));
    out.push({ id, number, text: body, sentences, start: start + lead, heading });
  };
  let open = -1; // start of the paragraph being read, -1 when none
  let openEnd = 0;
  let lastLine = '';
  for (const m of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (m[0] === '') break;
    const line = m[0].replace(/[\r\n]+$/, '');
    const start = m.index;
    const heading = HEADING.exec(line);
    if (line.trim() === '' || heading) {
      if (open >= 0) push(open, openEnd, 0);
      open = -1;
      if (heading) {
        const [marker = '', , hashes = ''] = heading;
        push(
          start + marker.length,
          start + line.replace(/(?:[ \t]+#+)?[ \t]*$/, '').length,
          hashes.length,
        );
      }
    } else if (open >= 0 && isWrap(lastLine, line)) {
      openEnd = start + line.length;
    } else {
      if (open >= 0) push(open, openEnd, 0);
      open = start;
      openEnd = start + line.length;
    }
    lastLine = line;
  }
  if (open >= 0) push(open, openEnd, 0);
  return out;
}
