/**
 * Quote anchoring over a page's text: pure, works on strings (no DOM, no browser API).
 *
 * Modelled on Hypothesis' text-quote anchoring (approx-string-match, Myers' bit-parallel edit
 * distance), with bounded work so it can run in a content script on a 1M-character page:
 *
 * 1. Verbatim: every occurrence of `exact` (indexOf), each scored by how much of the stored prefix
 *    and suffix agrees with the text around it; ties go to the one nearest the position hint.
 * 2. The same on folded text (`fold`: one code unit to one, so offsets survive — Traditional →
 *    Simplified, full-width → half-width, case, whitespace).
 * 3. Fuzzy: approximate search with at most ⌊(1 − minSimilarity) · length⌋ edits, only in windows
 *    where the quote can be: around the position hint, after the prefix, before the suffix, and
 *    around verbatim hits of the quote's pieces (split into edits + 1 pieces, at least one of them
 *    survives any match within the bound — the pigeonhole filter). Windows are searched nearest the
 *    hint first until a work budget is spent; then it gives up (null: an orphan, never a guess).
 */
import search from 'approx-string-match';
import type { Anchor, TextPositionSelector, TextQuoteSelector } from './types.ts';

export interface AnchorOptions {
  /** One code unit to one code unit (offsets in folded text are offsets in the original). */
  fold?: (s: string) => string;
  /** A fuzzy match must have at least this similarity (1 − edits / quote length). */
  minSimilarity?: number;
  /** Fuzzy work budget, in text code units × 32-unit pattern blocks. */
  budget?: number;
  /** Filled with the fuzzy work done (same unit as the budget), for tests and benchmarks. */
  stats?: { work: number };
}

/** A page's text, with its folded form computed once for all the quotes anchored on it. */
export interface PageText {
  readonly text: string;
  folded?: string;
  foldedWith?: (s: string) => string;
}

export const DEFAULT_MIN_SIMILARITY = 0.75;
/** The fuzzy work allowed per quote (why this size: docs/decisions/009-quote-anchoring.md). */
export const DEFAULT_BUDGET = 4_000_000;
/** Verbatim occurrences scored at most (a one-character quote on a long page). */
const MAX_OCCURRENCES = 100_000;
/** Hits of one piece of the quote followed at most. */
const MAX_PIECE_HITS = 256;

const identity = (s: string) => s;

/** The W3C selectors of `text[start, end)`, with `contextLength` code units of context. */
export function describeQuote(
  text: string,
  start: number,
  end: number,
  contextLength = 32,
): { selector: TextQuoteSelector; position: TextPositionSelector } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    selector: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - contextLength), s),
      suffix: text.slice(e, e + contextLength),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** Length of the common suffix of `text[..at)` and `prefix`. */
function prefixAgreement(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0) {
    if (text.charCodeAt(at - n - 1) !== prefix.charCodeAt(prefix.length - n - 1)) break;
    n++;
  }
  return n;
}

/** Length of the common prefix of `text[at..)` and `suffix`. */
function suffixAgreement(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length) {
    if (text.charCodeAt(at + n) !== suffix.charCodeAt(n)) break;
    n++;
  }
  return n;
}

function verbatim(
  text: string,
  q: TextQuoteSelector,
  hint: TextPositionSelector | undefined,
): Anchor | null {
  const { exact } = q;
  let best = -1;
  let bestScore = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  let seen = 0;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const score =
      prefixAgreement(text, at, q.prefix) + suffixAgreement(text, at + exact.length, q.suffix);
    const distance = hint ? Math.abs(at - hint.start) : 0;
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
    if (++seen >= MAX_OCCURRENCES) break;
  }
  if (best < 0) return null;
  const end = best + exact.length;
  const how = hint && hint.start === best && hint.end === end ? 'position' : 'exact';
  return { start: best, end, how, similarity: 1 };
}

/** 1 − edits / length of the best approximate occurrence of `target` in `str` (0 when none). */
function closeness(str: string, target: string): number {
  if (target.length === 0) return 1;
  if (str.length === 0) return 0;
  const [m] = search(str, target, target.length);
  return m ? 1 - m.errors / target.length : 0;
}

interface Window {
  from: number;
  to: number;
  /** Distance of the window to the hint, for ordering. */
  rank: number;
}

function fuzzy(
  text: string,
  q: TextQuoteSelector,
  hint: TextPositionSelector | undefined,
  minSimilarity: number,
  budget: number,
  stats: { work: number },
): Anchor | null {
  const { exact, prefix, suffix } = q;
  const m = exact.length;
  const maxErrors = Math.floor(m * (1 - minSimilarity) + 1e-9);
  if (maxErrors < 1) return null;
  const blocks = Math.ceil(m / 32);
  const n = text.length;
  const centre = hint ? Math.min(hint.start, n) : -1;
  const windows: Window[] = [];
  const add = (from: number, to: number) => {
    const f = Math.max(0, from);
    const t = Math.min(n, to);
    if (t - f < m - maxErrors) return;
    windows.push({ from: f, to: t, rank: centre < 0 ? f : Math.abs(f - centre) });
  };
  const reach = m + maxErrors;

  // Around the hint: the page may have gained or lost a little above the quote.
  if (hint) {
    const slack = Math.max(1024, 2 * m);
    add(centre - slack, centre + reach + slack);
  }
  // After the end of the prefix, before the start of the suffix.
  const anchorPiece = (piece: string, before: number, after: number) => {
    if (piece.length < 4) return;
    let hits = 0;
    for (let at = text.indexOf(piece); at >= 0 && hits < MAX_PIECE_HITS; hits++) {
      add(at - before, at + piece.length + after);
      at = text.indexOf(piece, at + 1);
    }
  };
  anchorPiece(prefix.slice(-16), 0, reach);
  anchorPiece(suffix.slice(0, 16), reach, 0);
  // Pieces of the quote: a match with ≤ maxErrors edits keeps one of maxErrors + 1 pieces
  // verbatim (pigeonhole). Pieces shorter than 6 code units would hit everywhere, so there are at
  // most m / 6 of them: complete for edits that cluster, as a page's small changes do.
  const pieces = Math.max(1, Math.min(maxErrors + 1, Math.floor(m / 6)));
  const size = Math.floor(m / pieces);
  for (let p = 0; p < pieces; p++) {
    const offset = p * size;
    anchorPiece(exact.slice(offset, offset + size), offset + maxErrors, reach - offset);
  }

  // Merge overlapping windows; search nearest the hint first, within the budget.
  windows.sort((a, b) => a.from - b.from);
  const merged: Window[] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w.from <= last.to) {
      last.to = Math.max(last.to, w.to);
      last.rank = Math.min(last.rank, w.rank);
    } else merged.push({ ...w });
  }
  merged.sort((a, b) => a.rank - b.rank);

  // Nothing found in the windows and the page is short: search all of it.
  merged.push({ from: 0, to: n, rank: Number.POSITIVE_INFINITY });

  let spent = 0;
  let best: Anchor | null = null;
  let bestScore = -1;
  for (const w of merged) {
    if (w.rank === Number.POSITIVE_INFINITY && best) break;
    const cost = (w.to - w.from) * blocks;
    if (spent + cost > budget) continue;
    spent += cost;
    stats.work = spent;
    for (const match of search(text.slice(w.from, w.to), exact, maxErrors)) {
      const start = w.from + match.start;
      const end = w.from + match.end;
      const similarity = 1 - match.errors / m;
      if (similarity < minSimilarity) continue;
      const before = closeness(text.slice(Math.max(0, start - prefix.length), start), prefix);
      const after = closeness(text.slice(end, end + suffix.length), suffix);
      const position = hint ? 1 - Math.abs(start - centre) / Math.max(n, 1) : 1;
      // Hypothesis' weights: the quote counts most, then its context, then the position.
      const score = 50 * similarity + 20 * before + 20 * after + 2 * position;
      if (score > bestScore) {
        bestScore = score;
        best = { start, end, how: 'fuzzy', similarity };
      }
    }
  }
  return best;
}

/** Folded form of a page's text, computed once per fold. */
function foldedText(page: PageText, fold: (s: string) => string): string {
  if (page.folded === undefined || page.foldedWith !== fold) {
    page.folded = fold(page.text);
    page.foldedWith = fold;
  }
  return page.folded;
}

/**
 * Finds a stored quote in a page's text again: verbatim first, then on folded text, then
 * approximately; null when it cannot be found (the note is an orphan on this page).
 */
export function anchorQuote(
  page: string | PageText,
  selector: TextQuoteSelector,
  position?: TextPositionSelector,
  options: AnchorOptions = {},
): Anchor | null {
  const p: PageText = typeof page === 'string' ? { text: page } : page;
  if (selector.exact === '') return null;
  const hit = verbatim(p.text, selector, position);
  if (hit) return hit;
  const fold = options.fold ?? identity;
  const text = foldedText(p, fold);
  const q: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: fold(selector.exact),
    prefix: fold(selector.prefix),
    suffix: fold(selector.suffix),
  };
  if (fold !== identity) {
    const folded = verbatim(text, q, position);
    if (folded) return folded;
  }
  return fuzzy(
    text,
    q,
    position,
    options.minSimilarity ?? DEFAULT_MIN_SIMILARITY,
    options.budget ?? DEFAULT_BUDGET,
    options.stats ?? { work: 0 },
  );
}
