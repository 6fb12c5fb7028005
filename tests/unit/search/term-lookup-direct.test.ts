import { describe, expect, it } from 'vitest';
import type { Term } from '../../../src/corpus/glossary.ts';
import { TermLookup } from '../../../src/search/term-lookup.ts';

// Looking up a long name by words far into it, in a glossary of one term written for this test.
const NAME = 'Implementation Rules of the Guangzhou Nansha Comprehensive Cooperation Plan';
const glossary = (): Term[] => [
  {
    id: 'rules',
    canonical: NAME,
    category: 'plans',
    variants: [{ form: NAME, script: 'en' }],
    exclusions: [],
    passageIds: [],
  },
];

describe('a name found wherever the query is in it', () => {
  it('28 characters in, with a typo', () => {
    const q = 'Guangzhou Nansha Comprehensiv Cooperation Plan';
    // At least three fifths of the name (75 characters).
    expect(q.length).toBeGreaterThanOrEqual(0.6 * NAME.length);
    const [m] = new TermLookup(glossary).lookup(q);
    expect(m?.termId).toBe('rules');
    expect(m?.form).toBe(NAME);
    expect(m?.ranges).toEqual([{ start: NAME.indexOf('Guangzhou'), end: NAME.length }]);
  });
});
