import fc from 'fast-check';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { PRECHECK } from '../../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { createPrecheck } from '../../../src/match/precheck.ts';
import { createReferenceMatcher } from './reference.ts';

const matcher = createMatcher(glossary);
/** The trie alone, which the reference implements: titles by skeleton have tests of their own. */
const trie = createMatcher(glossary.map((t) => ({ ...t, skeletons: undefined })));
const reference = createReferenceMatcher();

const forms = glossary.flatMap((t) => [...t.variants, ...t.exclusions].map((v) => v.form));
const hanForms = forms.filter((f) => /\p{Script=Han}/u.test(f));
const latinForms = forms.filter((f) => !/\p{Script=Han}/u.test(f));
/** Forms with a rule of their own: case-sensitive, quoted, all capitals. */
const specialForms = glossary.flatMap((t) =>
  t.variants
    .filter((v) => v.caseSensitive || v.quoted || /^[A-Z]+$/.test(v.form))
    .map((v) => v.form),
);
// Characters that stress folding and boundaries.
const noise = [
  ...'aZgbA南沙港澳粵湾灣区區群島羣一把手',
  ' ',
  '  ',
  '\n',
  '-',
  '\u2013',
  '\u00ad',
  '\u200b',
  '“',
  '”',
  '「',
  '」',
  '，',
  ',',
  // Quotation marks in Latin text (forms that count only between them), and a full stop.
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '.',
  '。',
  'Ｇ',
  '\u3000',
  '2',
];

/** Any code unit of the blocks where folding, separators, ignorables and quotes live. */
const stray = fc
  .constantFrom<[number, number]>(
    [0x00, 0x24f], // Basic Latin, Latin-1 (NBSP, soft hyphen, À, ×), Latin Extended-A and B
    [0x1e00, 0x1eff], // Latin Extended Additional (ế): not word characters for the matcher
    [0x2000, 0x206f], // General Punctuation: spaces, dashes, quotes, zero-width characters
    [0x2212, 0x2212], // minus sign
    [0x3000, 0x303f], // CJK punctuation: ideographic space, 「」『』
    [0xf900, 0xf90f], // CJK compatibility ideographs (金 U+F90A folds to 金)
    [0xfe30, 0xfe6f], // small and vertical forms (﹣)
    [0xfeff, 0xff60], // BOM, full-width ASCII
  )
  .chain(([lo, hi]) => fc.integer({ min: lo, max: hi }))
  .map((c) => String.fromCharCode(c));

/** Every Han character opencc writes for a character of the glossary (Traditional, variants). */
const hanAlternatives = (() => {
  const glyphs = new Set(hanForms.flatMap((f) => [...f]));
  const chars: string[] = [];
  for (const [lo, hi] of [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ] as const) {
    for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
  }
  const alternatives = new Map<string, string[]>();
  for (const to of ['hk', 'tw', 't'] as const) {
    const simplified = Converter({ from: to, to: 'cn' })(chars.join('\n')).split('\n');
    chars.forEach((c, k) => {
      const s = simplified[k] as string;
      if (s === c || !glyphs.has(s)) return;
      const list = alternatives.get(s) ?? [s];
      if (!list.includes(c)) list.push(c);
      alternatives.set(s, list);
    });
  }
  return alternatives;
})();

/** Separators, ignorables and near misses (dashes and spaces the matcher does not fold). */
const gaps = [
  ...' \t\n\u00a0\u2002\u2009\u200a\u202f\u205f\u3000\u2028',
  ...'-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d',
  ...'\u00ad\u200b\u200c\u200d\u2060\ufeff“”「」『』',
  ' - ',
  ' \u00ad ',
  '\u058a',
  '\u301c',
  '\ufe58',
  '\u2e3a',
  '\u180e',
  '_',
  '/',
];
/** Pairs of marks around a piece: quotation marks, and marks that are not (for `quoted` forms). */
const marks = [
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
  ['“', '",'],
  ['‘', "'."],
  ['"', '”;'],
  ['‹', '›'],
  ['„', '“'],
  ['＂', '＂'],
  ['(', ')'],
  ['"', ''],
  ['', '"'],
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/**
 * A piece of a term: the whole form, a prefix, a suffix or a middle, in some case or script,
 * its separators and characters swapped for others that fold alike (or nearly), in quotes.
 */
const piece = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...hanForms),
      fc.constantFrom(...latinForms),
      fc.constantFrom(...specialForms),
    ),
    fc.nat(),
    fc.nat(),
    fc.constantFrom(
      'keep',
      'upper',
      'lower',
      'whole',
      'wide',
      'mixed',
      'alternative',
      'gaps',
      'quoted',
    ),
  )
  .map(([form, a, b, mode]) => {
    let s = form;
    if (mode !== 'whole') {
      const i = a % (form.length + 1);
      const j = i + (b % (form.length + 1 - i));
      s = a % 3 === 0 ? form : form.slice(i, Math.max(j, i + 1));
    }
    if (mode === 'upper') return s.toUpperCase();
    if (mode === 'lower') return s.toLowerCase();
    // Full-width letters and digits (ＧＢＡ, ２０), as some Chinese pages write them.
    if (mode === 'wide') {
      return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    }
    // Case flipped here and there (gBA, NanSha).
    if (mode === 'mixed') {
      return [...s]
        .map((c, k) => ((a >> (k % 16)) & 1 ? c.toUpperCase() : c.toLowerCase()))
        .join('');
    }
    // Han characters written another way opencc knows (Traditional, variants: 羣, 爲, 衞…).
    if (mode === 'alternative') {
      return [...s].map((c, k) => pick(hanAlternatives.get(c) ?? [c], a + b * k)).join('');
    }
    // Each separator replaced, and one gap put between two characters.
    if (mode === 'gaps') {
      let k = 0;
      s = s.replace(/[ -]/g, () => pick(gaps, a + 7 * k++));
      const at = b % (s.length + 1);
      return s.slice(0, at) + pick(gaps, a + b) + s.slice(at);
    }
    if (mode === 'quoted') {
      const [open, close] = pick(marks, a + b);
      return `${open}${s}${close}`;
    }
    return s;
  });

const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: piece },
      { weight: 2, arbitrary: fc.constantFrom(...noise) },
      { weight: 1, arbitrary: stray },
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

describe('matcher vs naive reference (fast-check)', () => {
  it('finds exactly what the reference finds', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(trie.find(s)).toEqual(reference(s));
      }),
      // Fewer under mutation testing (vitest.mutation.config.ts): a surviving matcher mutant runs it.
      { numRuns: process.env.MUTATION_TESTING ? 300 : 1500 },
    );
  }, 60_000); // a time limit for a loaded machine, not a speed check

  // Every code unit of the folding blocks in the roles a character plays around a form: the
  // random texts above meet only some of them.
  const blocks: [number, number][] = [
    [0x00, 0x24f],
    [0x1680, 0x1680],
    [0x180e, 0x180e],
    [0x2000, 0x206f],
    [0x2212, 0x2212],
    [0x2e3a, 0x2e3b],
    [0x3000, 0x303f],
    [0xfe30, 0xfe6f],
    [0xfeff, 0xff65],
  ];
  const units: string[] = [];
  for (const [lo, hi] of blocks) for (let c = lo; c <= hi; c++) units.push(String.fromCharCode(c));
  const roles: ((c: string) => string)[] = [
    (c) => `Greater${c}Bay Area`, // separator, ignorable, or neither
    (c) => `zero-${c}COVID and ${c}南${c}沙方案`,
    (c) => `x${c}GBA${c}x ${c}BA`, // word boundary; a letter folding to G
    (c) => `Hengqi${c} 20${c}h Party Congress`, // a letter or digit in a word
    (c) => `${c}two safeguards" ${c}political stance${c}`, // quotation marks, before and after
    (c) => `"political position.${c} 'two establishments,${c}`, // …after a full stop or comma
    (c) => `${c}一把手${c}工程 政治安全${c}南大门${c}`, // CJK quotation marks of a form
  ];
  it('agrees with the reference on every character of the folding blocks, in each role', () => {
    for (const c of units) {
      for (const role of roles) {
        const s = role(c);
        expect(trie.find(s), JSON.stringify(s)).toEqual(reference(s));
      }
    }
  }, 60_000);

  it('agrees with the reference on every other way opencc writes a character of a form', () => {
    for (const [glyph, others] of hanAlternatives) {
      const form = hanForms.find((f) => f.includes(glyph)) as string;
      for (const other of others) {
        const s = `是${form.replaceAll(glyph, other)}的`;
        expect(trie.find(s), s).toEqual(reference(s));
        // …and reads as the form itself (an exclusion's text finds nothing either way).
        const ids = (t: string) => reference(t).map((m) => [m.termId, m.start, m.end]);
        expect(ids(s), s).toEqual(ids(`是${form}的`));
      }
    }
  });

  it('gives the same matches for any split of the text into chunks', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (s, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, k) => s.slice(p, points[k] ?? s.length));
        expect(chunks.join('')).toBe(s);
        expect(matcher.find(chunks)).toEqual(matcher.find(s));
      }),
      // Fewer under mutation testing (vitest.mutation.config.ts), as above.
      { numRuns: process.env.MUTATION_TESTING ? 150 : 500 },
    );
  });

  it('never returns overlapping or out-of-range matches', () => {
    fc.assert(
      fc.property(text, (s) => {
        let end = 0;
        for (const m of matcher.find(s)) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(s.length);
          end = m.end;
        }
      }),
      // Fewer under mutation testing (vitest.mutation.config.ts), as above.
      { numRuns: process.env.MUTATION_TESTING ? 150 : 500 },
    );
  });
});

describe('precheck (fast-check)', () => {
  const precheck = createPrecheck(PRECHECK);

  it('says yes to every text in which the matcher finds a term', () => {
    fc.assert(
      fc.property(text, (s) => {
        if (matcher.find(s).length > 0) expect(precheck(s)).toBe(true);
      }),
      // Fewer under mutation testing (vitest.mutation.config.ts), as above.
      { numRuns: process.env.MUTATION_TESTING ? 600 : 3000 },
    );
  });

  it('says no to text without any term or the start of one', () => {
    expect(precheck('红烧肉是一道经济实惠的家常菜，适合青年人学习。做法不断创新和发展。')).toBe(
      false,
    );
    expect(precheck('The state of the economy and the market were discussed.')).toBe(false);
  });

  it('says yes to a term or its start, across full-width letters, line breaks and soft hyphens', () => {
    expect(precheck('Nansha')).toBe(true);
    expect(precheck('the ＧＢＡ')).toBe(true);
    expect(precheck('Greater \n  Bay')).toBe(true);
    expect(precheck('the Bay Area')).toBe(false);
    expect(precheck('粵\u00ad港澳大灣區')).toBe(true);
  });

  it('folds full-width letters and digits, and finds Chinese forms without a Latin one', () => {
    expect(precheck('ＮＡＮＳＨＡ ｂａｙ')).toBe(true);
    expect(precheck('the ２０ｔｈ National')).toBe(true);
    expect(precheck('ＤＩＭＥ 雜誌的新年特刊')).toBe(false);
    expect(precheck('新聞：橫琴')).toBe(true);
    expect(precheck('「一把手」工程')).toBe(true);
  });
});
