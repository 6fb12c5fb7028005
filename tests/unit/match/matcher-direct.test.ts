import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Term } from '../../../src/corpus/glossary.ts';
import * as loaded from '../../../src/match/matcher.ts';
import { term, variant } from '../small-glossary.ts';

// The module is imported again for each test, so that its constants (the quotation marks, what
// ends a sentence and how far it reaches) are built while the test runs: mutation testing
// (docs/testing.md) changes them only then.
let createMatcher = loaded.createMatcher;
// A copy of the module alone (a query makes a new instance; what it imports stays loaded):
// cheaper than vi.resetModules(), which loads every dependency again.
let copies = 0;
beforeEach(async () => {
  const path = `../../../src/match/matcher.ts?copy=${copies++}`;
  ({ createMatcher } = (await import(/* @vite-ignore */ path)) as typeof loaded);
});

// The matcher's rules that the corpus tests only reach with a matcher built when their file is
// collected (which mutation testing does not see): cut and keep exclusions, exclusions' case and
// quotation marks, whitespace inside a Chinese term, one-character terms, apart words and how far
// their sentence reaches. Each matcher is built inside its test; the spans are worked out by hand.
const v = variant;
const spans = (terms: Term[], text: string) =>
  createMatcher(terms, { t2s: '' })
    .find(text)
    .map((m) => `${m.termId}:${m.variant}@${m.start}-${m.end}`);

describe('cut exclusions', () => {
  // 甲乙丙 with cut 2 voids the hit 甲乙 where the text goes on with 丙; 甲 and 甲乙丙丁 stand.
  const terms = () => [
    term('x', ['甲']),
    term('a', ['甲乙'], { exclusions: [{ ...v('甲乙丙'), cut: 2 }] }),
    term('c', ['甲乙丙丁']),
  ];

  it('void only the hit of their first characters: a longer or a shorter hit stands', () => {
    expect(spans(terms(), '甲乙丙丁')).toEqual(['c:甲乙丙丁@0-4']);
    expect(spans(terms(), '甲乙丙')).toEqual(['x:甲@0-1']);
    expect(spans(terms(), '甲乙丁')).toEqual(['a:甲乙@0-2']);
  });

  it('void the only hit: nothing is found there', () => {
    const only = [term('a', ['甲乙'], { exclusions: [{ ...v('甲乙丙'), cut: 2 }] })];
    expect(spans(only, '甲乙丙')).toEqual([]);
    expect(spans(only, '甲乙。甲乙丙')).toEqual(['a:甲乙@0-2']);
  });

  it('with keep: where the text goes on with the keep form, the cut does not apply', () => {
    const keep = [
      term('a', ['甲乙'], {
        exclusions: [
          { ...v('甲乙丙'), cut: 2 },
          { ...v('甲乙丙丁'), cut: 2, keep: true },
        ],
      }),
    ];
    expect(spans(keep, '甲乙丙')).toEqual([]);
    expect(spans(keep, '甲乙丙丁')).toEqual(['a:甲乙@0-2']);
    expect(spans(keep, '甲乙戊')).toEqual(['a:甲乙@0-2']);
  });

  it('a keep undoes only the cut of its own depth', () => {
    const terms = [
      term('x', ['甲']),
      term('a', ['甲乙'], {
        exclusions: [
          { ...v('甲乙丙'), cut: 2 },
          { ...v('甲乙丙丁'), cut: 3, keep: true },
        ],
      }),
    ];
    expect(spans(terms, '甲乙丙丁')).toEqual(['x:甲@0-1']);
  });
});

describe('exclusions', () => {
  it('hide their span in any case, and outside quotation marks, unless case-sensitive', () => {
    const nansha = term('n', ['Nansha'], { exclusions: [v('Nansha Islands')] });
    expect(spans([nansha], 'the nansha islands; Nansha')).toEqual(['n:Nansha@20-26']);
    const port = term('n', ['Nansha'], { exclusions: [v('NANSHA PORT', { caseSensitive: true })] });
    expect(spans([port], 'NANSHA PORT, Nansha port')).toEqual(['n:Nansha@13-19']);
  });
});

describe('whitespace inside a Chinese term', () => {
  it('is skipped between two Chinese characters, with more whitespace and ignorables', () => {
    // 南沙 and GBA added before 南沙区: the node after 沙 is created later than G's.
    const terms = [term('s', ['南沙']), term('g', ['GBA']), term('d', ['南沙区'])];
    expect(spans(terms, '南沙 区')).toEqual(['d:南沙区@0-4']);
    expect(spans(terms, '南沙 \u200b\n区')).toEqual(['d:南沙区@0-6']);
    expect(spans(terms, '南 沙')).toEqual(['s:南沙@0-3']);
    expect(spans(terms, '南沙 GBA')).toEqual(['s:南沙@0-2', 'g:GBA@3-6']);
  });

  it('is a separator of the form when a Latin word follows', () => {
    expect(spans([term('p', ['南沙 Plan'])], '南沙 Plan')).toEqual(['p:南沙 Plan@0-7']);
    expect(spans([term('p', ['南沙 Plan'])], '南沙Plan')).toEqual([]);
  });
});

describe('the end of a Chinese term', () => {
  it('is no word boundary: a Latin word may follow it directly', () => {
    expect(spans([term('s', ['南沙'])], '南沙Plan')).toEqual(['s:南沙@0-2']);
  });

  it('joins the next Chinese character across whitespace only, not a mark', () => {
    const terms = [term('s', ['南沙']), term('d', ['南沙区'])];
    expect(spans(terms, '南沙 ，区')).toEqual(['s:南沙@0-2']);
    expect(spans(terms, '南沙 -区')).toEqual(['s:南沙@0-2']);
  });
});

describe('a large glossary', () => {
  it('finds a term whose first character is added after 32,768 trie nodes', () => {
    // 3,300 terms of ten characters, each with its own first character: 33,000 nodes.
    const terms = Array.from({ length: 3300 }, (_, i) =>
      term(`t${i}`, [`${String.fromCharCode(0x4e00 + i)}${'的'.repeat(9)}`]),
    );
    const last = `${String.fromCharCode(0x4e00 + 3299)}${'的'.repeat(9)}`;
    expect(spans(terms, `x${last}`)).toEqual([`t3299:${last}@1-11`]);
  });
});

describe('one-character terms', () => {
  it('are found alone, before another character, and at the end of the text', () => {
    expect(spans([term('x', ['甲'])], '甲')).toEqual(['x:甲@0-1']);
    expect(spans([term('x', ['甲'])], '甲乙甲')).toEqual(['x:甲@0-1', 'x:甲@2-3']);
  });
});

describe('apart words', () => {
  const nansha = () => [term('n', ['南沙'], { apart: [v('三沙')] }), term('q', ['前海'])];
  const filler = (k: number) => '的'.repeat(k);

  it('void the term in their sentence, before or after it, and nothing else', () => {
    expect(spans(nansha(), '三沙市南沙')).toEqual([]);
    expect(spans(nansha(), '南沙在三沙')).toEqual([]);
    expect(spans(nansha(), '前文。南沙在三沙')).toEqual([]);
    expect(spans(nansha(), '三沙前海南沙')).toEqual(['q:前海@2-4']);
  });

  it('stop at the end of a sentence on either side', () => {
    expect(spans(nansha(), '三沙。南沙')).toEqual(['n:南沙@3-5']);
    expect(spans(nansha(), '南沙。三沙')).toEqual(['n:南沙@0-2']);
    expect(spans(nansha(), '三沙\n南沙；三沙')).toEqual(['n:南沙@3-5']);
  });

  it('stop at each sentence end: 。！？!?；; and line breaks', () => {
    for (const end of ['。', '！', '？', '!', '?', '；', ';', '\n', '\r']) {
      expect(spans(nansha(), `三沙${end}南沙`), JSON.stringify(end)).toEqual(['n:南沙@3-5']);
      expect(spans(nansha(), `南沙${end}三沙`), JSON.stringify(end)).toEqual(['n:南沙@0-2']);
    }
    for (const joint of ['，', '、', ' ', '.']) {
      expect(spans(nansha(), `三沙${joint}南沙`), joint).toEqual([]);
    }
  });

  it('of one character, just before the end mark, are in the sentence before it only', () => {
    const west = [term('n', ['南沙'], { apart: [v('西')] })];
    expect(spans(west, '西。南沙')).toEqual(['n:南沙@2-4']);
    expect(spans(west, '西，南沙')).toEqual([]);
  });

  it('count with an ignorable inside them, as the folded text reads', () => {
    expect(spans(nansha(), '三\u200b沙市南沙')).toEqual([]);
    expect(spans(nansha(), '南沙與三』沙')).toEqual([]);
    expect(spans(nansha(), '三，沙市南沙')).toEqual(['n:南沙@4-6']);
    // A character outside the BMP (two code units).
    const rare = [term('n', ['南沙'], { apart: [v('\u{20000}沙')] })];
    expect(spans(rare, '\u{20000}沙，南沙')).toEqual([]);
    expect(spans(rare, '\u{20000}，南沙')).toEqual(['n:南沙@3-5']);
  });

  it('that fold to nothing are no apart words', () => {
    const odd = [term('n', ['南沙'], { apart: [v('\u200b')] })];
    expect(spans(odd, '南沙\u200b')).toEqual(['n:南沙@0-2']);
  });

  it('reach 300 characters either side of the match', () => {
    expect(spans(nansha(), `三沙${filler(298)}南沙`)).toEqual([]);
    expect(spans(nansha(), `三沙${filler(299)}南沙`)).toEqual(['n:南沙@301-303']);
    expect(spans(nansha(), `南沙${filler(298)}三沙`)).toEqual([]);
    expect(spans(nansha(), `南沙${filler(299)}三沙`)).toEqual(['n:南沙@0-2']);
  });
});

describe('quoted forms', () => {
  const quoted = () => [term('q', [], { variants: [v('the plan', { quoted: true })] })];

  it('count between each kind of quotation marks, after a comma or full stop too', () => {
    for (const [open, close] of [
      ['"', '"'],
      ["'", "'"],
      ['“', '”'],
      ['‘', '’'],
      ['«', '»'],
      ['「', '」'],
      ['『', '』'],
    ]) {
      expect(spans(quoted(), `a ${open}the plan${close} b`), open).toEqual(['q:the plan@3-11']);
      expect(spans(quoted(), `a ${open}the plan,${close} b`), open).toEqual(['q:the plan@3-11']);
      expect(spans(quoted(), `a ${open}the plan.${close} b`), open).toEqual(['q:the plan@3-11']);
    }
  });

  it('not without them, or with other marks', () => {
    expect(spans(quoted(), 'a the plan b')).toEqual([]);
    expect(spans(quoted(), 'a (the plan) b')).toEqual([]);
    expect(spans(quoted(), 'a “the plan b')).toEqual([]);
    expect(spans(quoted(), 'a “the plan;” b')).toEqual([]);
    expect(spans(quoted(), 'the plan”')).toEqual([]);
    expect(spans(quoted(), '“the plan,')).toEqual([]);
  });
});

describe('a quoted form and a plain one inside it', () => {
  it('the plain one stands where the quoted one has no quotation marks', () => {
    const terms = [
      term('p', ['Nansha']),
      term('q', [], { variants: [v('Nansha Plan', { quoted: true })] }),
    ];
    expect(spans(terms, 'the Nansha Plan')).toEqual(['p:Nansha@4-10']);
    expect(spans(terms, 'the “Nansha Plan”')).toEqual(['q:Nansha Plan@5-16']);
  });
});

describe('forms written with quotation marks', () => {
  // 「」 fold to nothing: the form is found without them, and its span takes in those the text has.
  it('take in the marks the text has around them, and reach no further than the text', () => {
    const terms = [term('q', ['「南沙」'])];
    expect(spans(terms, '看「南沙」')).toEqual(['q:「南沙」@1-5']);
    expect(spans(terms, '南沙')).toEqual(['q:「南沙」@0-2']);
  });

  it('with a mark on one side take in that one only', () => {
    expect(spans([term('o', ['「南沙'])], '看「南沙」')).toEqual(['o:「南沙@1-4']);
    expect(spans([term('c', ['南沙」'])], '看「南沙」')).toEqual(['c:南沙」@2-5']);
  });
});

describe('a Latin word then a Chinese one', () => {
  it('need the space of the form between them', () => {
    expect(spans([term('p', ['Plan 南沙'])], 'Plan 南沙')).toEqual(['p:Plan 南沙@0-7']);
  });
});

describe('English titles by their key words', () => {
  it('are found along with the forms', () => {
    // A term with an English form has its titles looked for (skeleton.ts): alpha … beta … gamma.
    const terms = [
      term('t', ['甲', 'Delta'], {
        skeletons: [{ form: 'abc', groups: [['alpha'], ['beta'], ['gamma']], trigger: 1, gate: 0 }],
      }),
    ];
    expect(spans(terms, '甲: alpha beta gamma, Delta.')).toEqual([
      't:甲@0-1',
      't:abc@3-19',
      't:Delta@21-26',
    ]);
  });
});

describe('the default table', () => {
  it('is the generated one, built on first use', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/match/matcher.ts');
    const gz = [term('gz', ['广州'])];
    expect(
      fresh
        .createMatcher(gz)
        .find('廣州和广州')
        .map((m) => [m.start, m.end]),
    ).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(fresh.createMatcher(gz).find('廣州').length).toBe(1);
  });
});
