/**
 * The English forms of issue 17 (docs/decisions/092-english-forms.md): renderings English news
 * uses that the glossary lacked, plurals and headline capitals, and the traps — San Francisco's
 * greater Bay Area, the Nansha Islands, the Game Boy Advance.
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { createContextRule } from '../../../src/match/context.ts';
import { createMatcher } from '../../../src/match/matcher.ts';

const matcher = createMatcher(glossary);
const rule = createContextRule(glossary);
const spans = (text: string) =>
  matcher.find(text).map((m) => [m.termId, text.slice(m.start, m.end)]);
/** What a reader sees highlighted, and what is held back for want of context. */
const verdict = (text: string) => {
  const r = rule(matcher.find(text), () => text);
  return {
    shown: r.shown.map((m) => text.slice(m.start, m.end)),
    held: r.held.map((m) => text.slice(m.start, m.end)),
  };
};

describe('renderings English news uses', () => {
  it('finds the opening-up portal, the Nansha master plan and the congress as reporters write them', () => {
    expect(
      spans('Nansha aims to become a high-level opening-up portal for the region by 2035.'),
    ).toEqual([
      ['nansha', 'Nansha'],
      ['opening-up-gateway', 'high-level opening-up portal'],
    ]);
    expect(spans('Developers welcomed the Nansha master plan on Friday.')).toEqual([
      ['nansha-plan', 'Nansha master plan'],
    ]);
    expect(spans('Analysts watched the Communist Party’s 20th congress in October.')).toEqual([
      ['20th-party-congress', 'Communist Party’s 20th congress'],
    ]);
    expect(
      spans("Ahead of the Communist Party's 20th Congress, Beijing tightened security."),
    ).toEqual([['20th-party-congress', "Communist Party's 20th Congress"]]);
    expect(
      spans('He spoke at the 20th National Congress of the Communist Party of China.').map(
        ([, s]) => s,
      ),
    ).toEqual(['20th National Congress of the Communist Party of China']);
  });

  it('finds the plural of a name with a common head noun, and headline capitals', () => {
    expect(spans('Two Qingsheng transport hubs are planned.')).toEqual([
      ['qingsheng-hub', 'Qingsheng transport hubs'],
    ]);
    expect(spans('PARTY STRESSES THE TWO ESTABLISHMENTS AT THE STATE COUNCIL')).toEqual([
      ['two-establishes', 'TWO ESTABLISHMENTS'],
      ['state-council', 'STATE COUNCIL'],
    ]);
    // Mixed case is neither the title-case form nor a headline.
    expect(spans('the two Establishments of the state Council')).toEqual([]);
  });
});

describe('traps', () => {
  it("holds back San Francisco's greater Bay Area; the capitalised Greater Bay Area is shown", () => {
    expect(
      verdict('Home prices in the greater Bay Area rose again, brokers in Oakland said.'),
    ).toEqual({ shown: [], held: ['greater Bay Area'] });
    expect(verdict('Rents across the greater bay area keep climbing.').held).toEqual([
      'greater bay area',
    ]);
    expect(verdict('Start-ups in the Greater Bay Area raised more this year.').shown).toEqual([
      'Greater Bay Area',
    ]);
    expect(verdict('Guangzhou leads the greater bay area in port traffic.').shown).toEqual([
      'greater bay area',
    ]);
    expect(spans('Commuters in the San Francisco Greater Bay Area face new tolls.')).toEqual([]);
  });

  it('does not take an island of the Spratlys (Nansha Island, Nansha Islands) for the district', () => {
    expect(spans('A survey ship was seen near Nansha Island on Tuesday.')).toEqual([]);
    expect(spans('Fishermen returned from the Nansha Islands and the Nansha Archipelago.')).toEqual(
      [],
    );
    expect(spans('Nansha District opened a new ferry pier.')).toEqual([
      ['nansha', 'Nansha District'],
    ]);
  });

  it('holds back 「GBA」 in a Chinese games article, and shows it next to 广东', () => {
    expect(verdict('这款「GBA」掌机在二手市场很受欢迎，卡带价格一路上涨。')).toEqual({
      shown: [],
      held: ['GBA'],
    });
    expect(verdict('任天堂GBA游戏合集今日发售。').held).toEqual(['GBA']);
    expect(verdict('广东省提出，「GBA」要建成国际一流湾区。').shown).toEqual(['GBA']);
  });
});
