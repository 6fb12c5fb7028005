/**
 * English titles found by their key words (src/match/skeleton.ts, docs/decisions/092): the plan's
 * title as different outlets write it, the Outline's, the Bay Area formula — and sentences with
 * some of the same words that are no title.
 */
import { describe, expect, it } from 'vitest';
import { glossary, type Term } from '../../../src/corpus/glossary.ts';
import { PRECHECK } from '../../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { createPrecheck } from '../../../src/match/precheck.ts';
import { createSkeletonFinder, mergeMatches } from '../../../src/match/skeleton.ts';

const matcher = createMatcher(glossary);
const precheck = createPrecheck(PRECHECK);
const spans = (text: string) =>
  matcher.find(text).map((m) => [m.termId, text.slice(m.start, m.end)]);
const found = (text: string, id: string) =>
  spans(text)
    .filter(([t]) => t === id)
    .map(([, s]) => s);

const TITLE_1 =
  'Master Plan of Guangzhou Nansha on Deepening Comprehensive Cooperation between Guangdong, ' +
  'Hong Kong and Macao with Global Perspective';
const TITLE_2 =
  'Overall Plan for Deepening Comprehensive Guangdong-Hong Kong-Macao Cooperation in Nansha, ' +
  'Guangzhou for the World';
const TITLE_3 =
  'Overall Plan for Promoting Comprehensive Co-operation amongst Guangdong, Hong Kong & Macao ' +
  'in Nansha of Guangzhou';

const titles: [string, string, string][] = [
  [
    `Officials on Monday detailed the ${TITLE_1}, which the State Council issued in June.`,
    'nansha-plan',
    TITLE_1,
  ],
  [`The city's bureau published "${TITLE_2}" on its website.`, 'nansha-plan', TITLE_2],
  [`Under the “${TITLE_2}”, the district will double its port capacity.`, 'nansha-plan', TITLE_2],
  [
    `The ${TITLE_2} sets targets for 2025.`,
    'nansha-plan',
    'Overall Plan for Deepening Comprehensive Guangdong-Hong Kong-Macao Cooperation in Nansha',
  ],
  [`Under the ${TITLE_3}, new ferry links will open.`, 'nansha-plan', TITLE_3],
  [
    'Guangzhou issued the Plan for Nansha to Deepen Comprehensive Cooperation among Guangdong, ' +
      'Hong Kong and Macao Facing the World.',
    'nansha-plan',
    'Plan for Nansha to Deepen Comprehensive Cooperation among Guangdong, Hong Kong and Macao ' +
      'Facing the World',
  ],
  [
    'Beijing unveiled the plan on deepening all-round cooperation among Guangdong, Hong Kong and ' +
      'Macau in Nansha last June.',
    'nansha-plan',
    'plan on deepening all-round cooperation among Guangdong, Hong Kong and Macau in Nansha',
  ],
  [
    'In 2019 the central government released an outline development plan for the GBA, covering ' +
      'nine cities.',
    'gba-outline',
    'outline development plan for the GBA',
  ],
  [
    "Lawmakers discussed the Greater Bay Area's development outline again.",
    'gba-outline',
    "Greater Bay Area's development outline",
  ],
  [
    'The district wants to be based in the Bay Area, working with Hong Kong and Macau, and facing ' +
      'the world, its party chief said.',
    'bay-area-partners-world',
    'based in the Bay Area, working with Hong Kong and Macau, and facing the world',
  ],
  [
    'Nansha will be based on the Greater Bay Area, partnering with Hong Kong and Macao, and ' +
      'facing the world.',
    'bay-area-partners-world',
    'based on the Greater Bay Area, partnering with Hong Kong and Macao, and facing the world',
  ],
];

describe('English titles by skeleton', () => {
  it('finds each wording of a title, the span from its first key word to its end', () => {
    for (const [text, id, span] of titles) expect(found(text, id), text).toEqual([span]);
  });

  it('hides the names inside a title (one highlight, not Nansha and Hong Kong inside it)', () => {
    const text = titles[0]?.[0] as string;
    expect(spans(text)).toEqual([
      ['nansha-plan', TITLE_1],
      ['state-council', 'State Council'],
    ]);
  });

  it('passes the precheck wherever it finds a title (the content script loads the lens)', () => {
    for (const [text] of titles) expect(precheck(text), text).toBe(true);
  });

  it('the precheck windows are rare words: everyday "high-level" or "portal for" pass not', () => {
    for (const text of [
      'High-level talks on a new portal for opening up trade ended, the communist party said.',
      'An outline of the development plan for the bay area was posted on the city portal.',
    ]) {
      expect(precheck(text), text).toBe(false);
    }
    expect(precheck('Nansha wants to be a high-level opening-up portal.')).toBe(true);
    expect(precheck('It is a high-level opening-up portal.')).toBe(true);
  });

  it('finds each title on a long page that names Hong Kong and Nansha many times before it', () => {
    // A long page's skeletons are narrowed once, after many trigger words, by their rarest group
    // (gate); a short text's at its first trigger. Either way every title is still found.
    const filler = 'Ferries from Hong Kong and Macao to Nansha ran late again on Monday. ';
    // Under mutation testing (vitest.mutation.config.ts) a long page only just past 20,000
    // characters, where the long page's rule starts: this test runs for every surviving mutant.
    const long = process.env.MUTATION_TESTING ? Math.ceil(20_001 / filler.length) : 400;
    for (const repeat of [1, 30, long]) {
      const head = filler.repeat(repeat);
      for (const [text, id, span] of titles) {
        expect(found(head + text, id), `${repeat}× ${text}`).toEqual([span]);
      }
    }
  });

  it('finds the same in a text split into chunks (text nodes)', () => {
    const text = titles[0]?.[0] as string;
    const chunks = [text.slice(0, 40), text.slice(40, 95), text.slice(95)];
    expect(matcher.find(chunks)).toEqual(matcher.find(text));
  });

  it('finds no title where the key words are not all there, in order, in one sentence', () => {
    for (const text of [
      // The issue's own negative: no Nansha, no cooperation.
      "Officials presented a plan for Hong Kong and Macao's global future.",
      "Nansha's plan to attract Hong Kong and Macao investors from around the world is working.",
      // The plan's words, but as a sentence: "plan" followed by a verb, not for/of/on.
      'The plan calls for comprehensive cooperation with Hong Kong and Macao, and Nansha will ' +
        'host the first projects.',
      // All the words, but across a sentence end.
      'Nansha unveiled a plan. Comprehensive cooperation with Hong Kong and Macao comes next.',
      // Too many words between the plan and the rest.
      'The plan that the city council adopted last week after months of consultation with ' +
        'residents promises comprehensive cooperation with Hong Kong on Nansha.',
      // "outline" the verb.
      'The minister will outline a development plan for the Greater Bay Area next week.',
      // A Californian company: the formula's words, with other words between them.
      'Based in the Bay Area, working with partners in Hong Kong, the start-up is facing the ' +
        'world.',
    ]) {
      const ids = matcher.find(text).map((m) => m.termId);
      expect(ids, text).not.toContain('nansha-plan');
      expect(ids, text).not.toContain('gba-outline');
      expect(ids, text).not.toContain('bay-area-partners-world');
    }
  });

  it('goes with the English forms: no skeleton for a term whose English forms are left out', () => {
    const chinese: Term[] = glossary.map((t) => ({
      ...t,
      variants: t.variants.filter((v) => v.script !== 'en'),
    }));
    expect(createSkeletonFinder(chinese)).toBeUndefined();
  });

  it('merges two lists of matches leftmost first, then longest, without overlaps', () => {
    const m = (termId: string, start: number, end: number) => ({
      termId,
      variant: termId,
      start,
      end,
    });
    expect(
      mergeMatches([m('a', 0, 3), m('b', 10, 16), m('c', 30, 32)], [m('t', 8, 25), m('u', 31, 40)]),
    ).toEqual([m('a', 0, 3), m('t', 8, 25), m('c', 30, 32)]);
  });
});
