import type { Term } from '../corpus/glossary.ts';
import {
  buildFoldTables,
  CLOSING_QUOTES,
  type FoldTables,
  foldString,
  IGNORABLE,
  IGNORABLES,
  isHan,
  isWhitespace,
  OPENING_QUOTES,
  SEPARATOR,
  SEPARATORS,
} from '../text/fold.ts';
import { T2S } from '../text/generated/t2s-glossary.data.ts';
import { createSkeletonFinder, mergeMatches } from './skeleton.ts';

export interface Match {
  termId: string;
  /** The variant form (as listed in the glossary) that matched. */
  variant: string;
  /** Offsets into the original text (for chunks: into their concatenation). */
  start: number;
  end: number;
}

export interface Matcher {
  find(text: string | readonly string[]): Match[];
}

export interface MatcherOptions {
  /** Traditional→Simplified pairs; defaults to the generated table for the glossary. */
  t2s?: string;
}

/** One form stored at an accepting trie node. `termId` is undefined for exclusions. */
interface Entry {
  termId: string | undefined;
  form: string;
  caseSensitive: boolean;
  /** Form key with the case kept, for case-sensitive forms. */
  caseKey: string;
  openQuote: boolean;
  closeQuote: boolean;
  /** Counts only between quotation marks (`Variant.quoted`). */
  quoted: boolean;
}

/** Marks that may open a quotation around a `quoted` form, and close it. */
export const QUOTED_BEFORE = '"\'“‘«「『';
export const QUOTED_AFTER = '"\'”’»」』';

/**
 * Whether text[start, end) stands between quotation marks: one just before it, and one just after
 * it or after a comma or full stop (the “two safeguards,” of American punctuation).
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  if (start === 0 || !QUOTED_BEFORE.includes(text.charAt(start - 1))) return false;
  const after = text.charAt(end);
  if (after !== '' && QUOTED_AFTER.includes(after)) return true;
  const next = text.charAt(end + 1);
  return (after === ',' || after === '.') && next !== '' && QUOTED_AFTER.includes(next);
}

/** Forms that are all capitals (GBA, CCP) are matched case-sensitively. */
export function isAcronym(form: string): boolean {
  return /^[A-Z0-9]{2,}$/.test(form) && /[A-Z]/.test(form);
}

let defaultTables: FoldTables | undefined;

/** What ends a sentence, for `Term.apart`; and how far a sentence is looked at either side. */
const SENTENCE_END = '。！？!?；;\n\r';
const SENTENCE_REACH = 300;

/**
 * Exact multi-pattern matcher: a trie of folded forms, leftmost-longest, no overlaps.
 * Exclusions are stored like forms; when an exclusion is the leftmost-longest hit, its span yields
 * no match (南沙群岛 hides 南沙, 美国国务院 hides 国务院). A cut exclusion only voids the hit of
 * its first characters (南沙区 in 南沙区域: 南沙 stands). Whitespace between two Chinese
 * characters is skipped inside a term (a line wrap: 重大战 略性平台). Decision 091.
 */
export function createMatcher(terms: readonly Term[], options: MatcherOptions = {}): Matcher {
  const tables =
    options.t2s === undefined
      ? // biome-ignore lint/suspicious/noAssignInExpressions: lazy cache
        (defaultTables ??= buildFoldTables(T2S))
      : buildFoldTables(options.t2s);
  const { fold, foldCase, word } = tables;

  // Trie: node 0 is the root; edges keyed by node * 0x10000 + folded char.
  const edges = new Map<number, number>();
  // Stryker disable next-line ArrayDeclaration: entries are set by index; an array one shorter reads undefined, as the root's
  const entries: (Entry[] | undefined)[] = [undefined];
  // Stryker disable next-line BooleanLiteral: the root's value is never read (walks start at a first character's node)
  const rightWord: boolean[] = [false];
  // Nodes whose last character is Chinese (whitespace after it may be skipped), and of cut
  // exclusions: the depth whose hit they void (negative: whose void they undo).
  // Stryker disable next-line BooleanLiteral: the root's value is never read (walks start at a first character's node)
  const hanEnd: boolean[] = [false];
  // Stryker disable next-line ArrayDeclaration: cuts are set by index, the pushed values are all 0 and undefined reads as no cut
  const cutAt: number[] = [0];
  let nodes = 1;
  let maxDepth = 0;

  const add = (
    termId: string | undefined,
    form: string,
    caseSensitive: boolean,
    quoted = false,
    cut = 0,
    // Stryker disable next-line BooleanLiteral: read only with a cut, and exclusions always pass it
    keep = false,
  ) => {
    const key = foldString(form, fold);
    // Stryker disable next-line ConditionalExpression,StringLiteral: an empty key would only fill the root, which no walk reads
    if (key === '') return;
    maxDepth = Math.max(maxDepth, key.length);
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const e = node * 0x10000 + key.charCodeAt(k);
      let next = edges.get(e);
      if (next === undefined) {
        next = nodes++;
        edges.set(e, next);
        entries.push(undefined);
        rightWord.push(word[key.charCodeAt(k)] === 1);
        hanEnd.push(isHan(key.charCodeAt(k)));
        cutAt.push(0);
      }
      node = next;
    }
    if (cut > 0) {
      const depth = foldString(form.slice(0, cut), fold).length;
      cutAt[node] = keep ? -depth : depth;
      return;
    }
    const list = entries[node] ?? [];
    entries[node] = list;
    // Stryker disable next-line ArrowFunction: a repeated entry is only checked twice; the first that fits is picked either way
    if (list.some((x) => x.form === form && x.termId === termId)) return;
    list.push({
      termId,
      form,
      caseSensitive,
      // Stryker disable next-line StringLiteral: caseKey is read only for case-sensitive forms
      caseKey: caseSensitive ? foldString(form, foldCase) : '',
      openQuote: OPENING_QUOTES.includes(form.charAt(0)),
      closeQuote: CLOSING_QUOTES.includes(form.charAt(form.length - 1)),
      quoted,
    });
  };
  for (const t of terms) {
    for (const v of t.variants) {
      add(t.id, v.form, v.caseSensitive === true || isAcronym(v.form), v.quoted === true);
    }
    for (const x of t.exclusions ?? []) {
      add(undefined, x.form, x.caseSensitive === true, false, x.cut ?? 0, x.keep === true);
    }
  }
  // Words that void a term's matches in their sentence (三沙 for 南沙区), as folded keys.
  const apart = new Map<string, string[]>();
  for (const t of terms) {
    const keys = (t.apart ?? []).map((x) => foldString(x.form, fold)).filter((k) => k !== '');
    if (keys.length > 0) apart.set(t.id, keys);
  }
  // The apart words in any raw form that folds to them, ignorables allowed between their
  // characters: a text without one needs no sentence looked at (written with a zero-width
  // character or a quotation mark inside, a word is still found, as the folded sentence reads).
  const apartKeys = [...new Set([...apart.values()].flat())];
  const apartPattern =
    apartKeys.length > 0 ? foldedWordsPattern(apartKeys, fold, tables.changed) : undefined;
  const mayHaveApart = (text: string): boolean => apartPattern?.test(text) === true;
  /** Whether the sentence around text[start, end) holds one of the words. */
  const inSentenceWith = (text: string, start: number, end: number, keys: string[]): boolean => {
    let s = start;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: out of range charAt gives '', which SENTENCE_END includes
    while (s > 0 && start - s < SENTENCE_REACH && !SENTENCE_END.includes(text.charAt(s - 1))) s--;
    let e = end;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: out of range charAt gives '', which SENTENCE_END includes
    while (e < text.length && e - end < SENTENCE_REACH && !SENTENCE_END.includes(text.charAt(e)))
      e++;
    const sentence = foldString(text.slice(s, e), fold);
    return keys.some((k) => sentence.includes(k));
  };

  // Terms take precedence over exclusions with the same key; keep glossary order otherwise.
  for (const list of entries) list?.sort((a, b) => Number(!a.termId) - Number(!b.termId));

  // Root dispatch on the raw code unit, one typed-array load per character on the fast path:
  // 0 = cannot start a term; > 0 = trie node of a non-Latin first character; < 0 = Latin word
  // character, -1 - node (node 0 when no term starts with it).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: memory only; -1 - node fits 16 bits up to 0x8000 nodes
  const disp = nodes < 0x8000 ? new Int16Array(0x10000) : new Int32Array(0x10000);
  const rootByChar = new Map<number, number>();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a deeper edge's key is past every character, so no code unit looks it up
  for (const [e, next] of edges) if (e < 0x10000) rootByChar.set(e, next);
  const setDisp = (c: number) => {
    const node = rootByChar.get(fold[c] as number) ?? 0;
    disp[c] = word[c] === 1 ? -1 - node : node;
  };
  for (const c of tables.words) setDisp(c);
  for (const c of tables.changed) setDisp(c);
  for (const c of rootByChar.keys()) setDisp(c);

  // Bigram filter on (first node, second folded char): most first characters of a page are not
  // followed by the second character of any form.
  const bigrams = new Uint8Array(0x10000);
  // Stryker disable next-line ArrowFunction,ArithmeticOperator: any hash, set and read alike; collisions only let more through to the walk
  const bigram = (node: number, f: number) => (node * 31 + f) & 0xffff;
  const firstLevel = new Set<number>();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: more pairs in the filter only let more through to the walk
  for (const [e, next] of edges) if (e < 0x10000) firstLevel.add(next);
  for (const [e] of edges) {
    const parent = Math.floor(e / 0x10000);
    // Stryker disable next-line ConditionalExpression: more pairs in the filter only let more through to the walk
    if (firstLevel.has(parent)) bigrams[bigram(parent, e & 0xffff)] = 1;
  }

  // The trie's edges in an open-addressing hash table (node, folded char) → child.
  const bits = Math.max(4, Math.ceil(Math.log2(edges.size * 2 + 1)));
  // Stryker disable next-line ArithmeticOperator: a shift past 31 wraps to another hash, set and read alike
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const edgeNode = new Int32Array(1 << bits).fill(-1);
  const edgeChar = new Uint16Array(1 << bits);
  const edgeNext = new Int32Array(1 << bits);
  const slot = (node: number, f: number) =>
    (Math.imul(node, 0x9e3779b1) ^ Math.imul(f, 0x85ebca77)) >>> shift;
  for (const [e, child] of edges) {
    const node = Math.floor(e / 0x10000);
    const f = e & 0xffff;
    let h = slot(node, f);
    while (edgeNode[h] !== -1) h = (h + 1) & mask;
    edgeNode[h] = node;
    edgeChar[h] = f;
    edgeNext[h] = child;
  }
  const child = (node: number, f: number): number => {
    let h = slot(node, f);
    for (;;) {
      const k = edgeNode[h] as number;
      if (k === -1) return 0;
      if (k === node && edgeChar[h] === f) return edgeNext[h] as number;
      h = (h + 1) & mask;
    }
  };
  // Nodes with a form that holds anywhere (any case, no quotation marks) need no check.
  // Stryker disable next-line ArrowFunction,MethodExpression: speed only; without it each entry is checked (fits)
  const anyPlain = entries.map((list) => list?.some((e) => !e.caseSensitive && !e.quoted) ?? false);
  const accepting = Uint8Array.from(entries, (list) => (list === undefined ? 0 : 1));
  // Nodes with one plain term form: no choice to make.
  // Stryker disable next-line BlockStatement: speed only; without it the one entry is picked by the general loop
  const simple = entries.map((list) => {
    const e = list?.length === 1 ? list[0] : undefined;
    return e &&
      e.termId !== undefined &&
      // Stryker disable next-line BooleanLiteral: a hit in the walk already fits its one entry
      !e.caseSensitive &&
      // Stryker disable next-line BooleanLiteral: a hit in the walk already fits its one entry
      !e.quoted &&
      !e.openQuote &&
      !e.closeQuote
      ? e
      : undefined;
  });

  /** Whether the entry holds for text[start, end): its case, its quotation marks. */
  const fits = (text: string, start: number, end: number, e: Entry): boolean =>
    (!e.caseSensitive || foldString(text.slice(start, end), foldCase) === e.caseKey) &&
    (!e.quoted || isQuoted(text, start, end));

  /** Start of the entry's span: takes in an opening quote that belongs to its written form. */
  const spanStart = (text: string, start: number, e: Entry, floor: number): number =>
    e.openQuote && start - 1 >= floor && OPENING_QUOTES.includes(text.charAt(start - 1))
      ? start - 1
      : start;
  /** End of the entry's span: takes in a closing quote that belongs to its written form. */
  const spanEnd = (text: string, end: number, e: Entry): number =>
    e.closeQuote && end < text.length && CLOSING_QUOTES.includes(text.charAt(end)) ? end + 1 : end;

  /** After whitespace at `j`: where the next Chinese character is, if only whitespace comes first. */
  function hanAfterSpace(text: string, j: number): number {
    for (let k = j; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const f = fold[c] as number;
      if (f === IGNORABLE || (f === SEPARATOR && isWhitespace(c))) continue;
      return isHan(f) ? k : -1;
    }
    return -1;
  }

  // Hits along one walk (end, node, depth), innermost last: a cut exclusion may void one.
  const hitEnd = new Int32Array(maxDepth + 1);
  const hitNode = new Int32Array(maxDepth + 1);
  const hitDepth = new Int32Array(maxDepth + 1);

  /** Drops the hit at `depth` from the first `hits` of the walk; gives how many are left. */
  function voidHit(hits: number, depth: number): number {
    for (let k = hits - 1; k >= 0; k--) {
      if (hitDepth[k] !== depth) continue;
      hitEnd.copyWithin(k, k + 1, hits);
      hitNode.copyWithin(k, k + 1, hits);
      // Stryker disable next-line ArithmeticOperator: the depths are not read again in this walk (one cut is applied, at its end)
      hitDepth.copyWithin(k, k + 1, hits);
      return hits - 1;
    }
    return hits;
  }

  /** Leftmost-longest hit starting at `i` (first node `node`): its end and node, or -1. */
  function longestAt(text: string, i: number, first: number): number {
    const n = text.length;
    let node = first;
    let j = i + 1;
    let prevSep = false;
    let hits = 0;
    let depth = 1;
    // A cut met on the way (the depth of the hit it voids), applied when the walk ends.
    let pendingCut = 0;
    for (;;) {
      const list = entries[node];
      if (list !== undefined) {
        const rightOk = !rightWord[node] || j >= n || word[text.charCodeAt(j)] !== 1;
        if (rightOk && (anyPlain[node] || list.some((e) => fits(text, i, j, e)))) {
          hitEnd[hits] = j;
          hitNode[hits] = node;
          hitDepth[hits] = depth;
          hits++;
        }
      }
      const cut = cutAt[node] as number;
      if (cut !== 0) pendingCut = cut > 0 ? cut : pendingCut === -cut ? 0 : pendingCut;
      let next = 0;
      while (j < n) {
        const c = text.charCodeAt(j);
        const f = fold[c] as number;
        if (f === IGNORABLE || (f === SEPARATOR && prevSep)) {
          j++;
          continue;
        }
        if (f === SEPARATOR && hanEnd[node] && isWhitespace(c)) {
          const k = hanAfterSpace(text, j + 1);
          if (k > 0) {
            j = k;
            continue;
          }
        }
        prevSep = f === SEPARATOR;
        next = child(node, f);
        j++;
        break;
      }
      if (next === 0) {
        if (pendingCut !== 0) hits = voidHit(hits, pendingCut);
        if (hits === 0) return -1;
        bestNode = hitNode[hits - 1] as number;
        return hitEnd[hits - 1] as number;
      }
      node = next;
      depth++;
    }
  }
  let bestNode = 0;

  /** Cheap rejection on the first two characters. */
  function promising(text: string, i: number, node: number): boolean {
    // Stryker disable next-line ArithmeticOperator: at the last character a node without a form cannot match either way
    if (accepting[node] === 1 || i + 1 >= text.length) return true;
    const f2 = fold[text.charCodeAt(i + 1)] as number;
    return (
      f2 === IGNORABLE ||
      bigrams[bigram(node, f2)] === 1 ||
      (f2 === SEPARATOR && hanEnd[node] === true)
    );
  }

  function find(input: string | readonly string[]): Match[] {
    const text = typeof input === 'string' ? input : input.join('');
    const out = scan(text);
    // Stryker disable next-line LogicalOperator,BlockStatement: speed only; the filter below keeps the same matches
    if (apart.size === 0 || !out.some((m) => apart.has(m.termId)) || !mayHaveApart(text)) {
      return out;
    }
    return out.filter((m) => {
      const keys = apart.get(m.termId);
      return keys === undefined || !inSentenceWith(text, m.start, m.end, keys);
    });
  }

  function scan(text: string): Match[] {
    const n = text.length;
    const out: Match[] = [];
    let lastEnd = 0;
    for (let i = 0; i < n; i++) {
      const d = disp[text.charCodeAt(i)] as number;
      if (d === 0) continue;
      let end = -1;
      if (d > 0) {
        if (promising(text, i, d)) end = longestAt(text, i, d);
      } else {
        // A Latin word: try its start, then skip the rest of the word. The left boundary holds
        // here: the scan only stops on a Latin letter after a non-word character (words are
        // skipped whole, and a match never ends just before a word character it could join).
        const node = -1 - d;
        if (node !== 0 && promising(text, i, node)) end = longestAt(text, i, node);
        if (end < 0) {
          while (i + 1 < n && word[text.charCodeAt(i + 1)] === 1) i++;
          continue;
        }
      }
      if (end < 0) continue;

      // Pick the entry: one whose written form equals the text, else the first that fits.
      const only = simple[bestNode];
      // Stryker disable next-line BlockStatement: speed only; the general loop picks the same one entry
      if (only !== undefined) {
        out.push({ termId: only.termId as string, variant: only.form, start: i, end });
        lastEnd = end;
        i = end - 1;
        continue;
      }
      const list = entries[bestNode] as Entry[];
      let chosen: Entry | undefined;
      let from = i;
      let to = end;
      for (const e of list) {
        if (!fits(text, i, end, e)) continue;
        const s = spanStart(text, i, e, lastEnd);
        const t = spanEnd(text, end, e);
        const exact = t - s === e.form.length && text.startsWith(e.form, s);
        if (exact || chosen === undefined) {
          chosen = e;
          from = s;
          to = t;
          if (exact) break;
        }
      }
      if (chosen === undefined) continue;
      if (chosen.termId !== undefined) {
        out.push({ termId: chosen.termId, variant: chosen.form, start: from, end: to });
      }
      lastEnd = to;
      i = to - 1;
    }
    return out;
  }

  // English titles by their key words (skeleton.ts): both finders' matches, without overlaps.
  const skeletons = createSkeletonFinder(terms);
  if (skeletons === undefined) return { find };
  return {
    find: (input) => {
      const text = typeof input === 'string' ? input : input.join('');
      return mergeMatches(find(text), skeletons.find(text));
    },
  };
}

/** `\uXXXX` ranges of the sorted code units, for a RegExp class. */
function classOf(units: number[]): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const start = units[i] as number;
    while (i + 1 < units.length && units[i + 1] === (units[i] as number) + 1) i++;
    out += start === units[i] ? hex(start) : `${hex(start)}-${hex(units[i] as number)}`;
  }
  return `[${out}]`;
}

/**
 * A RegExp that finds each folded word in raw text: each character as any code unit that folds
 * to it, ignorables between them, a separator as a run of separators. It finds at least every
 * place where the folded text holds the word.
 */
function foldedWordsPattern(
  keys: readonly string[],
  fold: Uint16Array,
  changed: readonly number[],
): RegExp {
  // A code unit folds to itself unless it is an ignorable, a separator or in `changed`.
  const rawOf = new Map<number, number[]>();
  for (const k of keys) for (let i = 0; i < k.length; i++) rawOf.set(k.charCodeAt(i), []);
  for (const [f, raw] of rawOf) if (fold[f] === f) raw.push(f);
  for (const c of changed) rawOf.get(fold[c] as number)?.push(c);
  for (const raw of rawOf.values()) raw.sort((a, b) => a - b);
  const ignorable = [...IGNORABLES].sort((a, b) => a - b);
  const separator = [...SEPARATORS].sort((a, b) => a - b);
  const ign = `${classOf(ignorable)}*`;
  const sep = `(?:${classOf(separator)}${ign})+`;
  // By code unit, as the fold reads text (a character outside the BMP is two).
  const word = (k: string) =>
    Array.from({ length: k.length }, (_, i) => k.charCodeAt(i))
      .map((f) => (f === SEPARATOR ? sep : classOf(rawOf.get(f) ?? [])))
      .join(ign);
  return new RegExp(keys.map(word).join('|'));
}
