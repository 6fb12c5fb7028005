import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { PRECHECK } from '../../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { createPrecheck } from '../../../src/match/precheck.ts';

/**
 * Found by the independent reference matcher (issue 19): the fold tables' IGNORABLE value is 0,
 * and U+0000 folded to itself, so the matcher skipped it inside a term as if it were a soft
 * hyphen — no rule lists it among the ignorables, and the precheck does not skip it, so the
 * precheck said no to text in which the matcher found a term.
 */
describe('U+0000 inside a term', () => {
  const matcher = createMatcher(glossary);
  const precheck = createPrecheck(PRECHECK);

  it('is not ignorable: 南\\0沙方案, Heng\\0qin and 规则衔\\0接 are no terms', () => {
    for (const text of ['南\u0000沙方案', 'Heng\u0000qin', '规则衔\u0000接', 'zero-\u0000COVID']) {
      expect(matcher.find(text), JSON.stringify(text)).toEqual([]);
    }
  });

  it('is a character like another beside a term, and the precheck still says yes there', () => {
    const text = '\u0000南沙方案\u0000GBA\u0000';
    expect(matcher.find(text).map((m) => [m.termId, m.start, m.end])).toEqual([
      ['nansha-plan', 1, 5],
      ['gba', 6, 9],
    ]);
    expect(precheck(text)).toBe(true);
  });
});
