/**
 * Finding a term by its name typed with a slip ("Nansah Plan", "Greater Bay Aera", "Hengquin"):
 * Fuse.js (Bitap) over the names of the terms in every form — canonical, Simplified, Traditional,
 * English — folded by the search's folding. The panel shows these terms when the engine finds
 * none, and offers the best as "Did you mean …?". Passages and notes stay with the engine:
 * docs/decisions/080-fuse-term-lookup.md.
 *
 * Pure: no DOM, no browser API. The Fuse index is built on the first lookup.
 */
import Fuse from 'fuse.js';
import { getGlossary, isHeadlineForm, type Term } from '../corpus/glossary.ts';
import { fold } from '../text/search-fold.ts';
import { foldQuery } from './query.ts';

/** A term whose name is close to the query. */
export interface TermMatch {
  termId: string;
  /** The form of the name that matched, as written in the glossary (in the query's script). */
  form: string;
  /** Fuse.js's score: 0 is exact, 1 nothing alike. */
  score: number;
  /** The matched characters in `form`, sorted, not overlapping (end exclusive). */
  ranges: { start: number; end: number }[];
}

/** Bitap's errors per pattern character at most: one edit in four characters. */
export const THRESHOLD = 0.25;
/** The query is at least this part of the form's length: a name, not a word inside one. */
export const MIN_COVERAGE = 0.6;
/** Longer queries are not names (the longest typed ones are far shorter): nothing is looked up. */
export const MAX_QUERY = 64;
/** Shorter queries match too much to mean anything. */
export const MIN_QUERY = 2;

/** The forms of one term that fold to the same text (Simplified and Traditional, cases). */
interface Entry {
  termId: string;
  /** Glossary order of the term: ties keep it. */
  order: number;
  forms: string[];
}

export class TermLookup {
  private fuse: Fuse<Entry> | undefined;
  private readonly terms: () => readonly Term[];

  /** `terms`: the glossary, asked for on the first lookup. */
  constructor(terms: () => readonly Term[] = getGlossary) {
    this.terms = terms;
  }

  private build(): Fuse<Entry> {
    const entries: Entry[] = [];
    this.terms().forEach((term, order) => {
      const byKey = new Map<string, Entry>();
      for (const { form } of [{ form: term.canonical }, ...term.variants]) {
        if (isHeadlineForm(form)) continue;
        const key = fold(form);
        const entry = byKey.get(key);
        if (!entry) byKey.set(key, { termId: term.id, order, forms: [form] });
        else if (!entry.forms.includes(form)) entry.forms.push(form);
      }
      entries.push(...byKey.values());
    });
    return new Fuse(entries, {
      // Folded here, so Fuse compares folded names with the folded query. The search's folding
      // keeps every code unit's offset, so Fuse's indices are offsets in the written form too.
      keys: [{ name: 'name', getFn: (entry: Entry) => fold(entry.forms[0] ?? '') }],
      isCaseSensitive: true,
      ignoreLocation: true,
      threshold: THRESHOLD,
      includeScore: true,
      includeMatches: true,
    });
  }

  /** Terms whose name is close to `query`, best first, one match per term. */
  lookup(query: string, limit = 5): TermMatch[] {
    const folded = foldQuery(query);
    if (folded.length < MIN_QUERY || folded.length > MAX_QUERY || limit <= 0) return [];
    this.fuse ??= this.build();
    const found = this.fuse
      .search(folded)
      .map((r) => ({
        entry: r.item,
        // Folding keeps the length: the folded name is as long as each of the forms.
        length: r.item.forms[0]?.length ?? 0,
        score: r.score ?? 1,
        indices: r.matches?.[0]?.indices,
      }))
      .filter((r) => folded.length >= MIN_COVERAGE * r.length)
      .sort(
        (a, b) =>
          a.score - b.score ||
          Math.abs(a.length - folded.length) - Math.abs(b.length - folded.length) ||
          a.entry.order - b.entry.order,
      );
    const out: TermMatch[] = [];
    const seen = new Set<string>();
    for (const { entry, score, indices } of found) {
      if (seen.has(entry.termId)) continue;
      seen.add(entry.termId);
      const form = inScriptOf(query, entry.forms);
      out.push({ termId: entry.termId, form, score, ranges: toRanges(form, indices ?? []) });
      if (out.length === limit) break;
    }
    return out;
  }
}

/** Of forms that fold alike, the one sharing most characters with the query (繁體 for 繁體). */
function inScriptOf(query: string, forms: readonly string[]): string {
  if (forms.length === 1) return forms[0] ?? '';
  const chars = new Set(query);
  let best = forms[0] ?? '';
  let bestShared = -1;
  for (const form of forms) {
    let shared = 0;
    for (const c of form) if (chars.has(c)) shared++;
    if (shared > bestShared) [best, bestShared] = [form, shared];
  }
  return best;
}

/**
 * Fuse's inclusive index pairs as ranges in `form`, spaces trimmed off their ends, merged. Fuse
 * also marks lone letters of the form that occur in the query: those are left out.
 */
function toRanges(
  form: string,
  indices: readonly (readonly [number, number])[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const several = indices.length > 1;
  for (const [from, to] of [...indices].sort((a, b) => a[0] - b[0])) {
    let start = from;
    let end = Math.min(to + 1, form.length);
    while (start < end && /\s/.test(form[start] ?? '')) start++;
    while (end > start && /\s/.test(form[end - 1] ?? '')) end--;
    if (
      start >= end ||
      (several && end - start === 1 && /[\p{Script=Latin}\d]/u.test(form[start] ?? ''))
    )
      continue;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

let shared: TermLookup | undefined;

/** The glossary's terms whose name is close to `query` (the index is built on the first call). */
export function lookupTerms(query: string, limit?: number): TermMatch[] {
  shared ??= new TermLookup();
  return shared.lookup(query, limit);
}
