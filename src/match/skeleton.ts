/**
 * English titles by skeleton (docs/decisions/092-english-forms.md): a long title is found where
 * its key words appear in order inside one sentence, whatever words, quotes or ampersands join
 * them ("Master Plan of Guangzhou Nansha on Deepening Comprehensive Cooperation between
 * Guangdong, Hong Kong & Macao…"). Only text with a trigger word (a key word that is also in the
 * precheck, e.g. Nansha) is looked at, by one native RegExp.
 */
import type { Term } from '../corpus/glossary.ts';
import type { Match } from './matcher.ts';

/** Gap (words between two key words) and span (characters, first key word to last) by default. */
export const SKELETON_GAP = 8;
export const SKELETON_SPAN = 220;
/** Trigger words in a text before its gates are looked for (each costs a scan of the text). */
const GATE_AFTER = 16;
/** A text shorter than this (characters) has its gates looked for at its first trigger word. */
const GATE_SHORT = 20_000;

interface Alt {
  words: string[];
  /** All capitals (GBA): compared with the case kept. */
  acronym: boolean;
}

interface Compiled {
  termId: string;
  form: string;
  groups: Alt[][];
  gap: number;
  span: number;
  /** Case-insensitive: one of the gate group's alternatives (a text without one is skipped). */
  gate: RegExp;
  /** Each group's alternatives' first words, lower case (a sentence without one is skipped). */
  firsts: string[][];
}

interface Token {
  start: number;
  end: number;
  raw: string;
  lower: string;
}

export interface SkeletonFinder {
  /** Matches of every skeleton, left to right, not overlapping. */
  find(text: string): Match[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string) => s.match(WORD) ?? [];

function alt(s: string): Alt {
  const ws = words(s);
  const acronym = /^[A-Z0-9]{2,}$/.test(s) && /[A-Z]/.test(s);
  return { words: acronym ? ws : ws.map((w) => w.toLowerCase()), acronym };
}

const isLetter = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
/** A sentence ends at 。！？； or a newline, and at . ! ? ; before a space. */
function isEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // 。！？； and a line break
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63 && c !== 59) return false;
  // At the text's last character the sentence ends anyway.
  return /\s/.test(text.charAt(i + 1));
}

const OPEN = '"“‘«「『';
const CLOSE = '"”’»」』';
/** Small words a title runs on with (…Macao with Global Perspective; …in Nansha of Guangzhou). */
const JOINERS = new Set([
  'a',
  'among',
  'amongst',
  'and',
  'between',
  'by',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);
/** What joins the items of a list: Guangdong, Hong Kong & Macao; Guangdong-Hong Kong-Macao. */
const LIST_JOINT = /^(?:\s*[,&/\-\u2010-\u2013]\s*|,?\s+and\s+|\s+)$/i;
const TITLE_WORD = /^[A-Z][a-z]+$/;
/** Capitalised words that start a sentence rather than a title. */
const NOT_TITLE = new Set(['The', 'An', 'This', 'That', 'Its', 'Their', 'Under']);

/**
 * The skeleton finder of the terms' `skeletons`, or undefined when none has one. Only terms that
 * still have an English variant take part (a reader who leaves English out gets no skeleton).
 */
export function createSkeletonFinder(terms: readonly Term[]): SkeletonFinder | undefined {
  const compiled: Compiled[] = [];
  const triggers = new Set<string>();
  // Stryker disable next-line StringLiteral: words are letters and digits (WORD), nothing to escape yet
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Plain alternatives, no lookbehind or `u` flag (which would slow the scan of every position of
  // a page); word boundaries are checked on each hit, or not at all (the gates: a superset).
  const phrases = (alts: readonly Alt[]) =>
    alts.map((a) => a.words.map(esc).join('[^A-Za-z0-9]+')).join('|');
  const gates = new Map<string, RegExp>();
  for (const t of terms) {
    if (!t.skeletons || !t.variants.some((v) => v.script === 'en')) continue;
    for (const s of t.skeletons) {
      const groups = s.groups.map((g) => g.map(alt));
      const gate = phrases(groups[s.gate] ?? []);
      if (!gates.has(gate)) gates.set(gate, new RegExp(gate, 'i'));
      compiled.push({
        termId: t.id,
        form: s.form,
        groups,
        gap: s.gap ?? SKELETON_GAP,
        span: s.span ?? SKELETON_SPAN,
        gate: gates.get(gate) as RegExp,
        firsts: groups.map((g) => g.map((a) => (a.words[0] ?? '').toLowerCase())),
      });
      for (const a of groups[s.trigger] ?? []) triggers.add(a.words.join(' '));
    }
  }
  if (compiled.length === 0) return undefined;
  const trigger = new RegExp(
    [...triggers].map((t) => t.split(' ').map(esc).join('[^A-Za-z0-9]+')).join('|'),
    'gi',
  );
  const maxSpan = Math.max(...compiled.map((c) => c.span));

  /** Whether alternative `a` is at token k. */
  const at = (tokens: readonly Token[], k: number, a: Alt): boolean => {
    if (k + a.words.length > tokens.length) return false;
    for (let w = 0; w < a.words.length; w++) {
      const tok = tokens[k + w] as Token;
      if ((a.acronym ? tok.raw : tok.lower) !== a.words[w]) return false;
    }
    return true;
  };
  /** Token index just after group `g`'s alternative at k (the longest), or -1. */
  const groupAt = (tokens: readonly Token[], k: number, g: readonly Alt[]): number => {
    let best = -1;
    for (const a of g) if (at(tokens, k, a)) best = Math.max(best, k + a.words.length);
    return best;
  };

  /**
   * The end (token index after it) of a match of groups[g…] whose first key word is at most
   * `gap` words after token `from`, or -1. Depth first: the first way that holds.
   */
  function rest(
    text: string,
    tokens: readonly Token[],
    c: Compiled,
    g: number,
    from: number,
    gap: number,
  ): number {
    if (g === c.groups.length) return from;
    const group = c.groups[g] as Alt[];
    // Past the last token at() finds no alternative.
    for (let k = from; k <= from + gap; k++) {
      let e = groupAt(tokens, k, group);
      // Stryker disable next-line EqualityOperator: e is -1 or k + a word count, at least 1
      if (e < 0) continue;
      // A list of the same group's words (Guangdong, Hong Kong and Macao) counts as one.
      for (;;) {
        let j = e;
        while (j < tokens.length && (tokens[j] as Token).lower === 'and') j++;
        const e2 = groupAt(tokens, j, group);
        const joint = text.slice(
          (tokens[e - 1] as Token).end,
          (tokens[j] as Token | undefined)?.start,
        );
        // Stryker disable next-line EqualityOperator: e2 is -1 or j + a word count, at least 1
        if (e2 < 0 || !LIST_JOINT.test(joint)) break;
        e = e2;
      }
      const end = rest(text, tokens, c, g + 1, e, c.gap);
      // Stryker disable next-line EqualityOperator: end is -1 or a token index after a key word, at least 1
      if (end >= 0) return end;
    }
    return -1;
  }

  /** The span of the sentence around `p`, at most `maxSpan` characters either side. */
  function sentence(text: string, p: number): [number, number] {
    let s = p;
    const lo = Math.max(0, p - maxSpan);
    while (s > lo && !isEnd(text, s - 1)) s--;
    let e = p;
    const hi = Math.min(text.length, p + maxSpan);
    while (e < hi && !isEnd(text, e)) e++;
    return [s, e];
  }

  /** Takes in the title around [start, end): inside its quotation marks, or its capitals. */
  function extend(
    text: string,
    lo: number,
    hi: number,
    start: number,
    end: number,
  ): [number, number] {
    // Quoted: an opening mark before with only title text between, a closing one after.
    let q = start - 1;
    while (
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a q below lo fails the same test just after
      q >= lo &&
      q > start - 60 &&
      (isLetter(text.charAt(q)) || ' -,&'.includes(text.charAt(q)))
    )
      q--;
    if (q >= lo && OPEN.includes(text.charAt(q))) {
      const close = CLOSE.charAt(OPEN.indexOf(text.charAt(q)));
      const c = text.indexOf(close, end);
      if (c >= end && c < hi && c - end < 80) {
        const inner = text.slice(end, c);
        if (!/[“«「『]/.test(inner)) return [q + 1, c];
      }
    }
    // Capitalised words before (Overall Plan) and a run of capitals and joiners after.
    const before = text.slice(Math.max(lo, start - 40), start).match(/(?:[A-Z][a-z]+ ){1,3}$/);
    if (before) {
      const ws = before[0].trim().split(' ');
      while (NOT_TITLE.has(ws[0] as string)) ws.shift();
      if (ws.length > 0) start -= ws.join(' ').length + 1;
    }
    const after = /^(?:(?: |-| & )([A-Za-z]+))+/.exec(text.slice(end, Math.min(hi, end + 80)));
    if (after) {
      let run = after[0];
      const parts = run.split(/( & | |-)/);
      let keep = 0;
      let len = 0;
      for (let k = 0; k < parts.length; k++) {
        const w = parts[k] as string;
        len += w.length;
        if (k % 2 === 1 || w === '') continue;
        if (TITLE_WORD.test(w)) keep = len;
        else if (!JOINERS.has(w)) break;
      }
      run = run.slice(0, keep);
      end += run.length;
    }
    return [start, end];
  }

  function find(text: string): Match[] {
    const out: Match[] = [];
    let live = compiled;
    let triggers = 0;
    /** Whether some skeleton may hold in this sentence: each group has a first word in it. */
    const possible = (lower: string): boolean =>
      live.some((c) => c.firsts.every((g) => g.some((w) => lower.includes(w))));
    let lastEnd = 0;
    // A sentence where no skeleton can hold (most of a page that names Nansha or Hong Kong).
    let skipTo = -1;
    // Stryker disable next-line UnaryOperator: no sentence starts at -1, so the first one is read
    let sentLo = -1;
    // Stryker disable next-line UnaryOperator: the first sentence is read whatever this is (sentLo)
    let sentHi = -1;
    // Stryker disable next-line ArrayDeclaration: set at the first sentence, before any read
    let tokens: Token[] = [];
    trigger.lastIndex = 0;
    for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
      if (m.index < lastEnd || m.index < skipTo) continue;
      const after = m.index + m[0].length;
      if (isLetter(text.charAt(m.index - 1)) || isLetter(text.charAt(after))) {
        trigger.lastIndex = m.index + 1;
        continue;
      }
      // A text that is short or names Hong Kong or Nansha often: one native scan per gate, once,
      // drops the skeletons whose rarest group it never has (most such texts hold none).
      if (++triggers === (text.length < GATE_SHORT ? 1 : GATE_AFTER)) {
        const passed = new Map<RegExp, boolean>();
        live = live.filter((c) => {
          if (!passed.has(c.gate)) passed.set(c.gate, c.gate.test(text));
          return passed.get(c.gate) === true;
        });
        if (live.length === 0) break;
      }
      const [lo, hi] = sentence(text, m.index);
      // Another trigger of the sentence just read (Guangdong, Hong Kong and Macao): its words again.
      if (lo !== sentLo || hi !== sentHi) {
        const slice = text.slice(lo, hi);
        if (!possible(slice.toLowerCase())) {
          // The later triggers before its end see no more of it, unless the look-ahead cut it.
          if (hi === text.length || isEnd(text, hi)) skipTo = hi;
          continue;
        }
        sentLo = lo;
        sentHi = hi;
        // Stryker disable next-line ArrayDeclaration: an extra first element is no Token and matches no key word
        tokens = [];
        for (const w of slice.matchAll(WORD)) {
          const start = lo + (w.index as number);
          tokens.push({ start, end: start + w[0].length, raw: w[0], lower: w[0].toLowerCase() });
        }
      }
      // The leftmost match in the sentence, of any skeleton, that holds the trigger word.
      let best: [number, number, Compiled] | undefined;
      for (const c of live) {
        for (let k = 0; k < tokens.length; k++) {
          const tk = tokens[k] as Token;
          if (tk.start > m.index || (best && tk.start >= best[0])) break;
          if (tk.start < lastEnd) continue;
          const e = rest(text, tokens, c, 0, k, 0);
          // Stryker disable next-line EqualityOperator: e is -1 or a token index after a key word, at least 1
          if (e < 0) continue;
          const end = (tokens[e - 1] as Token).end;
          if (end <= m.index || end - tk.start > c.span) continue;
          best = [tk.start, end, c];
          break;
        }
      }
      if (!best) continue;
      const [start, end] = extend(text, Math.max(lo, lastEnd), hi, best[0], best[1]);
      out.push({ termId: best[2].termId, variant: best[2].form, start, end });
      lastEnd = end;
      trigger.lastIndex = end;
    }
    return out;
  }

  return { find };
}

/**
 * Both finders' matches in one list, left to right, without overlaps: the leftmost wins, then
 * the longest (a title found by skeleton hides the names inside it).
 */
export function mergeMatches(a: readonly Match[], b: readonly Match[]): Match[] {
  // Stryker disable next-line ConditionalExpression: a shortcut; a is already sorted and without overlaps
  if (b.length === 0) return [...a];
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Match[] = [];
  let lastEnd = 0;
  for (const m of all) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}
