/**
 * Recurring names: runs of words (Chinese word segments, or capitalised English words) joined
 * into n-grams, kept when they repeat, have a clear edge and occur at least once outside a
 * longer kept name (docs/decisions/100-document-terms.md).
 */
import { GENERIC_WORDS } from './generic.ts';

/** One word of a run: its offsets in the text, its folded form, whether a name may end on it. */
export interface Unit {
  start: number;
  end: number;
  word: string;
  edge: boolean;
}

/** A run of words that a name may span: Chinese joins its words with '', English with ' '. */
export interface Run {
  units: Unit[];
  joiner: string;
}

export interface NameFind {
  key: string;
  /** Offsets of the first occurrence. */
  start: number;
  end: number;
  count: number;
  /** How many words it spans. */
  words: number;
}

/** At most this many words and characters in a name. */
const MAX_WORDS = 8;
const MAX_CHARS = 40;
/** Words that join two names into one n-gram: 江北创新谷和南湾数字谷, Hong Kong and Macao. */
const AND = new Set(['和', '与', '及', '以及', 'and', '&']);

interface Gram {
  count: number;
  run: number;
  at: number;
  n: number;
  /** Occurrences outside any longer kept name. */
  free: number;
}

const keyOf = (run: Run, at: number, n: number) =>
  run.units
    .slice(at, at + n)
    .map((u) => u.word)
    .join(run.joiner);

/** Calls `visit` with the key of each n-gram starting at `at`, shortest first, until it says no. */
function gramsAt(run: Run, at: number, visit: (key: string, n: number) => boolean): void {
  const { units, joiner } = run;
  let key = '';
  for (let n = 1; n <= MAX_WORDS && at + n <= units.length; n++) {
    const word = (units[at + n - 1] as Unit).word;
    key = n === 1 ? word : key + joiner + word;
    if (key.length > MAX_CHARS || !visit(key, n)) return;
  }
}

/**
 * Counts n-grams level by level (Apriori): one of n + 1 words is counted only where its first n
 * words occur at least `minCount` times, since every part of a name occurs as often as the name.
 */
function countGrams(runs: readonly Run[], minCount: number): Map<string, Gram> {
  const grams = new Map<string, Gram>();
  let open: { r: number; at: number; key: string }[] = [];
  runs.forEach((run, r) => {
    run.units.forEach((u, at) => {
      open.push({ r, at, key: u.word });
    });
  });
  for (let n = 1; n <= MAX_WORDS && open.length > 0; n++) {
    for (const { r, at, key } of open) {
      const g = grams.get(key);
      if (g) g.count++;
      else grams.set(key, { count: 1, run: r, at, n, free: 0 });
    }
    const next: typeof open = [];
    for (const { r, at, key } of open) {
      const run = runs[r] as Run;
      const word = run.units[at + n]?.word;
      if (word === undefined || (grams.get(key)?.count ?? 0) < minCount) continue;
      const longer = key + run.joiner + word;
      if (longer.length <= MAX_CHARS) next.push({ r, at, key: longer });
    }
    open = next;
  }
  return grams;
}

/** Names that occur at least `minCount` times. */
export function recurringNames(runs: readonly Run[], minCount: number): NameFind[] {
  const grams = countGrams(runs, minCount);
  const countOf = (run: Run, at: number, n: number) => grams.get(keyOf(run, at, n))?.count ?? 0;
  /** Whether a shorter part (`at`, `n` within the gram) occurs more often, or as often, alone. */
  const partIsName = (run: Run, g: Gram, at: number, n: number) =>
    n > 0 && countOf(run, g.at + at, n) >= g.count;
  const word = (run: Run, g: Gram, i: number) => (run.units[g.at + i] as Unit).word;
  const kept = new Set<string>();
  for (const [key, g] of grams) {
    const run = runs[g.run] as Run;
    const last = g.n - 1;
    if (g.count < minCount || key.length < 2) continue;
    if (!run.units[g.at]?.edge || !run.units[g.at + last]?.edge) continue;
    // Chinese "推进临江科学城", "临江科学城建设": a generic word before or after a name seen as
    // often alone. (In English a capitalised generic word is part of the name: Greater Bay Area.)
    if (run.joiner === '' && last > 0) {
      if (GENERIC_WORDS.has(word(run, g, 0)) && partIsName(run, g, 1, last)) continue;
      if (GENERIC_WORDS.has(word(run, g, last)) && partIsName(run, g, 0, last)) continue;
    }
    // Two names joined by "and", each seen more often alone.
    let joined = false;
    for (let i = 1; i < last && !joined; i++) {
      if (!AND.has(word(run, g, i))) continue;
      joined = countOf(run, g.at, i) > g.count && countOf(run, g.at + i + 1, last - i) > g.count;
    }
    if (!joined) kept.add(key);
  }

  // Read the runs again, taking the longest kept name at each word: a name never read so
  // ("科学城" always in "临江科学城", "Bay" in "Greater Bay Area" and "South Bay") is left out.
  for (const run of runs) {
    for (let at = 0; at < run.units.length; ) {
      let longest = '';
      let words = 1;
      gramsAt(run, at, (key, n) => {
        if (kept.has(key)) [longest, words] = [key, n];
        return grams.has(key); // a longer one was counted only if this one was
      });
      const g = grams.get(longest);
      if (g) g.free++;
      at += words;
    }
  }

  const out: NameFind[] = [];
  for (const key of kept) {
    const g = grams.get(key) as Gram;
    if (g.free === 0) continue;
    const units = (runs[g.run] as Run).units;
    const start = (units[g.at] as Unit).start;
    const end = (units[g.at + g.n - 1] as Unit).end;
    out.push({ key, start, end, count: g.count, words: g.n });
  }
  return out;
}
