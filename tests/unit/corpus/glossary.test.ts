import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  englishPlural,
  FOLD_DATA_PATH,
  GLOSSARY_DATA_PATH,
  generateGlossary,
  PRECHECK_DATA_PATH,
} from '../../../scripts/gen-glossary.ts';
import { categoryIds, glossary, termById } from '../../../src/corpus/glossary.ts';
import { paragraphOf, passagesFor } from '../../../src/corpus/passages.ts';
import { resolution } from '../../../src/corpus/resolution.ts';
import { NO_PLURAL, TERM_SOURCES } from '../../../src/corpus/terms.source.ts';
import { createReferenceMatcher } from '../match/reference.ts';

const raw = readFileSync(
  new URL('../../../src/corpus/resolution.zh-CN.txt', import.meta.url),
  'utf8',
);
const forms = (id: string) => termById(id)?.variants.map((v) => v.form) ?? [];

describe('glossary', () => {
  it('has at least 80 terms with unique ids, in every category', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(80);
    expect(new Set(glossary.map((t) => t.id)).size).toBe(glossary.length);
    for (const id of categoryIds) {
      expect(
        glossary.some((t) => t.category === id),
        id,
      ).toBe(true);
    }
    expect(categoryIds).toContain('epidemic');
    expect(glossary.every((t) => categoryIds.includes(t.category))).toBe(true);
  });

  it('every canonical form occurs in the resolution, and is the first variant', () => {
    for (const t of glossary) {
      expect(raw, t.id).toContain(t.canonical);
      expect(t.variants[0]).toMatchObject({ form: t.canonical, script: 'zh-Hans' });
    }
  });

  it('has Traditional variants (粵港澳大灣區, 澳門, …: more than 60)', () => {
    expect(forms('gba')).toContain('粵港澳大灣區');
    expect(forms('macao')).toContain('澳門');
    expect(forms('gba-outline')).toContain('粵港澳大灣區發展規劃綱要');
    const hant = glossary.flatMap((t) => t.variants.filter((v) => v.script === 'zh-Hant'));
    expect(hant.length).toBeGreaterThan(60);
  });

  it('has hand-curated English variants and short forms of long titles', () => {
    expect(forms('nansha-plan')).toEqual(
      expect.arrayContaining(['Nansha Plan', '广州南沙深化面向世界的粤港澳全面合作总体方案']),
    );
    expect(forms('gba')).toEqual(expect.arrayContaining(['Greater Bay Area', 'GBA', '大湾区']));
    expect(forms('hengqin')).toContain('Hengqin');
    expect(forms('qianhai')).toContain('Qianhai');
    expect(forms('dynamic-zero-covid')).toEqual(
      expect.arrayContaining(['dynamic zero-COVID', 'zero-COVID', 'dynamic clearing']),
    );
    expect(forms('macao')).toEqual(expect.arrayContaining(['Macao', 'Macau']));
    expect(forms('gba-outline')).toEqual(expect.arrayContaining(['大湾区规划纲要']));
  });

  it('has exclusions in every script: 南沙 is not the Spratly Islands', () => {
    const ex = termById('nansha')?.exclusions.map((x) => x.form) ?? [];
    expect(ex).toEqual(expect.arrayContaining(['南沙群岛', '南沙群島', 'Nansha Islands']));
  });

  it('generic words are not terms', () => {
    const generic = [
      '发展',
      '改革',
      '开放',
      '人才',
      '青年',
      '经济',
      '安全',
      '创新',
      '高质量',
      '湾区',
    ];
    const all = new Set(glossary.flatMap((t) => t.variants.map((v) => v.form)));
    for (const w of generic) expect(all.has(w), w).toBe(false);
  });

  it('carries no corpus text (the content script imports it)', () => {
    const data = readFileSync(GLOSSARY_DATA_PATH, 'utf8');
    for (const p of resolution.paragraphs) {
      for (const s of p.sentences) expect(data.includes(s.text)).toBe(false);
    }
  });
});

describe('English forms (issue 14)', () => {
  const sourceForms = new Set(
    TERM_SOURCES.flatMap((s) => (s.en ?? []).map((f) => f.replace(/^!|^"|"$/g, ''))),
  );

  it('the generated plurals are exactly these (review this list when it changes)', () => {
    const generated = glossary.flatMap((t) =>
      t.variants.filter((v) => v.script === 'en' && !sourceForms.has(v.form)).map((v) => v.form),
    );
    expect(generated).toEqual([
      'Qingsheng hubs',
      'Qingsheng transport hubs',
      'Qingsheng comprehensive transport hubs',
      'Nansha hubs',
      'major strategic platforms',
      'major cooperation platforms',
      'GREATER BAY AREA',
      'TWO ESTABLISHES',
      'TWO ESTABLISHMENTS',
      'TWO SAFEGUARDS',
      'gateways for high-level opening-up',
      'gateways of high-level opening-up',
      'high-level opening-up gateways',
      'high-level opening-up portals',
      'quality living circles',
      'modern comprehensive transportation systems',
      'modern comprehensive transport systems',
      'THREE DISTINCTIONS',
      'STATE COUNCIL',
    ]);
  });

  it('plurals: head noun before a preposition, -ies, -es; names, lists and mass nouns none', () => {
    expect(englishPlural('gateway for high-level opening-up')).toBe(
      'gateways for high-level opening-up',
    );
    expect(englishPlural('youth-development-oriented city')).toBe(
      'youth-development-oriented cities',
    );
    expect(englishPlural('strategic emerging industry')).toBe('strategic emerging industries');
    expect(englishPlural('free trade zone')).toBe('free trade zones');
    expect(englishPlural('bonded warehouse')).toBe('bonded warehouses');
    expect(englishPlural('tax switch')).toBe('tax switches');
    // A name with a common head noun (decision 092): the head decides, not the first word.
    expect(englishPlural('Qingsheng hub')).toBe('Qingsheng hubs');
    expect(englishPlural('high-level opening-up portal')).toBe('high-level opening-up portals');
    for (const form of [
      'Nansha Plan',
      'Greater Bay Area',
      'one core, one belt, one region',
      'innovation chain and industrial chain',
      'progress while maintaining stability',
      'market entities',
      'dynamic zero-COVID',
      'dual circulation',
      'rules connectivity',
      'modern industrial system',
      'Hengqin',
      'Nansha Master Plan',
      'Party building-led grassroots governance',
      'greater bay area',
      '!State Council',
    ]) {
      expect(englishPlural(form), form).toBeUndefined();
    }
  });

  it('every exception of NO_PLURAL keeps a plural out, and says why', () => {
    const en = [...sourceForms];
    for (const [key, why] of Object.entries(NO_PLURAL)) {
      expect(why.length, key).toBeGreaterThan(15);
      const blocked = en.filter(
        (f) => (f === key || f.split(' ').includes(key)) && englishPlural(f) === undefined,
      );
      expect(blocked.length, key).toBeGreaterThan(0);
    }
  });

  it('quoted forms are marked, without their quotation marks', () => {
    const quoted = glossary.flatMap((t) =>
      t.variants.filter((v) => v.quoted).map((v) => [t.id, v.form]),
    );
    expect(quoted).toEqual([
      ['two-establishes', 'two establishments'],
      ['two-establishes', 'two establishes'],
      ['two-upholds', 'two safeguards'],
      ['political-stance', 'political stance'],
      ['political-stance', 'political standing'],
      ['political-stance', 'political position'],
      ['political-stance', 'political positioning'],
    ]);
  });
});

describe('passages', () => {
  it('every term occurs in at least one passage, and the ids are real sentences', () => {
    for (const t of glossary) {
      expect(t.passageIds.length, t.id).toBeGreaterThan(0);
      expect(passagesFor(t.id).map((s) => s.id)).toEqual(t.passageIds);
    }
  });

  it('passage ids are what an independent matcher finds in the resolution', () => {
    // The generator computed them with src/match/matcher.ts; the reference matcher shares no
    // code with it (tests/unit/match/reference.ts).
    const reference = createReferenceMatcher();
    const found = new Map<string, string[]>();
    for (const p of resolution.paragraphs) {
      for (const s of p.sentences) {
        for (const m of reference(s.text)) {
          const list = found.get(m.termId) ?? [];
          if (!list.includes(s.id)) list.push(s.id);
          found.set(m.termId, list);
        }
      }
    }
    for (const t of glossary) expect(t.passageIds, t.id).toEqual(found.get(t.id));
  });

  it('passage ids of a few terms, as read in the text', () => {
    const ids = (id: string) => termById(id)?.passageIds;
    // p1.s4: 全会听取林克庆同志代表市委常委会所作的报告和郭永航同志的专题讲话,…
    expect(ids('lin-keqing')).toEqual(['p1.s4']);
    expect(ids('guo-yonghang')).toEqual(['p1.s4']);
    // p4.s4: 强化与横琴、前海的改革联动,…
    expect(ids('hengqin')).toEqual(['p4.s4']);
    expect(ids('qianhai')).toEqual(['p4.s4']);
    // p5.s1: 把南沙开发开放作为“一把手”工程; p6.s2: “动态清零”总方针; p2.s3: 政治站位.
    expect(ids('top-leader-project')).toEqual(['p5.s1']);
    expect(ids('dynamic-zero-covid')).toEqual(['p6.s2']);
    expect(ids('political-stance')).toEqual(['p2.s3']);
    // 大湾区 is written in p1.s3, p2.s1 and p3.s4; p2.s1's is inside 《粤港澳大湾区发展规划纲要》,
    // the Outline's (leftmost-longest).
    expect(ids('gba')).toEqual(['p1.s3', 'p3.s4']);
    expect(ids('gba-outline')).toEqual(['p2.s1']);
    // 南沙 on its own (not in 南沙方案, 南沙湾, 南沙枢纽, 南沙开发开放 or a plan's title): p2.s1
    // 加快广州南沙粤港澳重大合作平台建设, p2.s3 南沙在新征程上, p3.s5 增创南沙发展新优势, p4.s1 展现
    // 南沙新作为, p7.s1 把南沙打造成为.
    expect(ids('nansha')).toEqual(['p2.s1', 'p2.s3', 'p3.s5', 'p4.s1', 'p7.s1']);
  });

  it('passagesFor gives sentences with their paragraph', () => {
    const ps = passagesFor('nansha-plan');
    expect(ps.length).toBeGreaterThanOrEqual(5);
    expect(ps.every((s) => /南沙方案|总体方案/.test(s.text))).toBe(true);
    const s = passagesFor('dynamic-zero-covid')[0];
    expect(s?.text).toContain('“动态清零”总方针');
    expect(s && paragraphOf(s)?.id).toBe('p6');
    expect(passagesFor('no-such-term')).toEqual([]);
  });
});

describe('generated data', () => {
  it('is up to date with terms.source.ts (run `npm run gen:glossary`)', () => {
    const { files } = generateGlossary();
    expect(readFileSync(GLOSSARY_DATA_PATH, 'utf8')).toBe(files.glossary);
    expect(readFileSync(FOLD_DATA_PATH, 'utf8')).toBe(files.fold);
    expect(readFileSync(PRECHECK_DATA_PATH, 'utf8')).toBe(files.precheck);
  });

  it('fold table is small (under 400 pairs) and has the glossary’s Traditional characters', () => {
    const { t2s } = generateGlossary();
    expect(t2s.length / 2).toBeLessThan(400);
    expect(t2s).toContain('灣湾');
    expect(t2s).toContain('羣群');
  });
});
