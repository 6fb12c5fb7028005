/** What to mark in a found document: the ranges that made it match, in original offsets. */
import { allowedEdits, fuzzyFind, MAX_FUZZY_PATTERN, withinOneEdit } from './fuzzy.ts';
import type { Entry } from './inverted-index.ts';
import { type Part, tokens } from './query.ts';
import { sameStem } from './stem.ts';
import type { IndexOptions, Range, Tier } from './types.ts';

/**
 * Ranges to mark (folding keeps offsets): the whole query for tier 0, the named terms (found by
 * `termRanges`) for tier 2, else every part, exactly or fuzzily.
 */
export function rangesOf(
  entry: Entry,
  folded: string,
  parts: readonly Part[],
  tier: Tier,
  named: readonly string[],
  { termRanges, windowSearch: search }: IndexOptions,
): Range[] {
  const out: Range[] = [];
  const all = (needle: string) => {
    entry.folded.forEach((f, field) => {
      let at = f.indexOf(needle);
      while (at >= 0) {
        out.push({ field, start: at, end: at + needle.length });
        at = f.indexOf(needle, at + needle.length);
      }
    });
  };
  if (tier === 0) all(folded);
  else if (tier === 2) {
    if (termRanges) {
      entry.doc.fields.forEach((text, field) => {
        for (const id of named) {
          if (!entry.doc.termIds?.includes(id)) continue;
          for (const r of termRanges(text, id)) out.push({ field, ...r });
        }
      });
    }
  } else {
    for (const p of parts) {
      if (p.han) {
        const before = out.length;
        all(p.text);
        if (out.length === before && p.text.length >= 3 && p.text.length <= MAX_FUZZY_PATTERN) {
          const r = fuzzyFind(entry.folded, p.text, allowedEdits(p.text.length), { search });
          if (r) out.push({ field: r.field, start: r.start, end: r.end });
        }
      } else {
        entry.folded.forEach((f, field) => {
          for (const [w, at] of tokens(f)) {
            const ok =
              w === p.text ||
              (p.text.length >= 2 && w.startsWith(p.text)) ||
              (p.text.length >= 4 && (withinOneEdit(w, p.text) || sameStem(w, p.text)));
            if (ok)
              out.push({
                field,
                start: at,
                end: at + (w.startsWith(p.text) ? p.text.length : w.length),
              });
          }
        });
      }
    }
  }
  return mergeRanges(out);
}

/** Sorted by field and start, overlapping ranges merged. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.field - b.field || a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.field === r.field && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
