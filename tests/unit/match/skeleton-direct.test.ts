/**
 * The skeleton finder (src/match/skeleton.ts, docs/decisions/092-english-forms.md) over tiny
 * hand-made skeletons: each rule on its own (sentence ends, gap, span, lists, quotes, capitals
 * around a title, gates), with the spans worked out by hand.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Skeleton, Term } from '../../../src/corpus/glossary.ts';
import * as loaded from '../../../src/match/skeleton.ts';

const { SKELETON_GAP, SKELETON_SPAN } = loaded;
// The module is imported again for each test, so that its constants (the joiners, the words
// that are no title, the list joints…) are built while the test runs: mutation testing
// (docs/testing.md) changes them only then.
let createSkeletonFinder = loaded.createSkeletonFinder;
// A copy of the module alone (a query makes a new instance; what it imports stays loaded):
// cheaper than vi.resetModules(), which loads every dependency again.
let copies = 0;
beforeEach(async () => {
  const path = `../../../src/match/skeleton.ts?copy=${copies++}`;
  ({ createSkeletonFinder } = (await import(/* @vite-ignore */ path)) as typeof loaded);
});

const term = (id: string, skeletons: Skeleton[], script: 'en' | 'zh-Hans' = 'en'): Term => ({
  id,
  canonical: id,
  category: 'plans',
  variants: [{ form: id, script }],
  exclusions: [],
  passageIds: [],
  skeletons,
});
/** alpha > *beta > gamma, gated by alpha; default gap and span unless given. */
const abc = (extra: Partial<Skeleton> = {}): Skeleton => ({
  form: 'abc',
  groups: [['alpha'], ['beta'], ['gamma']],
  trigger: 1,
  gate: 0,
  ...extra,
});
/** The spans found, as text. */
const spans = (skeletons: Skeleton[], text: string): string[] => {
  const finder = createSkeletonFinder([term('t', skeletons)]);
  if (!finder) throw new Error('no finder');
  return finder.find(text).map((m) => text.slice(m.start, m.end));
};
/** The matches found, as variant@start-end. */
const found = (skeletons: Skeleton[], text: string): string[] => {
  const finder = createSkeletonFinder([term('t', skeletons)]);
  if (!finder) throw new Error('no finder');
  return finder.find(text).map((m) => `${m.variant}@${m.start}-${m.end}`);
};
const q = (n: number) => 'q'.repeat(n);

describe('createSkeletonFinder', () => {
  it('is undefined without skeletons or without an English variant', () => {
    expect(createSkeletonFinder([])).toBeUndefined();
    const { skeletons: _, ...bare } = term('t', [abc()]);
    expect(createSkeletonFinder([bare])).toBeUndefined();
    expect(createSkeletonFinder([term('t', [])])).toBeUndefined();
    expect(createSkeletonFinder([term('t', [abc()], 'zh-Hans')])).toBeUndefined();
    expect(createSkeletonFinder([term('t', [abc()])])).toBeDefined();
  });

  it('reports the term id and the skeleton form of a match', () => {
    const finder = createSkeletonFinder([term('the-plan', [abc()])]);
    expect(finder?.find('see alpha beta gamma now')).toEqual([
      { termId: 'the-plan', variant: 'abc', start: 4, end: 20 },
    ]);
  });
});

describe('sentences', () => {
  it('finds the key words in order, in any case, whatever is between them', () => {
    expect(spans([abc()], 'alpha beta gamma')).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'so ALPHA, x "beta" - gamma!')).toEqual(['ALPHA, x "beta" - gamma']);
    expect(spans([abc()], 'gamma beta alpha')).toEqual([]);
    expect(spans([abc()], 'alpha beta')).toEqual([]);
  });

  it('ends a sentence at 。！？； and a newline, on either side of the trigger', () => {
    for (const end of ['。', '！', '？', '；', '\n']) {
      expect(spans([abc()], `alpha beta${end}gamma`), JSON.stringify(end)).toEqual([]);
      expect(spans([abc()], `alpha${end}beta gamma`), JSON.stringify(end)).toEqual([]);
    }
    for (const joint of ['，', '、', ' ', '\t']) {
      expect(spans([abc()], `alpha beta${joint}gamma`), JSON.stringify(joint)).toEqual([
        `alpha beta${joint}gamma`,
      ]);
    }
  });

  it('ends a sentence at . ! ? ; before a space or a line break, not inside a word (No.5)', () => {
    for (const end of ['.', '!', '?', ';']) {
      expect(spans([abc()], `alpha beta${end} gamma`), end).toEqual([]);
      expect(spans([abc()], `alpha${end} beta gamma`), end).toEqual([]);
      expect(spans([abc()], `alpha beta${end}\ngamma`), end).toEqual([]);
      expect(spans([abc()], `alpha beta${end}gamma`), end).toEqual([`alpha beta${end}gamma`]);
      expect(spans([abc()], `alpha${end}beta gamma`), end).toEqual([`alpha${end}beta gamma`]);
    }
    expect(spans([abc()], 'alpha No.5 beta gamma.')).toEqual(['alpha No.5 beta gamma']);
    expect(spans([abc()], 'alpha beta, gamma and')).toEqual(['alpha beta, gamma']);
  });

  it('looks at most the longest span either side of the trigger', () => {
    // maxSpan 30: a closing mark at the trigger + 29 is in the sentence, at + 30 it is not.
    const s = [abc({ span: 30 })];
    // “alpha beta gamma…”: beta at 7, gamma ends at 17.
    expect(spans(s, `“alpha beta gamma ${q(18)}” x`)).toEqual([`alpha beta gamma ${q(18)}`]);
    expect(spans(s, `“alpha beta gamma ${q(19)}” x`)).toEqual(['alpha beta gamma']);
    // An opening mark at the trigger − 31 is outside (beta at 31), at − 30 inside.
    expect(spans(s, `“${q(23)} alpha beta gamma” x`)).toEqual(['alpha beta gamma']);
    expect(spans(s, `“${q(22)} alpha beta gamma” x`)).toEqual([`${q(22)} alpha beta gamma`]);
    // Capitals after: up to the trigger + 30 (beta at 6), a word boundary there.
    expect(spans(s, 'alpha beta gamma Abcd Efgh Ijkl Mnop Qrst')).toEqual([
      'alpha beta gamma Abcd Efgh Ijkl Mnop',
    ]);
  });

  it('reads the sentence again when the next trigger sees more of it', () => {
    // maxSpan 30: at the first beta (0) the sentence is [0, 30), without the last gamma; at the
    // second (17) it is [0, 35).
    expect(spans([abc({ span: 30 })], 'beta gamma alpha beta qqqqqqq gamma')).toEqual([
      'alpha beta qqqqqqq gamma',
    ]);
  });

  it('a trigger at the end of a sentence where no skeleton can hold is still looked at', () => {
    // maxSpan 30: the first beta's sentence [0, 30) has no gamma; the second beta is at 30.
    const text = `beta ${q(18)} alpha beta gamma`;
    expect(text.indexOf('beta', 1)).toBe(30);
    expect(spans([abc({ span: 30 })], text)).toEqual(['alpha beta gamma']);
  });

  it('a sentence cut by the look-ahead, where no skeleton can hold yet, is read again further on', () => {
    // maxSpan 30: the first beta's window [0, 30) has no gamma, but the sentence goes on; the
    // second beta (29) sees gamma. (It was skipped up to 30 and the title missed.)
    const text = `beta ${q(17)} alpha beta gamma`;
    expect(text.indexOf('beta', 1)).toBe(29);
    expect(spans([abc({ span: 30 })], text)).toEqual(['alpha beta gamma']);
    // A sentence that really ends is skipped: nothing after its end mark joins it.
    expect(spans([abc({ span: 30 })], 'alpha beta. gamma beta')).toEqual([]);
  });
});

describe('gap and span', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'x').join(' ');

  it(`allows at most SKELETON_GAP (${SKELETON_GAP}) words between two key words`, () => {
    expect(spans([abc()], `alpha beta ${words(SKELETON_GAP)} gamma`)).toEqual([
      `alpha beta ${words(SKELETON_GAP)} gamma`,
    ]);
    expect(spans([abc()], `alpha beta ${words(SKELETON_GAP + 1)} gamma`)).toEqual([]);
    expect(spans([abc()], `alpha ${words(SKELETON_GAP)} beta gamma`)).toEqual([
      `alpha ${words(SKELETON_GAP)} beta gamma`,
    ]);
    expect(spans([abc()], `alpha ${words(SKELETON_GAP + 1)} beta gamma`)).toEqual([]);
  });

  it("or the skeleton's own gap", () => {
    const s = [abc({ gap: 1 })];
    expect(spans(s, 'alpha x beta x gamma')).toEqual(['alpha x beta x gamma']);
    expect(spans(s, 'alpha x x beta gamma')).toEqual([]);
    expect(spans([abc({ gap: 0 })], 'alpha beta gamma')).toEqual(['alpha beta gamma']);
    expect(spans([abc({ gap: 0 })], 'alpha beta x gamma')).toEqual([]);
  });

  it('tries the later places of a key word when the first does not lead to a match', () => {
    // gap 3: from the first beta no gamma within 3 words; from the second, one.
    expect(spans([abc({ gap: 3 })], 'alpha beta x beta x x gamma')).toEqual([
      'alpha beta x beta x x gamma',
    ]);
  });

  it(`spans at most SKELETON_SPAN (${SKELETON_SPAN}) characters, first key word to last`, () => {
    const at = `alpha ${q(SKELETON_SPAN - 17)} beta gamma`;
    expect(at.length).toBe(SKELETON_SPAN);
    expect(spans([abc()], at)).toEqual([at]);
    expect(spans([abc()], `alpha ${q(SKELETON_SPAN - 16)} beta gamma`)).toEqual([]);
  });

  it("or the skeleton's own span", () => {
    // alpha beta + 13 + gamma: 30 characters.
    const s = [abc({ span: 30 })];
    expect(spans(s, `alpha beta ${q(13)} gamma`)).toEqual([`alpha beta ${q(13)} gamma`]);
    expect(spans(s, `alpha beta ${q(14)} gamma`)).toEqual([]);
  });

  it('finds nothing for a first key word that leads to no match (the trigger opens it)', () => {
    const first = [abc({ trigger: 0 })];
    expect(spans(first, 'alpha beta gamma')).toEqual(['alpha beta gamma']);
    expect(spans(first, 'alpha beta delta')).toEqual([]);
    expect(spans(first, 'alpha beta gamma and')).toEqual(['alpha beta gamma']);
  });
});

describe('lists of one group', () => {
  // plan > Guangdong|Hong Kong|Macao > cooperation, no word between two keys.
  const list: Skeleton = {
    form: 'list',
    groups: [['plan'], ['Guangdong', 'Hong Kong', 'Macao'], ['cooperation']],
    trigger: 1,
    gate: 0,
    gap: 0,
  };

  it('counts a list of the same group as one key word, whatever joins it', () => {
    for (const partners of [
      'Guangdong, Hong Kong & Macao',
      'Guangdong, Hong Kong and Macao',
      'Guangdong, Hong Kong, and Macao',
      'Guangdong and Hong Kong and Macao',
      'Guangdong-Hong Kong-Macao',
      'Guangdong/Macao',
      'Guangdong – Macao',
      'Guangdong Macao',
      'Macao',
    ]) {
      expect(spans([list], `the plan ${partners} cooperation`), partners).toEqual([
        `plan ${partners} cooperation`,
      ]);
    }
  });

  it('not a list joined by other words or marks', () => {
    for (const partners of ['Guangdong or Macao', 'Guangdong (Macao)', 'Guangdong: Macao']) {
      expect(spans([list], `the plan ${partners} cooperation`), partners).toEqual([]);
    }
  });

  it('a phrase must be whole: its first word at the end of the sentence is no match', () => {
    expect(spans([list], 'the plan Guangdong Hong')).toEqual([]);
    expect(spans([list], 'the plan Hong Kong cooperation')).toEqual(['plan Hong Kong cooperation']);
  });
});

describe('acronyms', () => {
  const gba: Skeleton = {
    form: 'gba',
    groups: [['outline plan'], ['GBA', 'Bay Area']],
    trigger: 1,
    gate: 0,
    gap: 3,
  };

  it('compares an acronym with its case kept, other words in any case', () => {
    expect(spans([gba], 'an outline plan for the GBA')).toEqual(['outline plan for the GBA']);
    expect(spans([gba], 'an Outline Plan for the bay area')).toEqual([
      'Outline Plan for the bay area',
    ]);
    expect(spans([gba], 'an outline plan for the gba')).toEqual([]);
    expect(spans([gba], 'an outline plan for the Gba')).toEqual([]);
  });
});

describe('triggers', () => {
  it('uses a trigger only as a whole word', () => {
    expect(spans([abc()], 'alpha betamax gamma')).toEqual([]);
    expect(spans([abc()], 'alpha abeta gamma')).toEqual([]);
    expect(spans([abc()], 'alpha abeta beta gamma')).toEqual(['alpha abeta beta gamma']);
    expect(spans([abc()], 'alpha betas beta gamma')).toEqual(['alpha betas beta gamma']);
  });

  it('finds each title of a text once, without overlaps', () => {
    expect(spans([abc()], 'alpha beta gamma, then alpha beta gamma.')).toEqual([
      'alpha beta gamma',
      'alpha beta gamma',
    ]);
    // The second beta is no new title: the alpha before it is in the first.
    const ab: Skeleton = { form: 'ab', groups: [['alpha'], ['beta']], trigger: 1, gate: 0 };
    expect(found([ab, abc()], 'alpha beta x beta gamma')).toEqual(['ab@0-10']);
  });

  it('takes the leftmost match of any skeleton, the first listed at the same place', () => {
    const ab: Skeleton = { form: 'ab', groups: [['alpha'], ['beta']], trigger: 1, gate: 0 };
    const bc: Skeleton = { form: 'bc', groups: [['beta'], ['gamma']], trigger: 0, gate: 0 };
    expect(found([bc, ab], 'alpha beta gamma')).toEqual(['ab@0-10']);
    expect(found([ab, bc], 'alpha beta gamma')).toEqual(['ab@0-10']);
    expect(found([ab, abc()], 'alpha beta gamma')).toEqual(['ab@0-10']);
    expect(found([abc(), ab], 'alpha beta gamma')).toEqual(['abc@0-16']);
  });

  it('finds a skeleton whose words are in the sentence while another one has none', () => {
    const other: Skeleton = { form: 'other', groups: [['delta'], ['beta']], trigger: 1, gate: 0 };
    expect(found([other, abc()], 'alpha beta gamma')).toEqual(['abc@0-16']);
    expect(found([abc(), other], 'delta beta gamma')).toEqual(['other@0-10']);
    // Both pass the gates; the second sentence has only abc's words.
    expect(found([other, abc()], 'delta x. alpha beta gamma')).toEqual(['abc@9-25']);
  });
});

describe('gates', () => {
  // The gate is gamma: a text without it is dropped at its first trigger (short) or its 16th.
  const gated = abc({ gate: 2 });
  const filler = 'beta x. ';

  it('finds a title in a short text and in one over 20,000 characters with many triggers', () => {
    expect(spans([gated], 'Alpha Beta Gamma')).toEqual(['Alpha Beta Gamma']);
    const long = filler.repeat(2600);
    expect(long.length).toBeGreaterThan(20_000);
    expect(spans([gated], `${long}alpha beta gamma`)).toEqual(['alpha beta gamma']);
    expect(spans([gated], `${filler.repeat(10)}alpha beta GAMMA`)).toEqual(['alpha beta GAMMA']);
    expect(spans([gated], `${long}alpha beta`)).toEqual([]);
  });

  it('keeps the skeletons whose gate the text has when another is dropped', () => {
    const other: Skeleton = { form: 'other', groups: [['delta'], ['beta']], trigger: 1, gate: 0 };
    expect(found([other, gated], 'alpha beta gamma')).toEqual(['abc@0-16']);
    expect(found([other, gated], `${filler.repeat(2600)}alpha beta gamma`)).toEqual([
      `abc@${2600 * filler.length}-${2600 * filler.length + 16}`,
    ]);
  });
});

describe('the title around the key words', () => {
  const inner = 'new alpha beta gamma for all';

  it('takes in a quoted title in each style of quotation marks', () => {
    for (const [open, close] of [
      ['"', '"'],
      ['“', '”'],
      ['‘', '’'],
      ['«', '»'],
      ['「', '」'],
      ['『', '』'],
    ]) {
      expect(spans([abc()], `the ${open}${inner}${close} said`), open).toEqual([inner]);
    }
    expect(spans([abc()], `“${inner}” said`)).toEqual([inner]);
    expect(spans([abc()], `The “Big, Red - & alpha beta gamma” said`)).toEqual([
      'Big, Red - & alpha beta gamma',
    ]);
  });

  it('not with a mismatched, missing or nested mark, or one in another sentence', () => {
    expect(spans([abc()], `the “${inner}» said`)).toEqual(['alpha beta gamma']);
    expect(spans([abc()], `the “${inner} said`)).toEqual(['alpha beta gamma']);
    expect(spans([abc()], `the ${inner}” said`)).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'the “new alpha beta gamma «x» y” said')).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'the “new alpha beta gamma. It” said')).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'the “new (alpha beta gamma” said')).toEqual(['alpha beta gamma']);
  });

  it('looks back at most 59 characters for the opening mark', () => {
    expect(spans([abc()], `“${q(58)} alpha beta gamma” x`)).toEqual([`${q(58)} alpha beta gamma`]);
    expect(spans([abc()], `“${q(59)} alpha beta gamma” x`)).toEqual(['alpha beta gamma']);
  });

  it('and ahead at most 79 characters for the closing one', () => {
    expect(spans([abc()], `“alpha beta gamma ${q(78)}” x`)).toEqual([`alpha beta gamma ${q(78)}`]);
    expect(spans([abc()], `“alpha beta gamma ${q(79)}” x`)).toEqual(['alpha beta gamma']);
  });

  it('takes in up to three capitalised words before, not The, A, This… first', () => {
    expect(spans([abc()], 'we saw Big alpha beta gamma')).toEqual(['Big alpha beta gamma']);
    expect(spans([abc()], 'we saw Old Big Red New alpha beta gamma')).toEqual([
      'Big Red New alpha beta gamma',
    ]);
    expect(spans([abc()], 'we saw The Big alpha beta gamma')).toEqual(['Big alpha beta gamma']);
    expect(spans([abc()], 'Under The Big alpha beta gamma')).toEqual(['Big alpha beta gamma']);
    expect(spans([abc()], 'we saw This alpha beta gamma')).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'we saw BIG alpha beta gamma')).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'we saw Big, alpha beta gamma')).toEqual(['alpha beta gamma']);
  });

  it('looks back 40 characters for them', () => {
    const w = `A${'b'.repeat(18)}`; // 19 letters: two words and their spaces are 40 characters
    expect(spans([abc()], `x ${w} ${w} alpha beta gamma`)).toEqual([`${w} ${w} alpha beta gamma`]);
    expect(spans([abc()], `x ${w}b ${w} alpha beta gamma`)).toEqual([`${w} alpha beta gamma`]);
  });

  it('never takes in words of the title found before it', () => {
    const text = `${q(40)} alpha beta gamma Big Red alpha beta gamma`;
    expect(spans([abc()], text)).toEqual(['alpha beta gamma Big Red', 'alpha beta gamma']);
  });

  it('takes in a run of capitalised words and joiners after, never past a comma', () => {
    for (const [after, kept] of [
      [' with Global Perspective', ' with Global Perspective'],
      [' of Guangzhou for the World', ' of Guangzhou for the World'],
      ['-Big & Small Plan', '-Big & Small Plan'],
      [' Big, Red', ' Big'],
      [' Big x Red', ' Big'],
      [' of the world', ''],
      [', Big Red', ''],
      [' BIG Red', ''],
      [' Big-red', ' Big'],
    ]) {
      expect(spans([abc()], `the alpha beta gamma${after} x`), after).toEqual([
        `alpha beta gamma${kept}`,
      ]);
    }
  });

  it('looks 80 characters ahead for them', () => {
    const run = ' Abcdefghi'.repeat(8); // 80 characters
    expect(spans([abc()], `alpha beta gamma${run} Xyz`)).toEqual([`alpha beta gamma${run}`]);
  });
});

describe('the words of a title, one by one', () => {
  it('runs on with each joiner before a capitalised word', () => {
    for (const j of [
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
    ]) {
      expect(spans([abc()], `the alpha beta gamma ${j} Big x`), j).toEqual([
        `alpha beta gamma ${j} Big`,
      ]);
    }
    expect(spans([abc()], 'the alpha beta gamma per Big x')).toEqual(['alpha beta gamma']);
  });

  it('does not take in The, An, This, That, Its, Their or Under before a title', () => {
    for (const w of ['The', 'An', 'This', 'That', 'Its', 'Their', 'Under']) {
      expect(spans([abc()], `we saw ${w} Big alpha beta gamma`), w).toEqual([
        'Big alpha beta gamma',
      ]);
    }
    expect(spans([abc()], 'we saw Our Big alpha beta gamma')).toEqual(['Our Big alpha beta gamma']);
  });

  it('takes in only plain capitalised words after it (not iPhone, McDonald)', () => {
    expect(spans([abc()], 'the alpha beta gamma iPhone Plan x')).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'the alpha beta gamma McDonald Plan x')).toEqual(['alpha beta gamma']);
    expect(spans([abc()], 'the alpha beta gamma Mc Plan x')).toEqual(['alpha beta gamma Mc Plan']);
  });

  it('joins a list across any spacing: a space before the comma, several spaces', () => {
    const list: Skeleton = {
      form: 'list',
      groups: [['plan'], ['Guangdong', 'Macao'], ['cooperation']],
      trigger: 1,
      gate: 0,
      gap: 0,
    };
    for (const partners of [
      'Guangdong , Macao',
      'Guangdong  Macao',
      'Guangdong  and Macao',
      'Guangdong and  Macao',
      'Guangdong,\t and Macao',
    ]) {
      expect(spans([list], `the plan ${partners} cooperation`), partners).toEqual([
        `plan ${partners} cooperation`,
      ]);
    }
  });

  it('compares only an alternative that is all capitals with its case kept', () => {
    const s = (alt: string): Skeleton => ({
      form: 's',
      groups: [['plan'], [alt]],
      trigger: 0,
      gate: 0,
    });
    expect(spans([s('the GBA')], 'a plan for The Gba')).toEqual(['plan for The Gba']);
    expect(spans([s('GBA plan')], 'a plan for GBA Plan')).toEqual(['plan for GBA Plan']);
    expect(spans([s('GBA')], 'a plan for Gba')).toEqual([]);
  });

  it('a one-character key word: the sentence starts after the end mark before it', () => {
    const xb: Skeleton = { form: 'xb', groups: [['x'], ['beta']], trigger: 1, gate: 0 };
    expect(spans([xb], 'x。beta')).toEqual([]);
    expect(spans([xb], 'x，beta')).toEqual(['x，beta']);
    // A quoted title whose first key word is one letter and a dot.
    expect(spans([xb], '“x.beta gamma” said')).toEqual(['x.beta gamma']);
  });

  it('cuts a phrase of the group at the end of the sentence', () => {
    const list: Skeleton = {
      form: 'list',
      groups: [['plan'], ['Guangdong', 'Hong Kong'], ['cooperation']],
      trigger: 1,
      gate: 0,
      gap: 0,
    };
    expect(spans([list], 'cooperation on the plan Guangdong Hong')).toEqual([]);
    expect(spans([list], 'cooperation on the plan Hong')).toEqual([]);
  });
});

describe('several skeletons', () => {
  it('a term with an English variant among others takes part', () => {
    const t: Term = {
      ...term('t', [abc()]),
      variants: [
        { form: '甲', script: 'zh-Hans' },
        { form: 'abc', script: 'en' },
      ],
    };
    const finder = createSkeletonFinder([t]);
    expect(finder?.find('alpha beta gamma').map((m) => [m.start, m.end])).toEqual([[0, 16]]);
  });

  it('looks as far as the longest span of any skeleton', () => {
    const short: Skeleton = { ...abc({ span: 30 }), form: 'short', groups: [['delta'], ['beta']] };
    const text = `alpha ${q(100)} beta gamma`;
    expect(found([short, abc()], text)).toEqual([`abc@0-${text.length}`]);
  });

  it('passes a gate with any of its alternatives', () => {
    const list: Skeleton = {
      form: 'list',
      groups: [['plan'], ['Guangdong', 'Hong Kong', 'Macao'], ['cooperation']],
      trigger: 0,
      gate: 1,
    };
    expect(spans([list], 'the plan Macao cooperation')).toEqual(['plan Macao cooperation']);
    expect(spans([list], 'the plan Hong Kong cooperation')).toEqual(['plan Hong Kong cooperation']);
  });

  it('extends a title as far as the sentence of the trigger it holds', () => {
    // maxSpan 30: at the first beta (0) the window ends at 30, inside Red; the title holds
    // the second beta (13), whose window takes in all of Red.
    expect(spans([abc({ span: 30 })], 'beta x alpha beta gamma Big Red')).toEqual([
      'alpha beta gamma Big Red',
    ]);
  });
});
