import { describe, expect, it } from 'vitest';
import type { Term, Variant } from '../../../src/corpus/glossary.ts';
import { glossary } from '../../../src/corpus/glossary.ts';
import { PRECHECK } from '../../../src/match/generated/precheck.data.ts';
import { createMatcher } from '../../../src/match/matcher.ts';
import { createPrecheck } from '../../../src/match/precheck.ts';

// Chinese variants of issue 17 (decision 091), in sentences as news writes them.
const matcher = createMatcher(glossary);
const precheck = createPrecheck(PRECHECK);
/** What a reader sees highlighted: each term with the text it covers. */
const spans = (text: string) =>
  matcher.find(text).map((m) => [m.termId, text.slice(m.start, m.end)]);

describe('whitespace inside a Chinese term (a line wrap)', () => {
  it('a space or a line break between two characters of a term is skipped', () => {
    expect(spans('南沙是国家级新区和重大战 略性平台，承担着重要使命。')).toEqual([
      ['nansha', '南沙'],
      ['major-strategic-platform', '重大战 略性平台'],
    ]);
    expect(spans('打造高水平对外开放\n门户')).toEqual([
      ['opening-up-gateway', '高水平对外开放\n门户'],
    ]);
    expect(spans('建设粵港澳大灣區\r\n\u3000 發展規劃綱要')).toEqual([
      ['gba-outline', '粵港澳大灣區\r\n\u3000 發展規劃綱要'],
    ]);
  });

  it('a hyphen or a dash between them is no line wrap', () => {
    expect(spans('重大战-略性平台')).toEqual([]);
    expect(spans('庆盛—枢纽')).toEqual([]);
  });

  it('not between a Chinese character and Latin text, nor to the end of a term', () => {
    expect(spans('南沙 Nansha')).toEqual([
      ['nansha', '南沙'],
      ['nansha', 'Nansha'],
    ]);
    // A space at a term's end is not taken in: 南沙 then a word that continues no term.
    expect(spans('在南沙 发展')).toEqual([['nansha', '南沙']]);
  });

  it('the precheck lets a wrapped term through, and only then the matcher runs', () => {
    for (const text of ['重大战 略性平台', '规则\n衔接', '庆\u3000盛枢纽', '規 畫綱要和大灣 區']) {
      expect(matcher.find(text).length, text).toBeGreaterThan(0);
      expect(precheck(text), text).toBe(true);
    }
    expect(precheck('重大 问题 战略')).toBe(false);
  });
});

describe('known insertions', () => {
  it('庆盛综合枢纽 and 庆盛综合交通枢纽 are the 庆盛枢纽', () => {
    expect(spans('庆盛综合枢纽将于明年投入使用')).toEqual([['qingsheng-hub', '庆盛综合枢纽']]);
    expect(spans('慶盛綜合交通樞紐')).toEqual([['qingsheng-hub', '慶盛綜合交通樞紐']]);
  });

  it('现代化产业体系 (the 20th Congress wording) is the 现代产业体系', () => {
    expect(spans('加快建设现代化产业体系')).toEqual([
      ['modern-industrial-system', '现代化产业体系'],
    ]);
  });

  it('统筹好发展和安全, 统筹好疫情防控和经济社会发展', () => {
    expect(spans('要统筹好发展和安全')).toEqual([['development-and-security', '统筹好发展和安全']]);
    expect(spans('高效统筹好疫情防控和经济社会发展')).toEqual([
      ['epidemic-and-development', '统筹好疫情防控和经济社会发展'],
    ]);
  });
});

describe('paired formulations joined by 和, 与, 及', () => {
  it('規則銜接和機制對接: the two terms, in Traditional, joined by 和', () => {
    expect(spans('推動規則銜接和機制對接')).toEqual([
      ['rules-connectivity', '規則銜接'],
      ['mechanism-alignment', '機制對接'],
    ]);
  });

  it('the last 、 of a formulation written as a conjunction: one term, not parts', () => {
    expect(spans('增强思想自觉、政治自觉和行动自觉')).toEqual([
      ['three-consciousnesses', '思想自觉、政治自觉和行动自觉'],
    ]);
    expect(spans('坚持稳字当头与稳中求进')).toEqual([['stability-first', '稳字当头与稳中求进']]);
    expect(spans('外防輸入及內防反彈')).toEqual([['imports-and-rebounds', '外防輸入及內防反彈']]);
  });

  it('another conjunction than the resolution’s', () => {
    expect(spans('统筹发展与安全')).toEqual([['development-and-security', '统筹发展与安全']]);
    expect(spans('創新鏈及產業鏈')).toEqual([
      ['innovation-and-industrial-chains', '創新鏈及產業鏈'],
    ]);
  });
});

describe('Taiwan spellings', () => {
  it('規畫 (Taiwan) is 规划: the Outline in a Taiwanese article', () => {
    expect(spans('大湾区规画纲要')).toEqual([['gba-outline', '大湾区规画纲要']]);
    expect(spans('依《粵港澳大灣區發展規畫綱要》')).toEqual([
      ['gba-outline', '粵港澳大灣區發展規畫綱要'],
    ]);
    expect(precheck('依《粵港澳大灣區發展規畫綱要》')).toBe(true);
  });

  it('Taiwan phrases (twp): 高階人才 for 高端人才; not its computing words (迴圈)', () => {
    expect(spans('吸引國際化高階人才')).toEqual([['international-talent', '國際化高階人才']]);
    // 階 folds to 阶 as ever, not to 端: 高阶 is a wording of its own, not a character table.
    expect(spans('吸引国际化高阶人才，进入新阶段')).toEqual([
      ['international-talent', '国际化高阶人才'],
    ]);
    expect(spans('程式裡的雙迴圈與內外迴圈')).toEqual([]);
  });
});

describe('the Outline without 发展', () => {
  it('粤港澳大湾区规划纲要 is the Outline, not 大湾区', () => {
    expect(spans('按照粤港澳大湾区规划纲要部署')).toEqual([
      ['gba-outline', '粤港澳大湾区规划纲要'],
    ]);
    expect(spans('粵港澳大灣區規劃綱要')).toEqual([['gba-outline', '粵港澳大灣區規劃綱要']]);
  });
});

describe('a term does not end inside a longer word', () => {
  it('南沙区位, 南沙区块链: 南沙, not 南沙区; 南沙区域 is a form of its own (ambiguous)', () => {
    expect(spans('南沙区域面积约803平方公里')).toEqual([['nansha', '南沙区域']]);
    expect(spans('南沙区位优势明显')).toEqual([['nansha', '南沙']]);
    expect(spans('南沙區塊鏈產業園')).toEqual([['nansha', '南沙']]);
    expect(spans('大湾区间的合作')).toEqual([]);
  });

  it('南沙区 itself still holds', () => {
    expect(spans('南沙区人民政府')).toEqual([['nansha', '南沙区']]);
    expect(spans('南沙新区域内')).toEqual([['nansha', '南沙']]);
    // 区位于 is 区 + 位于.
    expect(spans('南沙区位于广州市最南端')).toEqual([['nansha', '南沙区']]);
    expect(spans('粤港澳大湾区位于中国南部')).toEqual([['gba', '粤港澳大湾区']]);
    expect(spans('粵港澳大灣區位於中國南部')).toEqual([['gba', '粵港澳大灣區']]);
  });
});

describe('exclusions by left context', () => {
  it('美国国务院 is the US State Department, not the State Council', () => {
    expect(spans('美国国务院发言人表示')).toEqual([]);
    expect(spans('美國國務院當天發表聲明')).toEqual([]);
    expect(spans('美国务院发言人')).toEqual([]);
    expect(spans('国务院印发《南沙方案》')).toEqual([
      ['state-council', '国务院'],
      ['nansha-plan', '南沙方案'],
    ]);
  });

  it('Sansha city’s 南沙区 (Hainan) is not Guangzhou’s', () => {
    expect(spans('海南省三沙市南沙区工委')).toEqual([]);
    expect(spans('三沙市设立西沙区、南沙区')).toEqual([]);
    expect(spans('三沙市設立西沙區和南沙區')).toEqual([]);
    expect(spans('广州市南沙区')).toEqual([['nansha', '南沙区']]);
  });

  it('any 南沙 in a sentence about Sansha city; the next sentence is free again', () => {
    expect(spans('三沙市下辖的南沙区位于南海南部。')).toEqual([]);
    expect(spans('2020年，三沙市设立两个市辖区，其中南沙区驻永暑礁。')).toEqual([]);
    expect(spans('三沙市位于海南。广州南沙区是国家级新区。')).toEqual([['nansha', '南沙区']]);
  });
});

describe('the rules on a small hand-made glossary', () => {
  const v = (form: string): Variant => ({ form, script: 'zh-Hans' });
  const term = (id: string, forms: string[], exclusions: Variant[] = []): Term => ({
    id,
    canonical: forms[0] ?? id,
    category: 'places',
    variants: forms.map(v),
    exclusions,
    passageIds: [],
  });
  const small = createMatcher(
    [term('a', ['甲乙', '甲乙丙'], [{ ...v('甲乙丙丁'), cut: 3 }]), term('b', ['丙丁戊'])],
    { t2s: '' },
  );
  const keep = createMatcher(
    [
      term(
        'a',
        ['甲乙'],
        [
          { ...v('甲乙丙'), cut: 2 },
          { ...v('甲乙丙丁'), cut: 2, keep: true },
        ],
      ),
    ],
    { t2s: '' },
  );
  const found = (text: string) => small.find(text).map((m) => [m.termId, m.start, m.end]);

  it('a cut exclusion voids the hit of its first characters, a shorter hit stands', () => {
    expect(found('甲乙丙丁')).toEqual([['a', 0, 2]]);
    expect(found('甲乙丙')).toEqual([['a', 0, 3]]);
    // What the void leaves is read again: 丙丁戊 after 甲乙.
    expect(found('甲乙丙丁戊')).toEqual([
      ['a', 0, 2],
      ['b', 2, 5],
    ]);
  });

  it('a keep form undoes the cut where the text goes on with it', () => {
    const at = (text: string) => keep.find(text).map((m) => [m.start, m.end]);
    expect(at('甲乙丙')).toEqual([]);
    expect(at('甲乙丙丁')).toEqual([[0, 2]]);
    expect(at('甲乙戊')).toEqual([[0, 2]]);
  });

  it('whitespace between two Chinese characters, with ignorables around it', () => {
    expect(found('甲 \u200b\n乙丙')).toEqual([['a', 0, 6]]);
    expect(found('甲乙 丙 丁')).toEqual([['a', 0, 2]]);
  });
});
