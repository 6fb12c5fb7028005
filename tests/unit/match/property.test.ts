import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { PRECHECK } from '../../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { createPrecheck } from '../../../src/match/precheck.ts';
import { T2S } from '../../../src/text/generated/t2s-glossary.data.ts';
import { createReferenceMatcher } from './reference.ts';

const matcher = createMatcher(glossary);
const reference = createReferenceMatcher(glossary, T2S);

const forms = glossary.flatMap((t) => [...t.variants, ...t.exclusions].map((v) => v.form));
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

/** A piece of a term: the whole form, a prefix, a suffix or a middle, in some case. */
const piece = fc
  .tuple(
    fc.constantFrom(...forms),
    fc.nat(),
    fc.nat(),
    fc.constantFrom('keep', 'upper', 'lower', 'whole', 'wide'),
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
    return s;
  });

const text = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: piece }, { weight: 2, arbitrary: fc.constantFrom(...noise) }),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

describe('matcher vs naive reference (fast-check)', () => {
  it('finds exactly what the reference finds', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(matcher.find(s)).toEqual(reference(s));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same matches for any split of the text into chunks', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (s, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, k) => s.slice(p, points[k] ?? s.length));
        expect(chunks.join('')).toBe(s);
        expect(matcher.find(chunks)).toEqual(matcher.find(s));
      }),
      { numRuns: 500 },
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
      { numRuns: 500 },
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
      { numRuns: 3000 },
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
