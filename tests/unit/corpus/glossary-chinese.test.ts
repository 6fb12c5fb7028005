import { describe, expect, it } from 'vitest';
import { joinedForms } from '../../../scripts/gen-glossary.ts';
import { formsToShow, glossary, termById } from '../../../src/corpus/glossary.ts';
import { TERM_SOURCES } from '../../../src/corpus/terms.source.ts';

// The Chinese forms the generator makes (decision 091).
const written = new Set(
  TERM_SOURCES.flatMap((s) => [s.canonical, ...(s.zh ?? []), ...(s.exclusions ?? [])]),
);
const forms = (id: string) => termById(id)?.variants.map((v) => v.form) ?? [];

describe('generated Chinese forms (issue 17)', () => {
  it('joined forms: the last 、 as 和, 与, 及; a joiner swapped for the others', () => {
    expect(joinedForms('外防输入、内防反弹')).toEqual([
      '外防输入和内防反弹',
      '外防输入与内防反弹',
      '外防输入及内防反弹',
    ]);
    expect(joinedForms('思想自觉、政治自觉、行动自觉')).toContain('思想自觉、政治自觉和行动自觉');
    expect(joinedForms('统筹发展和安全')).toEqual(['统筹发展与安全', '统筹发展及安全']);
    // 和 inside a word joins nothing; two joiners are no pair; English is left alone.
    expect(joinedForms('和平发展')).toEqual([]);
    expect(joinedForms('和平与发展')).toEqual([]);
    expect(joinedForms('创新和改革和开放')).toEqual([]);
    expect(joinedForms('one core, one belt and one region')).toEqual([]);
  });

  it('the Simplified forms the generator adds: joined forms, and Taiwan wordings read back', () => {
    const added = glossary.flatMap((t) =>
      t.variants.filter((v) => v.script === 'zh-Hans' && !written.has(v.form)).map((v) => v.form),
    );
    expect(added.length).toBeGreaterThan(30);
    const joined = new Set([...written].flatMap(joinedForms));
    expect(added.filter((f) => !joined.has(f))).toEqual([
      '粤港澳大湾区发展规画纲要',
      '大湾区发展规画纲要',
      '粤港澳大湾区规画纲要',
      '大湾区规画纲要',
      '国际化高阶人才',
    ]);
  });

  it('Taiwan forms: 規畫 and twp phrases, not twp computing words', () => {
    expect(forms('gba-outline')).toEqual(
      expect.arrayContaining(['粵港澳大灣區發展規劃綱要', '粵港澳大灣區發展規畫綱要']),
    );
    expect(forms('international-talent')).toContain('國際化高階人才');
    expect(forms('international-talent')).toContain('国际化高阶人才');
    expect(forms('dual-circulation').filter((f) => f.includes('迴圈'))).toEqual([]);
    expect(forms('reasonable-range').filter((f) => f.includes('執行'))).toEqual([]);
  });

  it('forms ending in 区 get cut exclusions (区域, 区位, 区间, 区块) and keep 区位于', () => {
    const nansha = termById('nansha')?.exclusions ?? [];
    expect(nansha.filter((x) => x.cut !== undefined && !x.keep).map((x) => x.form)).toEqual(
      expect.arrayContaining(['南沙区位', '南沙區位', '南沙区间', '南沙区块']),
    );
    // 南沙区域 is an ambiguous form of 南沙 (the Spratlys' sea area in a marine forecast).
    expect(nansha.some((x) => x.form === '南沙区域')).toBe(false);
    expect(termById('nansha')?.variants.find((v) => v.form === '南沙区域')).toMatchObject({
      ambiguous: true,
    });
    expect(nansha.find((x) => x.form === '南沙区位于')).toMatchObject({ cut: 3, keep: true });
    const terms = glossary.filter((t) => t.exclusions.some((x) => x.cut !== undefined));
    expect(terms.map((t) => t.id)).toEqual([
      'nansha',
      'pilot-start-up-zone',
      'gba',
      'one-core-one-belt-one-region',
    ]);
  });
});

describe('the forms a reader is shown (Term view)', () => {
  it('leaves out headline capitals and spellings that differ only in case', () => {
    const gba = termById('gba');
    if (!gba) throw new Error('no gba term');
    const en = formsToShow(gba, 'en');
    expect(en).toContain('Greater Bay Area');
    expect(en).toContain('GBA');
    expect(en).not.toContain('GREATER BAY AREA');
    expect(en).not.toContain('greater bay area');
    expect(formsToShow(gba, 'zh-Hans')).not.toContain(gba.canonical);
  });
});
