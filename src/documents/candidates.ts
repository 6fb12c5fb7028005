/**
 * Terms proposed from a reader's document, best first, for the reader to review
 * (docs/decisions/100-document-terms.md). Traditional and Simplified count together: the text is
 * folded with the search's folding, which keeps every offset.
 */
import { fold } from '../text/search-fold.ts';
import { isGenericText } from './generic.ts';
import { type MarkedKind, quotes, slogans, titles } from './marked.ts';
import { recurringNames } from './names.ts';
import { chineseRuns, englishRuns, segmentBounds } from './runs.ts';
import { splitDocument } from './split.ts';

export type CandidateKind = MarkedKind | 'name';

export interface Candidate {
  /** The term as first written in the text. */
  surface: string;
  kind: CandidateKind;
  /** Occurrences in the text, Traditional and Simplified alike. */
  count: number;
  /** Where it first occurs: the sentence's id (`p3.s6`) and a short excerpt around it. */
  firstContext: { sentenceId: string; excerpt: string };
  /** Whether the review list starts with it checked. */
  suggested: boolean;
}

export interface Proposal {
  /** The best `limit` candidates, best first. */
  candidates: Candidate[];
  /** How many were found in all ("N more" is `total - candidates.length`). */
  total: number;
}

export interface ProposeOptions {
  /** How many candidates to return (default 200). */
  limit?: number;
  /** How often a name must occur to be listed (default 2) and to be suggested (default 3). */
  minCount?: number;
  suggestCount?: number;
}

/** Terms of one character or over 40 are never proposed (nor accepted: validate.ts). */
export const MIN_LENGTH = 2;
export const MAX_LENGTH = 40;

/** Title before slogan before quote before name, when one term is found several ways. */
const PRIORITY: Record<CandidateKind, number> = { title: 3, slogan: 2, quote: 1, name: 0 };
const BONUS: Record<CandidateKind, number> = { title: 3, slogan: 2.5, quote: 2, name: 0 };
const EXCERPT = 24;
const NUMBERS = /^[一二两三四五六七八九十百千万]/;

interface Found {
  kind: CandidateKind;
  key: string;
  /** Offset and length of the first occurrence in the text. */
  first: number;
  length: number;
  count: number;
  /** A Chinese name that is a word more than a term: listed, not suggested. */
  word?: boolean;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** Occurrences of `key` in `folded` (first offset, count); Latin words only as whole words. */
function occurrences(folded: string, key: string): [number, number] {
  const latinStart = /^[a-z0-9]/.test(key);
  const latinEnd = /[a-z0-9]$/.test(key);
  let first = -1;
  let count = 0;
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
    if (latinStart && isWordChar(folded[at - 1])) continue;
    if (latinEnd && isWordChar(folded[at + key.length])) continue;
    if (first < 0) first = at;
    count++;
  }
  return [first, count];
}

/** How much a term is worth showing first: its kind, how often it occurs, how long it is. */
function score(f: Found): number {
  const han = f.key.match(/\p{Script=Han}/gu)?.length ?? 0;
  const length = han + Math.ceil((f.key.length - han) / 3);
  return BONUS[f.kind] + Math.log2(f.count) + Math.min(length, 12) / 4;
}

export function proposeTerms(text: string, options: ProposeOptions = {}): Proposal {
  const { limit = 200, minCount = 2, suggestCount = 3 } = options;
  const folded = fold(text);
  const paragraphs = splitDocument(text);
  const sentences = paragraphs.flatMap((p) =>
    p.sentences.map((s): [number, number, string] => [
      p.start + s.start,
      p.start + s.start + s.text.length,
      s.id,
    ]),
  );
  const bounds = segmentBounds(folded);

  const found = new Map<string, Found>();
  const add = (f: Found) => {
    const had = found.get(f.key);
    if (had && PRIORITY[had.kind] >= PRIORITY[f.kind]) return;
    found.set(f.key, had ? { ...f, count: Math.max(f.count, had.count) } : f);
  };
  const marked = [...titles(text), ...slogans(folded, bounds), ...quotes(text)];
  for (const m of marked) {
    const key = folded.slice(m.start, m.end);
    const had = found.get(key);
    if (had && PRIORITY[had.kind] >= PRIORITY[m.kind]) continue;
    const [first, count] = occurrences(folded, key);
    if (count > 0) add({ kind: m.kind, key, first, length: key.length, count });
  }
  const runs = [
    ...chineseRuns(folded, bounds),
    ...englishRuns(
      text,
      folded,
      sentences.map(([s, e]) => [s, e]),
    ),
  ];
  // A name always seen inside a term the text marks (a title too long for a name) is left out.
  const markedKeys = [...found.values()].filter((f) => f.count >= minCount);
  for (const n of recurringNames(runs, minCount)) {
    if (markedKeys.some((m) => m.count === n.count && m.key.includes(n.key))) continue;
    // One Chinese word (the segmenter knows it), two characters, or a count (两谷, 三年) is
    // listed but not suggested: such names are words more than terms.
    const word =
      /^\p{Script=Han}/u.test(n.key) && (n.words === 1 || n.key.length < 3 || NUMBERS.test(n.key));
    add({
      kind: 'name',
      key: n.key,
      first: n.start,
      length: n.end - n.start,
      count: n.count,
      word,
    });
  }

  const all = [...found.values()]
    .filter((f) => {
      const length = [...f.key].length;
      return length >= MIN_LENGTH && length <= MAX_LENGTH;
    })
    .map((f) => {
      const suggested =
        !isGenericText(f.key) && (f.kind !== 'name' || (f.count >= suggestCount && !f.word));
      return { f, suggested, score: score(f) };
    })
    .sort(
      (a, b) =>
        Number(b.suggested) - Number(a.suggested) || b.score - a.score || a.f.first - b.f.first,
    );

  const context = (at: number, length: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid]?.[0] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const [start = 0, end = text.length, sentenceId = ''] = sentences[lo] ?? [];
    let from = Math.max(start, at - EXCERPT);
    let to = Math.min(end, at + length + EXCERPT);
    // Not in the middle of an English word.
    while (from < at && isLatin(text[from - 1]) && isLatin(text[from])) from++;
    while (to > at + length && isLatin(text[to - 1]) && isLatin(text[to])) to--;
    const excerpt = `${from > start ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < end ? '…' : ''}`;
    return { sentenceId, excerpt };
  };

  return {
    total: all.length,
    candidates: all.slice(0, limit).map(({ f, suggested }) => {
      return {
        surface: text.slice(f.first, f.first + f.length),
        kind: f.kind,
        count: f.count,
        firstContext: context(f.first, f.length),
        suggested,
      };
    }),
  };
}
