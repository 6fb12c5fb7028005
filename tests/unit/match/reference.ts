/**
 * A naive reference matcher for the property test (`property.test.ts`), written from the
 * matcher's specification — docs/manual.md ("On a page"), decision 081, the header comments of
 * src/text/fold.ts and src/match/matcher.ts, the examples of matcher.test.ts — not from its code.
 *
 * It imports nothing from `src/` but the glossary data: its own folding (Traditional → Simplified
 * with opencc-js itself, full-width → half-width with Unicode's NFKC, its own case, separator and
 * ignorable classes), its own acronym rule, quotation marks and word boundaries. Clarity over
 * speed: every form is a regular expression tried at every offset of the text.
 *
 * The rules (where the specification is only the matcher's code, the rule is written out here
 * and marked "code-only"):
 * - A form matches text that reads the same after folding both, character by character:
 *   Traditional → Simplified (opencc-js, Hong Kong then Taiwan standard, one character at a
 *   time: the matcher folds one code unit to one), full-width ASCII → ASCII, A–Z → a–z.
 * - Whitespace and hyphens/dashes are separators; a run of them (with anything ignorable in
 *   between) reads as one space. Code-only: which dashes — U+002D, U+2010–U+2015, U+2212,
 *   U+FE63, U+FF0D; whitespace is JavaScript's `\s` (U+FEFF excepted: it is ignorable).
 * - Ignorable, skipped anywhere inside a term: soft hyphen, zero-width space/non-joiner/joiner,
 *   word joiner, U+FEFF, and the CJK quotation marks “ ” 「 」 『 』 (“一把手”工程 = 一把手工程).
 * - Acronyms — one word of capital letters (digits allowed), two or more characters (GBA) — and
 *   forms marked `caseSensitive` match only with the same capitals (full-width ones count). The
 *   rule holds for exclusions too (the matcher applies it to terms only; no exclusion is an
 *   acronym today, so a difference would show when one is added).
 * - Latin word boundaries: a form that starts (ends) with a Latin letter or digit does not match
 *   after (before) another one — GBA, not GBAtech. Code-only: the neighbour is the code unit just
 *   outside the matched characters, and "Latin letter or digit" is 0–9, A–Z, a–z, the letters
 *   À–ɏ (Latin-1 Supplement, Latin Extended-A and B) and their full-width forms.
 * - `quoted` forms (decision 081) count only with a quotation mark " ' “ ‘ « 「 『 just before
 *   them and one of " ' ” ’ » 」 』 just after them, or after a comma or full stop just after.
 * - Whitespace (not a hyphen or dash) between two Han characters of a form is skipped, with any
 *   ignorables around it: a line wrap (重大战 略性平台). Decision 091.
 * - Leftmost-longest, no overlaps; an exclusion that wins hides its span (南沙群岛 is not 南沙).
 * - A cut exclusion (`cut`: 南沙区域, 3) is no hit itself: where it holds, hits of its first `cut`
 *   characters' reading at the same offset do not count (南沙区 in 南沙区域), shorter ones do —
 *   unless a `keep` one with the same `cut` holds there too (区位于 is 区 + 位于).
 * - A form that begins (ends) with a CJK quotation mark takes in the one the text has just before
 *   (after) it, not reaching into the previous match (“一把手”工程 is reported with its quotes).
 * - A term's `apart` words (三沙 for 南沙): its matches in a sentence that reads with one of them
 *   are dropped. Code-only: a sentence ends at 。！？!?；; or a line break, and reaches at most
 *   300 code units either side of the match.
 * - Code-only: the variant reported is the form whose written text equals the matched text, else
 *   the first in glossary order (terms before exclusions) that fits.
 */
import { Converter } from 'opencc-js';
import { TERMS_JSON } from '../../../src/corpus/generated/glossary.data.ts';

/** The glossary's shape, as in the JSON (src/corpus/glossary.ts, not imported). */
export interface RefForm {
  form: string;
  caseSensitive?: boolean;
  quoted?: boolean;
  cut?: number;
  keep?: boolean;
}
export interface RefTerm {
  id: string;
  variants: RefForm[];
  exclusions: RefForm[];
  apart?: RefForm[];
}
export interface RefMatch {
  termId: string;
  variant: string;
  start: number;
  end: number;
}

/** A coded form of the data: script letter, flags (C, Q, A, K<n>, P), '|', the form. */
function refForm(code: string): RefForm {
  const [, flags = '', form = ''] = /^[ste]([^|]*)\|(.*)$/s.exec(code) ?? [];
  const cut = /K(\d+)/.exec(flags)?.[1];
  return {
    form,
    ...(flags.includes('C') ? { caseSensitive: true } : {}),
    ...(flags.includes('Q') ? { quoted: true } : {}),
    ...(cut ? { cut: Number(cut) } : {}),
    ...(flags.includes('P') ? { keep: true } : {}),
  };
}

interface CodedTerm {
  id: string;
  variants: string[];
  exclusions: string[];
  apart?: string[];
}

export const referenceGlossary = (): RefTerm[] =>
  (JSON.parse(TERMS_JSON) as CodedTerm[]).map((t) => ({
    id: t.id,
    variants: t.variants.map(refForm),
    exclusions: t.exclusions.map(refForm),
    ...(t.apart ? { apart: t.apart.map(refForm) } : {}),
  }));

// ---- Folding: each UTF-16 code unit of the text becomes one code unit, so offsets stay put. ----

/** Stands for an ignorable character in folded text (U+0000 of the text itself: see foldUnit). */
const SKIP = '\u0000';

/** Soft hyphen, zero-width space, non-joiner, joiner, word joiner, BOM; CJK quotation marks. */
const IGNORABLES = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', ...'“”「」『』'];
/** Whitespace, hyphens and dashes. */
const SEPARATOR = /^(?:\s|[-\u2010-\u2015\u2212\ufe63\uff0d])$/;
const FULL_WIDTH_ASCII = /^[\uff01-\uff5e]$/;
const HAN = /^\p{Script=Han}$/u;

const fromHongKong = Converter({ from: 'hk', to: 'cn' });
const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
const simplified = new Map<string, string>();
/** Simplified form of one Han character: opencc's Hong Kong table, else its Taiwan one. */
function toSimplified(c: string): string {
  let s = simplified.get(c);
  if (s === undefined) {
    const hk = fromHongKong(c);
    const tw = fromTaiwan(c);
    s = hk.length === 1 && hk !== c ? hk : tw.length === 1 ? tw : c;
    simplified.set(c, s);
  }
  return s;
}

/** One code unit folded: SKIP, ' ' for whitespace, '-' for a hyphen or dash, or the folded character. */
function foldUnit(c: string, keepCase: boolean): string {
  if (IGNORABLES.includes(c)) return SKIP;
  // U+0000 is no ignorable: it reads as a character no form has.
  if (c === SKIP) return '\ufffd';
  if (SEPARATOR.test(c)) return /^\s$/.test(c) ? ' ' : '-';
  let f = c;
  if (FULL_WIDTH_ASCII.test(f)) f = f.normalize('NFKC');
  if (HAN.test(f)) f = toSimplified(f);
  if (!keepCase && /^[A-Z]$/.test(f)) f = f.toLowerCase();
  return f;
}

/** The text folded unit by unit (same length as the text). */
const foldText = (text: string, keepCase: boolean): string =>
  Array.from({ length: text.length }, (_, i) => foldUnit(text.charAt(i), keepCase)).join('');

/** How a stretch of text reads: folded, ignorables dropped, separator runs one space, trimmed. */
const reading = (text: string, keepCase: boolean): string =>
  foldText(text, keepCase).replaceAll(SKIP, '').replace(/[ -]+/g, ' ').trim();

// ---- Rules. ----

/** An acronym: one word of capital letters (digits allowed), at least two characters. */
const isAcronymForm = (form: string): boolean =>
  form.length >= 2 && /^[A-Z0-9]+$/.test(form) && form !== form.toLowerCase();

/** A Latin letter or digit, once full-width forms are folded (for word boundaries). */
const isLatinWordUnit = (c: string): boolean => {
  const f = FULL_WIDTH_ASCII.test(c) ? c.normalize('NFKC') : c;
  return /^[0-9A-Za-z]$/.test(f) || (/^[\u00c0-\u024f]$/.test(f) && /^\p{L}$/u.test(f));
};

const QUOTE_BEFORE = ['"', "'", '“', '‘', '«', '「', '『'];
const QUOTE_AFTER = ['"', "'", '”', '’', '»', '」', '』'];
/** The CJK quotation marks a form may be written with (ignorable inside a term). */
const CJK_OPEN = ['“', '「', '『'];
const CJK_CLOSE = ['”', '」', '』'];

function betweenQuotes(text: string, start: number, end: number): boolean {
  if (start === 0 || !QUOTE_BEFORE.includes(text.charAt(start - 1))) return false;
  const after = text.charAt(end);
  if (QUOTE_AFTER.includes(after)) return true;
  return (after === ',' || after === '.') && QUOTE_AFTER.includes(text.charAt(end + 1));
}

// ---- The matcher. ----

interface Form {
  termId: string | undefined;
  form: string;
  /** The form as it reads folded (ignorables dropped, separator runs one space). */
  key: string;
  /** Sticky pattern over folded text: the form's reading, ignorables allowed between its units. */
  pattern: RegExp;
  /** For a cut exclusion: the reading of the hits it voids. */
  cutKey: string | undefined;
  keep: boolean;
  caseKey: string | undefined;
  quoted: boolean;
  wordStart: boolean;
  wordEnd: boolean;
}

const escapeUnit = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function makeForm(termId: string | undefined, v: RefForm): Form | undefined {
  const key = reading(v.form, false);
  if (key === '') return undefined;
  // Between two units of the form any ignorables (and whitespace between two Han characters); a
  // space of the form is a run of separators.
  const units = key.split('');
  let source = '';
  units.forEach((c, k) => {
    if (k > 0)
      source += HAN.test(c) && HAN.test(units[k - 1] as string) ? '[ \\u0000]*' : '\\u0000*';
    source += c === ' ' ? '[ -][ \\-\\u0000]*' : escapeUnit(c);
  });
  const pattern = new RegExp(source, 'y');
  const caseSensitive = v.caseSensitive === true || isAcronymForm(v.form);
  return {
    termId,
    form: v.form,
    key,
    pattern,
    caseKey: caseSensitive ? reading(v.form, true) : undefined,
    quoted: v.quoted === true,
    keep: v.keep === true,
    cutKey: v.cut === undefined ? undefined : reading(v.form.slice(0, v.cut), false),
    wordStart: isLatinWordUnit(key.charAt(0)),
    wordEnd: isLatinWordUnit(key.charAt(key.length - 1)),
  };
}

export function createReferenceMatcher(terms: readonly RefTerm[] = referenceGlossary()) {
  const forms: Form[] = [];
  const add = (termId: string | undefined, v: RefForm) => {
    if (forms.some((f) => f.form === v.form && f.termId === termId)) return;
    const f = makeForm(termId, v);
    if (f !== undefined) forms.push(f);
  };
  // Terms first, then exclusions, each in glossary order.
  for (const t of terms) for (const v of t.variants) add(t.id, v);
  for (const t of terms) for (const x of t.exclusions) add(undefined, x);

  const apart = new Map(
    terms.map((t) => [t.id, (t.apart ?? []).map((x) => reading(x.form, false))]),
  );
  const sentenceAround = (text: string, start: number, end: number): string => {
    const ends = /[。！？!?；;\n\r]/;
    let s = start;
    while (s > 0 && start - s < 300 && !ends.test(text.charAt(s - 1))) s--;
    let e = end;
    while (e < text.length && e - end < 300 && !ends.test(text.charAt(e))) e++;
    return reading(text.slice(s, e), false);
  };

  return (input: string | readonly string[]): RefMatch[] => {
    const text = typeof input === 'string' ? input : input.join('');
    return find(text).filter((m) => {
      const words = apart.get(m.termId) ?? [];
      return !words.some((w) => sentenceAround(text, m.start, m.end).includes(w));
    });
  };

  function find(text: string): RefMatch[] {
    const folded = foldText(text, false);
    const out: RefMatch[] = [];
    let lastEnd = 0;
    let at = 0;
    while (at < text.length) {
      // Every form that holds at `at`, with the end of its match.
      const hits: { f: Form; end: number }[] = [];
      for (const f of forms) {
        if (f.key.charAt(0) !== folded.charAt(at)) continue; // (only to save time)
        f.pattern.lastIndex = at;
        const m = f.pattern.exec(folded);
        if (m === null) continue;
        const end = at + m[0].length;
        if (f.wordStart && at > 0 && isLatinWordUnit(text.charAt(at - 1))) continue;
        if (f.wordEnd && end < text.length && isLatinWordUnit(text.charAt(end))) continue;
        if (f.caseKey !== undefined && reading(text.slice(at, end), true) !== f.caseKey) continue;
        if (f.quoted && !betweenQuotes(text, at, end)) continue;
        hits.push({ f, end });
      }
      // Cut exclusions that hold void the hits of their first characters.
      const kept = new Set(hits.filter((h) => h.f.keep).map((h) => h.f.cutKey));
      const voided = new Set(
        hits.filter((h) => !h.f.keep && !kept.has(h.f.cutKey)).map((h) => h.f.cutKey),
      );
      for (let k = hits.length - 1; k >= 0; k--) {
        const h = hits[k] as { f: Form; end: number };
        if (h.f.cutKey !== undefined || voided.has(h.f.key)) hits.splice(k, 1);
      }
      const longest = Math.max(-1, ...hits.map((h) => h.end));
      if (longest < 0) {
        at++;
        continue;
      }
      const spans = hits
        .filter((h) => h.end === longest)
        .map(({ f, end }) => {
          let start = at;
          let stop = end;
          if (CJK_OPEN.includes(f.form.charAt(0)) && at - 1 >= lastEnd) {
            if (CJK_OPEN.includes(text.charAt(at - 1))) start--;
          }
          if (CJK_CLOSE.includes(f.form.charAt(f.form.length - 1))) {
            if (CJK_CLOSE.includes(text.charAt(end))) stop++;
          }
          return { f, start, stop };
        });
      const pick = spans.find((s) => text.slice(s.start, s.stop) === s.f.form) ?? spans[0];
      if (pick === undefined) throw new Error('unreachable');
      if (pick.f.termId !== undefined) {
        out.push({
          termId: pick.f.termId,
          variant: pick.f.form,
          start: pick.start,
          end: pick.stop,
        });
      }
      lastEnd = pick.stop;
      at = pick.stop;
    }
    return out;
  }
}
