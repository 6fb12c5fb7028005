import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Candidate, proposeTerms } from '../../../src/documents/candidates.ts';
import { splitDocument } from '../../../src/documents/split.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url), 'utf8');

const occurrences = (text: string, s: string) => text.split(s).length - 1;

/** The candidate for a surface, which must be listed. */
function find(list: Candidate[], surface: string): Candidate {
  const c = list.find((x) => x.surface === surface);
  if (!c) throw new Error(`${surface} not proposed`);
  return c;
}

function expectSuggested(list: Candidate[], kind: Candidate['kind'], surfaces: string[]) {
  for (const s of surfaces) {
    const c = find(list, s);
    expect({ s, kind: c.kind, suggested: c.suggested }).toEqual({ s, kind, suggested: true });
  }
}

describe('proposeTerms, Simplified Chinese', () => {
  const text = fixture('plan-zh-CN.txt');
  const { candidates, total } = proposeTerms(text);

  it('proposes the book titles, quoted formulations, slogans and recurring names, checked', () => {
    expectSuggested(candidates, 'title', [
      '粤港澳大湾区发展规划纲要',
      '临江区科创走廊建设三年行动计划',
      '临江区促进科技成果转化若干措施',
    ]);
    expectSuggested(candidates, 'quote', [
      '研发在临江、转化在走廊',
      '揭榜挂帅',
      '赛马制',
      '飞地孵化器',
      '链长制',
      '标准地',
      '先使用后付费',
    ]);
    expectSuggested(candidates, 'slogan', ['一廊两谷三片区', '三区一中心']);
    expectSuggested(candidates, 'name', [
      '临江科学城',
      '明湖实验室',
      '临江科创走廊',
      '江北创新谷',
      '南湾数字谷',
      '星桥产业园',
    ]);
    expect(total).toBe(candidates.length);
  });

  it('never suggests generic words', () => {
    for (const word of ['发展', '建设', '推进', '加快', '创新', '产业', '科技', '企业', '服务']) {
      expect(candidates.find((c) => c.surface === word)?.suggested ?? false).toBe(false);
    }
  });

  it('does not propose parts of a name as names of their own', () => {
    const surfaces = candidates.filter((c) => c.suggested).map((c) => c.surface);
    for (const part of ['科学城', '江科学城', '数字谷', '明湖实验', '科学城国际']) {
      expect(surfaces).not.toContain(part);
    }
  });

  it('counts every occurrence and points to the first one', () => {
    for (const surface of ['明湖实验室', '三区一中心', '临江区科创走廊建设三年行动计划']) {
      const c = find(candidates, surface);
      expect(c.count).toBe(occurrences(text, surface));
      const [start = -1, end = -1] =
        splitDocument(text)
          .flatMap((p) => p.sentences.map((s) => [s.id, p.start + s.start, s.text.length] as const))
          .filter(([id]) => id === c.firstContext.sentenceId)
          .map(([, at, length]) => [at, at + length])[0] ?? [];
      expect(text.indexOf(surface)).toBeGreaterThanOrEqual(start);
      expect(text.indexOf(surface) + surface.length).toBeLessThanOrEqual(end);
      expect(c.firstContext.excerpt).toContain(surface);
      expect(c.firstContext.excerpt.length).toBeLessThan(surface.length + 60);
    }
  });

  it('lists every suggested candidate before the others', () => {
    const firstUnchecked = candidates.findIndex((c) => !c.suggested);
    expect(firstUnchecked).toBeGreaterThan(0);
    expect(candidates.slice(firstUnchecked).some((c) => c.suggested)).toBe(false);
  });
});

describe('proposeTerms, Traditional Chinese', () => {
  const text = fixture('plan-zh-TW.txt');
  const { candidates } = proposeTerms(text);

  it('proposes them as written, in every kind of quote', () => {
    expectSuggested(candidates, 'title', ['海灣新區總體發展規劃', '促進產學研合作條例']);
    expectSuggested(candidates, 'quote', ['研發在園區、轉化在新區', '數據特區', '人才通']);
    expectSuggested(candidates, 'slogan', ['一區兩園', '兩核三帶']);
    expectSuggested(candidates, 'name', ['海灣新區', '銀灘科學園', '北岸數據港']);
    for (const word of ['規劃', '發展', '實施']) {
      expect(candidates.find((c) => c.surface === word)?.suggested ?? false).toBe(false);
    }
  });

  it('counts Traditional and Simplified forms of a term together', () => {
    const mixed = '明湖实验室位于南湾数字谷。明湖實驗室和南灣數字谷。南湾数字谷旁有明湖实验室。';
    const { candidates } = proposeTerms(mixed);
    expect(find(candidates, '南湾数字谷').count).toBe(3);
    expect(find(candidates, '明湖实验室').count).toBe(3);
    expect(candidates.some((c) => c.surface === '南灣數字谷')).toBe(false);
  });
});

describe('proposeTerms, English', () => {
  const text = fixture('plan-en.txt');
  const { candidates } = proposeTerms(text);

  it('proposes repeated capitalised names and quoted phrases, checked', () => {
    expectSuggested(candidates, 'name', [
      'Greater Bay Area',
      'Linjiang Science City',
      'Linjiang Science and Innovation Corridor',
      'Minghu Laboratory',
      'North Bank Innovation Valley',
      'South Bay Digital Valley',
      'Xingqiao Industrial Park',
    ]);
    expectSuggested(candidates, 'quote', [
      'one corridor, two valleys, three zones',
      'research here, output nearby',
      'offshore incubators',
      'standard plots',
      'use first, pay later',
      'Linjiang Territorial Spatial Master Plan',
    ]);
  });

  it('leaves out sentence openers, generic words and names always inside longer ones', () => {
    const suggested = candidates.filter((c) => c.suggested).map((c) => c.surface);
    for (const s of ['The', 'Each', 'Universities', 'Plan', 'Bay', 'Valley', 'Linjiang Science']) {
      expect(suggested).not.toContain(s);
    }
    expect(suggested.some((s) => / and (South|Macao)/.test(s))).toBe(false);
  });

  it('takes apostrophes for apostrophes, not quotes', () => {
    const { candidates } = proposeTerms(
      "Macao's plan and the corridor's aims. Macao's 'smart port' too.",
    );
    expect(candidates.filter((c) => c.kind === 'quote').map((c) => c.surface)).toEqual([
      'smart port',
    ]);
  });
});

describe('proposeTerms, edge cases', () => {
  it('gives an empty list for a text with nothing to propose', () => {
    expect(proposeTerms('')).toEqual({ candidates: [], total: 0 });
    expect(proposeTerms('今天天气很好。我们去公园散步。')).toEqual({ candidates: [], total: 0 });
    expect(proposeTerms('The weather is fine today. We walk in the park.')).toEqual({
      candidates: [],
      total: 0,
    });
  });

  it('rejects one character, over 40 characters, and quotes that are whole sentences', () => {
    const long =
      '关于进一步深化临江区科技创新体制机制改革全面推进创新型城市建设加快形成新质生产力的实施细则';
    expect(long.length).toBeGreaterThan(40);
    const { candidates } = proposeTerms(
      `他说“好”。《${long}》。“我们必须加快发展。”又说“新质生产力”。`,
    );
    expect(candidates.filter((c) => c.kind !== 'name').map((c) => c.surface)).toEqual([
      '新质生产力',
    ]);
    for (const c of candidates) expect([...c.surface].length).toBeGreaterThan(1);
  });

  it('lists a quoted generic word unchecked', () => {
    const { candidates } = proposeTerms('要抓好“发展”和“城市更新”。');
    expect(find(candidates, '发展').suggested).toBe(false);
    expect(find(candidates, '城市更新').suggested).toBe(true);
  });

  it('returns the best 200 of thousands, with the total', () => {
    const chars = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
    const titles: string[] = [];
    for (const a of chars)
      for (const b of chars) for (const c of chars) titles.push(`《${a}${b}${c}计划》`);
    const text = titles.slice(0, 6000).join('，');
    const all = proposeTerms(text);
    expect(all.candidates).toHaveLength(200);
    expect(all.total).toBeGreaterThanOrEqual(6000);
    expect(proposeTerms(text, { limit: 50 }).candidates).toHaveLength(50);
  });

  it('treats HTML as text: tags are neither read nor removed', () => {
    const html =
      '<p>实施《<b>临江规划</b>》</p><a href="https://example.org/plan">链接</a><script>alert("x")</script>';
    const { candidates } = proposeTerms(html);
    expect(find(candidates, '<b>临江规划</b>').kind).toBe('title');
    for (const c of candidates) expect(html).toContain(c.surface);
    expect(candidates.some((c) => c.surface.includes('example.org'))).toBe(false);
  });
});
