/**
 * The runs of words a name may span: Chinese word segments between punctuation, and capitalised
 * English words ("Greater Bay Area", "Ministry of Commerce").
 */
import { FUNCTION_WORDS } from './generic.ts';
import type { Run, Unit } from './names.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /^\p{Script=Han}+$/u;

/** Word segments of a folded (Simplified) text: their start offsets, and the text's length last. */
export function segmentBounds(folded: string): Uint8Array {
  const bounds = new Uint8Array(folded.length + 1);
  for (const s of segmenter.segment(folded)) bounds[s.index] = 1;
  bounds[folded.length] = 1;
  return bounds;
}

/** Runs of Chinese word segments, cut at anything that is not Han (punctuation, digits, Latin). */
export function chineseRuns(folded: string, bounds: Uint8Array): Run[] {
  const runs: Run[] = [];
  let units: Unit[] = [];
  let start = 0;
  for (let i = 1; i <= folded.length; i++) {
    if (bounds[i] !== 1) continue;
    const word = folded.slice(start, i);
    if (HAN.test(word)) {
      units.push({ start, end: i, word, edge: !FUNCTION_WORDS.has(word) });
    } else if (units.length > 0) {
      runs.push({ units, joiner: '' });
      units = [];
    }
    start = i;
  }
  if (units.length > 0) runs.push({ units, joiner: '' });
  return runs;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-–&][\p{L}\p{N}]+)*/gu;
/** Small words a name may have inside: "Ministry of Commerce", "Science and Innovation Corridor". */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', '&']);

interface Token extends Unit {
  capital: boolean;
  /** Whether only spaces stand between this token and the one before. */
  joined: boolean;
}

/**
 * Runs of capitalised English words in each sentence (`[start, end)` offsets in the text). A word
 * opening a sentence counts as capitalised only if the text capitalises it elsewhere too.
 */
export function englishRuns(text: string, folded: string, sentences: [number, number][]): Run[] {
  const tokens: Token[][] = [];
  const capitalisedInside = new Set<string>();
  for (const [from, to] of sentences) {
    const line: Token[] = [];
    let prevEnd = -1;
    for (const m of text.slice(from, to).matchAll(TOKEN)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const word = folded.slice(start, end);
      const capital = /^\p{Lu}/u.test(m[0]);
      const joined = prevEnd >= 0 && /^[ \t]*\r?\n?[ \t]*$/.test(text.slice(prevEnd, start));
      if (capital && line.length > 0) capitalisedInside.add(word);
      line.push({ start, end, word, edge: capital && !FUNCTION_WORDS.has(word), capital, joined });
      prevEnd = end;
    }
    tokens.push(line);
  }

  const runs: Run[] = [];
  for (const line of tokens) {
    let units: Unit[] = [];
    const close = () => {
      while (units.length > 0 && !units[units.length - 1]?.edge) units.pop();
      if (units.length > 0) runs.push({ units, joiner: ' ' });
      units = [];
    };
    line.forEach((t, i) => {
      if (!t.joined) close();
      if (t.capital && (i > 0 || capitalisedInside.has(t.word))) units.push(t);
      else if (units.length > 0 && CONNECTORS.has(t.word)) units.push({ ...t, edge: false });
      else close();
    });
    close();
  }
  return runs;
}
