/**
 * English stems for the search (Porter, by the `stemmer` package): "talents" finds "talent",
 * "transportation" finds "transport", "corrupt" finds "corruption". Words under 4 letters and
 * anything not plain a–z are their own stem.
 */
import { stemmer } from 'stemmer';

const MIN_LENGTH = 4;
const PLAIN = /^[a-z]+$/;
const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** The stem of a folded (lower-case) word. */
export function stemOf(word: string): string {
  if (word.length < MIN_LENGTH || !PLAIN.test(word)) return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

const byVocab = new WeakMap<readonly string[], Map<string, string[]>>();

/** The words of a vocabulary with that stem (the map is built once per vocabulary array). */
export function wordsWithStem(vocab: readonly string[], stem: string): readonly string[] {
  let map = byVocab.get(vocab);
  if (!map) {
    map = new Map();
    for (const v of vocab) {
      const s = stemOf(v);
      if (s === v && !PLAIN.test(v)) continue;
      const list = map.get(s);
      if (list) list.push(v);
      else map.set(s, [v]);
    }
    byVocab.set(vocab, map);
  }
  return map.get(stem) ?? [];
}

/** Whether two folded words share a stem (both at least 4 letters). */
export function sameStem(a: string, b: string): boolean {
  return a.length >= MIN_LENGTH && b.length >= MIN_LENGTH && stemOf(a) === stemOf(b);
}
