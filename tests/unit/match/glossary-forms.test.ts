/**
 * The glossary forms of issue 14, each found in a sentence written like English (or Chinese)
 * news, and kept out of sentences where the same words are everyday language.
 * Why each form is in, restricted or out: docs/decisions/081-glossary-english-forms.md.
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { createMatcher, isQuoted } from '../../../src/match/matcher.ts';

const matcher = createMatcher(glossary);
const ids = (text: string) => matcher.find(text).map((m) => m.termId);
const spans = (text: string) =>
  matcher.find(text).map((m) => [m.termId, text.slice(m.start, m.end)]);

describe('the two establishments and the two upholds', () => {
  it('finds them in lower case between quotation marks, straight or curly, comma inside', () => {
    const text =
      'Officials across the province were told to support the "two establishments" and to ' +
      'achieve the "two safeguards," the provincial party newspaper said on Monday.';
    expect(spans(text)).toEqual([
      ['two-establishes', 'two establishments'],
      ['two-upholds', 'two safeguards'],
    ]);
    expect(
      ids('Cadres pledged loyalty to the ‘two establishments’ at a study session in Nansha.'),
    ).toEqual(['two-establishes', 'nansha']);
    expect(ids('Analysts say the “two safeguards” now open most provincial speeches.')).toEqual([
      'two-upholds',
    ]);
  });

  it('finds the title-case forms without quotation marks', () => {
    expect(
      ids(
        'The commentary named the Two Establishments and the Two Safeguards as tests of loyalty.',
      ),
    ).toEqual(['two-establishes', 'two-upholds']);
  });

  it('finds "two upholds" and "two maintenances" in any case: they are no everyday English', () => {
    expect(
      ids('District officials vowed to resolutely achieve the two upholds, state media reported.'),
    ).toEqual(['two-upholds']);
    expect(ids('The report links the two maintenances to discipline inspections.')).toEqual([
      'two-upholds',
    ]);
    expect(ids('THE TWO UPHOLDS')).toEqual(['two-upholds']);
  });

  it('leaves the everyday words alone', () => {
    for (const text of [
      'The two establishments on the street were fined for breaching hygiene rules.',
      'Two establishments were closed after the inspection on Friday.',
      'Inspectors visited two establishments near the ferry terminal.',
      'The bill adds two safeguards against fraud, the minister said.',
      'Two safeguards were added to the pension reform at the last minute.',
      // Quotation marks around more than the words.
      'She called it "two establishments too many" in a post.',
      "The owner's two establishments' kitchens failed the check.",
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });
});

describe('political stance (政治站位): only between quotation marks', () => {
  it('finds the quoted renderings', () => {
    expect(
      ids(
        'Cadres were urged to raise their "political stance" before the Nansha Plan took effect.',
      ),
    ).toEqual(['political-stance', 'nansha-plan']);
    expect(
      ids('The notice asks officials to improve their ‘political positioning’ on the project.'),
    ).toEqual(['political-stance']);
    expect(ids('A higher “political standing”, the speech said, was required.')).toEqual([
      'political-stance',
    ]);
    expect(ids('提高政治站位')).toEqual(['political-stance']);
  });

  it('leaves the everyday words alone', () => {
    for (const text of [
      'The senator took a political position on tariffs that surprised her own party.',
      'His political stance on immigration hardened after the election.',
      'Her political standing in the polls has never been weaker.',
      "The party's political positioning ahead of the vote was cautious.",
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });
});

describe('Nanshawan', () => {
  it('is 南沙湾, not Nansha', () => {
    expect(
      spans('Work on the Nanshawan area, the first of three pilot zones, starts next spring.'),
    ).toEqual([['nansha-bay', 'Nanshawan']]);
    expect(ids('Nansha Bay and Nanshawan')).toEqual(['nansha-bay', 'nansha-bay']);
    expect(ids('Nanshawanese')).toEqual([]);
  });
});

describe('plurals of multi-word English forms', () => {
  it('finds the plural where news writes it', () => {
    expect(
      spans(
        'Beijing has named Nansha, Hengqin and Qianhai major cooperation platforms for ' +
          'Guangdong, Hong Kong and Macao.',
      ),
    ).toEqual([
      ['nansha', 'Nansha'],
      ['hengqin', 'Hengqin'],
      ['qianhai', 'Qianhai'],
      ['gba-cooperation-platform', 'major cooperation platforms'],
      ['hk-macao', 'Hong Kong and Macao'],
    ]);
    expect(ids('Both zones are major strategic platforms of the Greater Bay Area.')).toEqual([
      'major-strategic-platform',
      'gba',
    ]);
    expect(ids('The city plans quality living circles around its new metro stations.')).toEqual([
      'quality-living-circle',
    ]);
    expect(
      ids('Coastal cities are competing to become gateways for high-level opening-up.'),
    ).toEqual(['opening-up-gateway']);
    expect(ids('Both rely on modern comprehensive transport systems, the report said.')).toEqual([
      'transport-system',
    ]);
    expect(ids('a youth-development-oriented city; youth-development-oriented cities')).toEqual([
      'youth-development-city',
      'youth-development-city',
    ]);
  });

  it('keeps word boundaries, and leaves out the plural that is everyday technical English', () => {
    expect(ids('major cooperation platformsx, major cooperation platformer')).toEqual([]);
    expect(ids('Ransomware gangs target modern industrial systems in Europe.')).toEqual([]);
    expect(ids('Beijing wants a modern industrial system.')).toEqual(['modern-industrial-system']);
  });
});

describe('规则衔接 and 机制对接: terms of their own', () => {
  it('finds each alone, in Chinese news, in Traditional and in English', () => {
    expect(ids('南沙在律师执业领域的规则衔接上先行一步。')).toEqual([
      'nansha',
      'rules-connectivity',
    ]);
    expect(ids('两地仲裁机构加强机制对接。')).toEqual(['mechanism-alignment']);
    expect(ids('港澳與南沙的規則銜接、機制對接')).toEqual([
      'hk-macao',
      'nansha',
      'rules-connectivity',
      'mechanism-alignment',
    ]);
    expect(
      ids('Nansha has pushed rules connectivity with Hong Kong in professional licensing.'),
    ).toEqual(['nansha', 'rules-connectivity', 'hong-kong']);
    expect(
      ids('The arbitration centre is a first test of mechanism alignment with Macao.'),
    ).toEqual(['mechanism-alignment', 'macao']);
  });

  it('the joined form is the two terms side by side: two highlights, each its own card', () => {
    const text = '打造规则衔接机制对接高地';
    expect(spans(text)).toEqual([
      ['rules-connectivity', '规则衔接'],
      ['mechanism-alignment', '机制对接'],
    ]);
    expect(spans('规则衔接、机制对接')).toEqual([
      ['rules-connectivity', '规则衔接'],
      ['mechanism-alignment', '机制对接'],
    ]);
    for (const id of ['rules-connectivity', 'mechanism-alignment']) {
      expect(glossary.find((t) => t.id === id)?.passageIds, id).toEqual(['p3.s5']);
    }
    expect(ids('a highland for the connectivity of rules and the alignment of mechanisms')).toEqual(
      ['rules-connectivity', 'mechanism-alignment'],
    );
  });

  it('leaves out the everyday renderings', () => {
    for (const text of [
      'Closer alignment of rules between the two leagues is overdue.',
      'The summit discussed institutional connectivity across ASEAN.',
      'Check the mechanism of alignment before the test.',
    ]) {
      expect(ids(text), text).toEqual([]);
    }
  });
});

describe('新征程 in Traditional Chinese', () => {
  it('is written 新征程 in Hong Kong and Taiwan; a page that writes 新徵程 still matches', () => {
    const forms = glossary.find((t) => t.id === 'new-journey')?.variants.map((v) => v.form);
    expect(forms).toEqual(['新征程']);
    expect(ids('踏上全面建設社會主義現代化國家新征程')).toEqual(['new-journey']);
    expect(ids('新徵程')).toEqual(['new-journey']);
  });
});

describe('isQuoted', () => {
  it('wants a mark just before, and one just after or after a comma or full stop', () => {
    const at = (text: string, word: string) =>
      isQuoted(text, text.indexOf(word), text.indexOf(word) + word.length);
    expect(at('the "x" y', 'x')).toBe(true);
    expect(at('the «x», y', 'x')).toBe(true);
    expect(at('the “x,” y', 'x')).toBe(true);
    expect(at('the ‘x.’', 'x')).toBe(true);
    expect(at('the x" y', 'x')).toBe(false);
    expect(at('"x y', 'x')).toBe(false);
    expect(at('"x,', 'x')).toBe(false);
    expect(at('x', 'x')).toBe(false);
  });
});
