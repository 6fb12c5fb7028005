import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { createContextRule } from '../../../src/match/context.ts';
import { createMatcher } from '../../../src/match/matcher.ts';

const matcher = createMatcher(glossary);
const rule = createContextRule(glossary);
const verdict = (text: string) => {
  const r = rule(matcher.find(text), () => text);
  return { shown: r.shown.map((m) => m.variant), held: r.held.map((m) => m.variant) };
};

describe('the context rule for ambiguous forms', () => {
  it('holds back GBA on a games page and shows it next to Guangdong', () => {
    expect(verdict('The GBA turns 25: our favourite cartridges.')).toEqual({
      shown: [],
      held: ['GBA'],
    });
    expect(verdict('Guangdong wants the GBA to lead in chips.').shown).toEqual(['GBA']);
  });

  it('holds back 香港 on a weather page and shows it in an article about Nansha', () => {
    expect(verdict('香港天文台预测明日有雨。').held).toEqual(['香港']);
    expect(verdict('香港企业在南沙设立研发中心。').shown).toEqual(['香港', '南沙']);
  });

  it('holds a term on a page that has its apart words, unless another term of the plan is there', () => {
    const sansha = '三沙市召开渔业工作会议。会后，南沙区有关负责人介绍了岛礁补给情况。';
    expect(verdict(sansha)).toEqual({ shown: [], held: ['南沙区'] });
    expect(verdict(`${sansha}与会者也谈到《南沙方案》。`).shown).toEqual(['南沙区', '南沙方案']);
    expect(verdict('美国国务院发布新规。国务院回应称将提高效率。')).toEqual({
      shown: [],
      held: ['国务院'],
    });
    expect(verdict('国务院印发《南沙方案》。').shown).toEqual(['国务院', '南沙方案']);
  });

  it('holds 南沙区域 in a marine forecast and shows it in an article about the district', () => {
    expect(verdict('南沙区域北部将有6到7级大风，南部海域有雷阵雨。').held).toEqual(['南沙区域']);
    expect(verdict('南沙区域内的先行启动区加快建设。').shown).toEqual(['南沙区域', '先行启动区']);
  });

  it('leaves pages without ambiguous forms as they are', () => {
    expect(verdict('《南沙方案》印发一周年。')).toEqual({ shown: ['南沙方案'], held: [] });
    expect(verdict('The weather is fine.')).toEqual({ shown: [], held: [] });
  });
});

describe('context words shared by two terms', () => {
  it('gives Shenzhen as context to both GBA and 前海', () => {
    expect(verdict('The GBA plant in Shenzhen.').shown).toEqual(['GBA']);
    expect(verdict('深圳的GBA工厂').shown).toEqual(['GBA']);
    expect(verdict('前海, Shenzhen').shown).toEqual(['前海']);
  });
});
