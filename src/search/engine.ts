/**
 * The panel's search index: passages, terms and notes in one inverted index.
 *
 * Text is folded (src/search/fold.ts: Traditional → Simplified, full-width → half-width, lower
 * case) without changing its length, so every offset found in folded text is an offset in the
 * original. Keys: every Han character and every pair of adjacent Han characters, and Latin word
 * tokens (with a sorted vocabulary for prefixes and one-typo look-ups).
 *
 * A query is split into parts (runs of Han characters, Latin words); a document must match every
 * part. The postings narrow the candidates (for a Han run of 3+ characters, enough of its bigrams
 * for at most one or two edits, by the q-gram lemma); each candidate is then checked on its folded
 * text: exact substring, else a bounded edit distance (Myers' bit-parallel algorithm) in windows
 * around the shared bigrams. Ranking, best first: the whole query as one substring; every part
 * exact; documents linked to a term the query names; fuzzy matches (fewer edits first).
 *
 * Pure: no DOM, no browser API (the bench runs it in Node).
 */
import { fold, HAN, kindTable, WORD } from '../text/search-fold.ts';

export type Kind = 'passage' | 'term' | 'note';

export interface SearchDoc {
  kind: Kind;
  id: string;
  /** Texts to search; field 0 is the main one (a sentence, a term's canonical form, a note's body). */
  fields: readonly string[];
  /** Terms the document is linked to: a query that names a term also finds them. */
  termIds?: readonly string[];
  /** Notes: last change (newer first among equals). Passages and terms: document order. */
  rank?: number;
}

/** A marked range in `doc.fields[field]`, in original offsets. */
export interface Range {
  field: number;
  start: number;
  end: number;
}

/** 0: the whole query as a substring; 1: every part exact; 2: linked to a named term; 3: fuzzy. */
export type Tier = 0 | 1 | 2 | 3;

export interface Hit {
  doc: SearchDoc;
  tier: Tier;
  /** Edits in fuzzy matches (0 otherwise). */
  edits: number;
  ranges: Range[];
}

export interface SearchResults {
  query: string;
  passage: Hit[];
  term: Hit[];
  note: Hit[];
  /** Number of matching documents of each kind (the lists are cut at `limit`). */
  total: Record<Kind, number>;
  /** Terms the query names exactly (their linked documents are included). */
  namedTerms: string[];
}

export interface SearchOptions {
  /** Longest list per kind (default 50). */
  limit?: number;
}

export interface IndexOptions {
  /** Where a term occurs in a text (the matcher), to mark documents found through a named term. */
  termRanges?: (text: string, termId: string) => { start: number; end: number }[];
}

interface Entry {
  doc: SearchDoc;
  folded: string[];
  /** Keys it was posted under (for compaction). */
  han: number[];
  words: string[];
}

interface Part {
  han: boolean;
  text: string;
}

/** Per-candidate state while a query runs. */
interface Cand {
  num: number;
  /** Worst tier over the parts so far (1 exact, 3 fuzzy). */
  tier: 1 | 3;
  edits: number;
}

const MAX_FUZZY_PATTERN = 31;

/** Edits allowed in a Han run of `m` characters. */
function allowedEdits(m: number): number {
  if (m < 3) return 0;
  return m < 8 ? 1 : 2;
}

function splitQuery(folded: string): Part[] {
  const kinds = kindTable();
  const parts: Part[] = [];
  let i = 0;
  while (i < folded.length) {
    const k = kinds[folded.charCodeAt(i)];
    if (k !== HAN && k !== WORD) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && kinds[folded.charCodeAt(j)] === k) j++;
    parts.push({ han: k === HAN, text: folded.slice(i, j) });
    i = j;
  }
  return parts;
}

/** Word tokens of a folded text with their offsets. */
function* tokens(folded: string): Generator<[string, number]> {
  const kinds = kindTable();
  let i = 0;
  while (i < folded.length) {
    if (kinds[folded.charCodeAt(i)] !== WORD) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < folded.length && kinds[folded.charCodeAt(j)] === WORD) j++;
    yield [folded.slice(i, j), i];
    i = j;
  }
}

/** Levenshtein distance ≤ 1 (substitution, insertion or deletion). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

const peq = new Int32Array(0x10000);

/**
 * Best approximate occurrence of `pattern` (≤ 31 code units) in `text[from, to)`: fewest edits,
 * then leftmost; undefined when more than `k` edits. Myers (1999), semi-global.
 */
function approx(
  pattern: string,
  text: string,
  from: number,
  to: number,
  k: number,
  withSpan = true,
): { edits: number; start: number; end: number } | undefined {
  const m = pattern.length;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq[c] = (peq[c] as number) | (1 << i);
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const ends: number[] = [];
  const scores: number[] = [];
  for (let j = from; j < to; j++) {
    const eq = peq[text.charCodeAt(j)] as number;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= k) {
      ends.push(j + 1);
      scores.push(score);
    }
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  if (!withSpan && m >= 4) {
    // Only the number of edits is wanted (ranking): no need to find where the match starts.
    let min = k + 1;
    let at = -1;
    scores.forEach((sc, n) => {
      if (sc < min) {
        min = sc;
        at = ends[n] as number;
      }
    });
    return at < 0 ? undefined : { edits: min, start: -1, end: at };
  }
  // For each end, the alignment with that many edits that begins furthest left (a small DP);
  // spans shorter than the query less one character are not kept; a 3-character query only
  // tolerates a missing character (南沙案 finds 南沙方案, not 南沙 or 南沙区).
  const minSpan = m === 3 ? 4 : m - 1;
  let best: { edits: number; start: number; end: number } | undefined;
  ends.forEach((end, n) => {
    const edits = scores[n] as number;
    if (best && edits >= best.edits) return;
    for (let s = Math.max(from, end - m - edits); s <= end - minSpan; s++) {
      if (editDistance(pattern, text.slice(s, end)) === edits) {
        best = { edits, start: s, end };
        return;
      }
    }
  });
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1));
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

const docKey = (kind: Kind, id: string) => `${kind}:${id}`;

export class SearchIndex {
  private entries: (Entry | undefined)[] = [];
  private byKey = new Map<string, number>();
  private han = new Map<number, number[]>();
  private words = new Map<string, number[]>();
  private vocab: string[] = [];
  private vocabDirty = false;
  private byTerm = new Map<string, number[]>();
  private dead = 0;
  private counts = new Uint8Array(0);
  private readonly options: IndexOptions;

  constructor(docs: Iterable<SearchDoc> = [], options: IndexOptions = {}) {
    this.options = options;
    for (const d of docs) this.add(d);
  }

  get size(): number {
    return this.byKey.size;
  }

  has(kind: Kind, id: string): boolean {
    return this.byKey.has(docKey(kind, id));
  }

  /** Adds a document, or replaces the one with the same kind and id. */
  add(doc: SearchDoc): void {
    const key = docKey(doc.kind, doc.id);
    if (this.byKey.has(key)) this.remove(doc.kind, doc.id);
    const num = this.entries.length;
    const folded = doc.fields.map(fold);
    const kinds = kindTable();
    const hanKeys = new Set<number>();
    const wordKeys = new Set<string>();
    for (const f of folded) {
      let prevHan = -1;
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i);
        if (kinds[c] === HAN) {
          hanKeys.add(c);
          if (prevHan >= 0) hanKeys.add(prevHan * 0x10000 + c);
          prevHan = c;
        } else prevHan = -1;
      }
      for (const [w] of tokens(f)) wordKeys.add(w);
    }
    const entry: Entry = { doc, folded, han: [...hanKeys], words: [...wordKeys] };
    this.entries.push(entry);
    this.byKey.set(key, num);
    for (const k of entry.han) push(this.han, k, num);
    for (const w of entry.words) {
      if (!this.words.has(w)) this.vocabDirty = true;
      push(this.words, w, num);
    }
    for (const t of doc.termIds ?? []) push(this.byTerm, t, num);
  }

  /** Removes a document (its postings are skipped, and dropped at the next compaction). */
  remove(kind: Kind, id: string): boolean {
    const key = docKey(kind, id);
    const num = this.byKey.get(key);
    if (num === undefined) return false;
    this.byKey.delete(key);
    this.entries[num] = undefined;
    this.dead++;
    if (this.dead > 256 && this.dead > this.byKey.size / 4) this.compact();
    return true;
  }

  /** Renumbers the live documents and drops dead postings (amortised over many removals). */
  private compact(): void {
    const live = this.entries.filter((e): e is Entry => e !== undefined);
    this.entries = [];
    this.byKey.clear();
    this.han.clear();
    this.words.clear();
    this.byTerm.clear();
    this.dead = 0;
    live.forEach((e, num) => {
      this.entries.push(e);
      this.byKey.set(docKey(e.doc.kind, e.doc.id), num);
      for (const k of e.han) push(this.han, k, num);
      for (const w of e.words) push(this.words, w, num);
      for (const t of e.doc.termIds ?? []) push(this.byTerm, t, num);
    });
    this.vocabDirty = true;
  }

  private sortedVocab(): string[] {
    if (this.vocabDirty) {
      this.vocab = [...this.words.keys()].sort();
      this.vocabDirty = false;
    }
    return this.vocab;
  }

  /** Candidates for one part, with their tier (1 exact, 3 fuzzy) and edits. */
  private candidates(part: Part, within: Map<number, Cand> | undefined): Map<number, Cand> {
    const out = new Map<number, Cand>();
    const keep = (num: number, tier: 1 | 3, edits: number) => {
      const prev = within ? within.get(num) : undefined;
      if (within && !prev) return;
      const cur = out.get(num);
      const t = Math.max(tier, prev?.tier ?? 1) as 1 | 3;
      const e = edits + (prev?.edits ?? 0);
      if (!cur || t < cur.tier || (t === cur.tier && e < cur.edits))
        out.set(num, { num, tier: t, edits: e });
    };
    const alive = (num: number) => this.entries[num] !== undefined;

    if (!part.han) {
      const w = part.text;
      for (const num of this.words.get(w) ?? []) if (alive(num)) keep(num, 1, 0);
      const vocab = this.sortedVocab();
      if (w.length >= 2 || !within) {
        // Prefixes: the words that start with the query word.
        for (let i = lowerBound(vocab, w); i < vocab.length; i++) {
          const v = vocab[i] as string;
          if (!v.startsWith(w)) break;
          if (v === w) continue;
          for (const num of this.words.get(v) ?? []) if (alive(num)) keep(num, 1, 0);
        }
      }
      if (w.length >= 4) {
        for (const v of vocab) {
          if (v === w || v.startsWith(w) || !withinOneEdit(v, w)) continue;
          for (const num of this.words.get(v) ?? []) if (alive(num)) keep(num, 3, 1);
        }
      }
      return out;
    }

    const q = part.text;
    const m = q.length;
    if (m <= 2) {
      const key = m === 1 ? q.charCodeAt(0) : q.charCodeAt(0) * 0x10000 + q.charCodeAt(1);
      for (const num of this.han.get(key) ?? []) if (alive(num)) keep(num, 1, 0);
      return out;
    }
    // Bigram counting: a run with k edits shares at least (m - 1) - 2k of its bigrams.
    const k = m <= MAX_FUZZY_PATTERN ? allowedEdits(m) : 0;
    const bigrams = new Set<number>();
    for (let i = 0; i + 1 < m; i++) bigrams.add(q.charCodeAt(i) * 0x10000 + q.charCodeAt(i + 1));
    const need = Math.max(1, m - 1 - 2 * k);
    if (this.counts.length < this.entries.length)
      this.counts = new Uint8Array(this.entries.length * 2);
    const counts = this.counts;
    const touched: number[] = [];
    for (const b of bigrams) {
      for (const num of this.han.get(b) ?? []) {
        if (counts[num] === 0) touched.push(num);
        counts[num] = Math.min(255, (counts[num] as number) + 1);
      }
    }
    const windows: number[] = [];
    for (const num of touched) {
      const shared = counts[num] as number;
      counts[num] = 0;
      const entry = this.entries[num];
      if (!entry || shared < need) continue;
      if (within && !within.has(num)) continue;
      if (entry.folded.some((f) => f.includes(q))) {
        keep(num, 1, 0);
        continue;
      }
      if (k === 0) continue;
      const best = this.fuzzyIn(entry, q, k, bigrams, windows, false);
      if (best) keep(num, 3, best.edits);
    }
    return out;
  }

  /** Best fuzzy occurrence of a Han run in an entry, looked for around its shared bigrams. */
  private fuzzyIn(
    entry: Entry,
    q: string,
    k: number,
    bigrams: Set<number> | undefined,
    scratch: number[] = [],
    withSpan = true,
  ): (Range & { edits: number }) | undefined {
    const m = q.length;
    let best: (Range & { edits: number }) | undefined;
    if (m === 3) {
      // Three characters tolerate one missing character only: a?bc or ab?c.
      const [a, b, c] = [q.charAt(0), q.charAt(1), q.charAt(2)];
      entry.folded.forEach((f, field) => {
        if (best) return;
        for (let at = f.indexOf(a + b); at >= 0 && !best; at = f.indexOf(a + b, at + 1)) {
          if (f.charAt(at + 3) === c) best = { field, start: at, end: at + 4, edits: 1 };
        }
        for (let at = f.indexOf(b + c); at >= 0 && !best; at = f.indexOf(b + c, at + 1)) {
          if (at >= 2 && f.charAt(at - 2) === a)
            best = { field, start: at - 2, end: at + 2, edits: 1 };
        }
      });
      return best;
    }
    entry.folded.forEach((f, field) => {
      // Windows around each occurrence of a query bigram, sorted and merged.
      scratch.length = 0;
      for (let i = 0; i + 1 < m; i++) {
        const b = q.charCodeAt(i) * 0x10000 + q.charCodeAt(i + 1);
        if (bigrams && !bigrams.has(b)) continue;
        const bg = q.slice(i, i + 2);
        for (let at = f.indexOf(bg); at >= 0; at = f.indexOf(bg, at + 1)) {
          scratch.push(Math.max(0, at - i - k));
        }
      }
      if (scratch.length === 0) return;
      scratch.sort((x, y) => x - y);
      let from = scratch[0] as number;
      let to = Math.min(f.length, from + m + 2 * k);
      const run = () => {
        const r = approx(q, f, from, to, k, withSpan);
        if (r && (!best || r.edits < best.edits)) best = { field, ...r };
      };
      for (let w = 1; w < scratch.length; w++) {
        const s = scratch[w] as number;
        if (s <= to) to = Math.min(f.length, s + m + 2 * k);
        else {
          run();
          from = s;
          to = Math.min(f.length, s + m + 2 * k);
        }
      }
      run();
    });
    return best;
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const limit = options.limit ?? 50;
    const folded = fold(query).replace(/\s+/g, ' ').trim();
    const empty: SearchResults = {
      query,
      passage: [],
      term: [],
      note: [],
      total: { passage: 0, term: 0, note: 0 },
      namedTerms: [],
    };
    const parts = splitQuery(folded);
    if (parts.length === 0) return empty;

    // Most selective part first: longer Han runs, then longer words.
    const ordered = [...parts].sort(
      (a, b) => Number(b.han) - Number(a.han) || b.text.length - a.text.length,
    );
    let cands: Map<number, Cand> | undefined;
    for (const p of ordered) {
      cands = this.candidates(p, cands);
      if (cands.size === 0) break;
    }
    const found = new Map<number, { tier: Tier; edits: number }>();
    for (const c of cands?.values() ?? []) {
      const entry = this.entries[c.num] as Entry;
      const phrase = c.tier === 1 && entry.folded.some((f) => f.includes(folded));
      found.set(c.num, { tier: phrase ? 0 : c.tier, edits: c.edits });
    }

    // Terms the query names: every document linked to them is found too.
    const namedTerms: string[] = [];
    for (const [num, f] of found) {
      const entry = this.entries[num] as Entry;
      if (entry.doc.kind !== 'term' || f.tier !== 0) continue;
      if (entry.folded.some((v) => v.trim() === folded)) namedTerms.push(entry.doc.id);
    }
    // A one-typo query that spells a whole term (南沙放案) names it too.
    const only = parts.length === 1 ? parts[0] : undefined;
    if (namedTerms.length === 0 && only?.han && only.text.length <= MAX_FUZZY_PATTERN) {
      for (const [num, f] of found) {
        const entry = this.entries[num] as Entry;
        if (entry.doc.kind !== 'term' || f.tier !== 3) continue;
        const r = this.fuzzyIn(entry, only.text, allowedEdits(only.text.length), undefined);
        if (r && r.start === 0 && r.end === entry.folded[r.field]?.length) {
          namedTerms.push(entry.doc.id);
        }
      }
    }
    for (const termId of namedTerms) {
      for (const num of this.byTerm.get(termId) ?? []) {
        if (!this.entries[num] || this.entries[num]?.doc.kind === 'term') continue;
        const prev = found.get(num);
        if (!prev || prev.tier > 2) found.set(num, { tier: 2, edits: 0 });
      }
    }

    const results = empty;
    const lists: Record<
      Kind,
      { num: number; entry: Entry; tier: Tier; edits: number; field: number; at: number }[]
    > = {
      passage: [],
      term: [],
      note: [],
    };
    for (const [num, f] of found) {
      const entry = this.entries[num] as Entry;
      // First field and offset of the first part (for ordering terms by how well they match).
      let field = 0;
      let at = -1;
      const first = parts[0] as Part;
      for (let i = 0; i < entry.folded.length && at < 0; i++) {
        at = (entry.folded[i] as string).indexOf(first.text);
        if (at >= 0) field = i;
      }
      if (at < 0) field = entry.folded.length;
      lists[entry.doc.kind].push({ num, entry, tier: f.tier, edits: f.edits, field, at });
    }
    for (const kind of ['passage', 'term', 'note'] as const) {
      const list = lists[kind];
      results.total[kind] = list.length;
      list.sort((a, b) => {
        if (a.tier !== b.tier) return a.tier - b.tier;
        if (a.edits !== b.edits) return a.edits - b.edits;
        if (kind === 'term') {
          const ea = Number(!a.entry.folded.some((v) => v === folded));
          const eb = Number(!b.entry.folded.some((v) => v === folded));
          if (ea !== eb) return ea - eb;
          if (a.field !== b.field) return a.field - b.field;
          if ((a.at === 0) !== (b.at === 0)) return a.at === 0 ? -1 : 1;
          return (a.entry.folded[0]?.length ?? 0) - (b.entry.folded[0]?.length ?? 0);
        }
        if (kind === 'note') {
          if (a.field !== b.field) return a.field - b.field;
          return (b.entry.doc.rank ?? 0) - (a.entry.doc.rank ?? 0);
        }
        return (a.entry.doc.rank ?? 0) - (b.entry.doc.rank ?? 0);
      });
      results[kind] = list.slice(0, limit).map((c) => ({
        doc: c.entry.doc,
        tier: c.tier,
        edits: c.edits,
        ranges: this.rangesOf(c.entry, folded, parts, c.tier, namedTerms),
      }));
    }
    results.namedTerms = namedTerms;
    return results;
  }

  /** Ranges to mark in a found document (original offsets: folding keeps them). */
  private rangesOf(
    entry: Entry,
    folded: string,
    parts: Part[],
    tier: Tier,
    named: string[],
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
      const termRanges = this.options.termRanges;
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
            const r = this.fuzzyIn(entry, p.text, allowedEdits(p.text.length), undefined);
            if (r) out.push({ field: r.field, start: r.start, end: r.end });
          }
        } else {
          entry.folded.forEach((f, field) => {
            for (const [w, at] of tokens(f)) {
              const ok =
                w === p.text ||
                (p.text.length >= 2 && w.startsWith(p.text)) ||
                (p.text.length >= 4 && withinOneEdit(w, p.text));
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
}

function push<K>(map: Map<K, number[]>, key: K, num: number): void {
  const list = map.get(key);
  if (list) list.push(num);
  else map.set(key, [num]);
}

function lowerBound(sorted: readonly string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted by field and start, overlapping ranges merged. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.field - b.field || a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.field === r.field && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
