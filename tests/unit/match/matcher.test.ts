import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { createMatcher, type Match } from '../../../src/match/matcher.ts';

const matcher = createMatcher(glossary);
const find = (text: string | readonly string[]) => matcher.find(text);
const ids = (text: string | readonly string[]) => find(text).map((m) => m.termId);
const spans = (text: string) => find(text).map((m) => [m.termId, text.slice(m.start, m.end)]);

describe('leftmost-longest', () => {
  it('南沙方案 beats 南沙', () => {
    expect(find('推动南沙方案落地')).toEqual<Match[]>([
      { termId: 'nansha-plan', variant: '南沙方案', start: 2, end: 6 },
    ]);
  });

  it('《南沙方案》 is one match inside the title marks', () => {
    expect(find('《南沙方案》')).toEqual([
      { termId: 'nansha-plan', variant: '南沙方案', start: 1, end: 5 },
    ]);
  });

  it('the full title is one match of the same term, not 南沙 + 粤港澳', () => {
    const text = '《广州南沙深化面向世界的粤港澳全面合作总体方案》';
    expect(find(text)).toEqual([
      {
        termId: 'nansha-plan',
        variant: '广州南沙深化面向世界的粤港澳全面合作总体方案',
        start: 1,
        end: text.length - 1,
      },
    ]);
  });

  it('the Outline Development Plan and its short forms beat 粤港澳大湾区 and 大湾区', () => {
    expect(ids('《粤港澳大湾区发展规划纲要》')).toEqual(['gba-outline']);
    expect(ids('《大湾区规划纲要》')).toEqual(['gba-outline']);
    expect(ids('粤港澳大湾区建设')).toEqual(['gba']);
    expect(ids('与大湾区城市的互联互通')).toEqual(['gba', 'interconnection']);
  });

  it('Xi Jinping Thought beats Xi Jinping; the Central Committee formula beats its parts', () => {
    expect(ids('以习近平新时代中国特色社会主义思想为指导')).toEqual(['xi-thought']);
    expect(ids('团结在以习近平同志为核心的党中央周围')).toEqual([
      'central-committee-with-xi-at-core',
    ]);
    expect(ids('Xi Jinping Thought and Xi Jinping')).toEqual(['xi-thought', 'xi-jinping']);
  });

  it('returns non-overlapping matches in text order', () => {
    const ms = find('南沙湾、庆盛枢纽、南沙枢纽先行启动区建设');
    expect(ms.map((m) => m.termId)).toEqual([
      'nansha-bay',
      'qingsheng-hub',
      'nansha-hub',
      'pilot-start-up-zone',
    ]);
    for (let k = 1; k < ms.length; k++) {
      expect(ms[k]?.start).toBeGreaterThanOrEqual(ms[k - 1]?.end ?? 0);
    }
  });
});

describe('exclusions', () => {
  it('南沙 inside the Spratly Islands is not the term, in every script', () => {
    for (const text of ['南沙群岛', '南沙群島', '南沙羣島', '南沙诸岛', '南沙諸島', '南沙海域']) {
      expect(find(text), text).toEqual([]);
    }
    expect(find('the Nansha Islands, also Nansha (Spratly) Islands')).toEqual([]);
  });

  it('the same page still highlights 南沙 and Nansha elsewhere', () => {
    expect(spans('南沙群岛不是广州南沙')).toEqual([['nansha', '南沙']]);
    expect(spans('Nansha Islands; the Nansha port')).toEqual([['nansha', 'Nansha']]);
  });

  it('港澳 inside 粤港澳 is not highlighted, 协同港澳 is', () => {
    expect(ids('粤港澳合作')).toEqual([]);
    expect(ids('协同港澳')).toEqual(['hk-macao']);
  });
});

describe('scripts and folding', () => {
  it('matches Traditional forms and reports the Traditional variant', () => {
    expect(find('粵港澳大灣區建設')).toEqual([
      { termId: 'gba', variant: '粵港澳大灣區', start: 0, end: 6 },
    ]);
    expect(ids('落實《南沙方案》及習近平新時代中國特色社會主義思想')).toEqual([
      'nansha-plan',
      'xi-thought',
    ]);
  });

  it('matches mixed-script text character by character', () => {
    expect(find('粤港澳大灣区')).toEqual([
      { termId: 'gba', variant: '粤港澳大湾区', start: 0, end: 6 },
    ]);
    expect(ids('廣州南沙深化面向世界的粤港澳全面合作總体方案')).toEqual(['nansha-plan']);
  });

  it('folds full-width Latin to half-width', () => {
    expect(find('ＧＢＡ')).toEqual([{ termId: 'gba', variant: 'GBA', start: 0, end: 3 }]);
    expect(ids('Ｈｅｎｇｑｉｎ')).toEqual(['hengqin']);
  });

  it('folds case for words, keeps acronyms and marked forms case-sensitive', () => {
    expect(ids('GREATER BAY AREA, greater bay area, Hengqin, QIANHAI')).toEqual([
      'gba',
      'gba',
      'hengqin',
      'qianhai',
    ]);
    expect(ids('gba Gba gBA')).toEqual([]);
    expect(ids('the State Council; a state council')).toEqual(['state-council']);
  });

  it('treats hyphens, dashes and spaces alike: zero-COVID, zero COVID, zero‑Covid', () => {
    for (const text of [
      'zero-COVID',
      'zero COVID',
      'Zero-Covid',
      'zero\u2010covid',
      'zero - COVID',
    ]) {
      expect(ids(`China's ${text} policy`), text).toEqual(['dynamic-zero-covid']);
    }
    expect(spans('its dynamic zero-COVID policy')).toEqual([
      ['dynamic-zero-covid', 'dynamic zero-COVID'],
    ]);
    expect(ids('the Guangdong–Hong Kong–Macao Greater Bay Area')).toEqual(['gba']);
  });

  it('matches across runs of whitespace and line breaks, with offsets in the original text', () => {
    const text = 'In the Greater  Bay\n   Area today';
    expect(find(text)).toEqual([{ termId: 'gba', variant: 'Greater Bay Area', start: 7, end: 27 }]);
    expect(text.slice(7, 27)).toBe('Greater  Bay\n   Area');
  });

  it('skips soft hyphens and zero-width spaces inside a term', () => {
    expect(spans('Heng\u00adqin and 南\u200b沙方案')).toEqual([
      ['hengqin', 'Heng\u00adqin'],
      ['nansha-plan', '南\u200b沙方案'],
    ]);
  });

  it('treats quotation marks inside a term as part of its written form', () => {
    expect(spans('把南沙开发开放作为“一把手”工程,')).toEqual([
      ['nansha-opening-up', '南沙开发开放'],
      ['top-leader-project', '“一把手”工程'],
    ]);
    expect(spans('一把手工程 and 「一把手」工程')).toEqual([
      ['top-leader-project', '一把手工程'],
      ['top-leader-project', '「一把手」工程'],
    ]);
    expect(spans('守牢国家政治安全“南大门”,')).toEqual([['southern-gate', '政治安全“南大门”']]);
  });
});

describe('Latin word boundaries', () => {
  it('GBA matches as a word only', () => {
    expect(spans('the GBA, which')).toEqual([['gba', 'GBA']]);
    expect(ids('GBAtech megba GBA2 xGBA')).toEqual([]);
    expect(ids('(GBA)')).toEqual(['gba']);
    expect(ids('大湾区GBA。')).toEqual(['gba', 'gba']);
  });

  it('numbers count as word characters', () => {
    expect(ids('the 20th Party Congress')).toEqual(['20th-party-congress']);
    expect(ids('the 120th Party Congress')).toEqual([]);
  });

  it('Chinese terms need no boundaries', () => {
    expect(ids('abc南沙方案xyz')).toEqual(['nansha-plan']);
  });
});

describe('chunks', () => {
  it('matches a term split across inline elements, offsets into the concatenation', () => {
    expect(find(['推动粤港澳大', '湾区', '建设'])).toEqual([
      { termId: 'gba', variant: '粤港澳大湾区', start: 2, end: 8 },
    ]);
    expect(find(['the ', 'Greater Bay', ' Area'])).toEqual([
      { termId: 'gba', variant: 'Greater Bay Area', start: 4, end: 20 },
    ]);
    expect(find([])).toEqual([]);
    expect(find(['', ''])).toEqual([]);
  });
});

describe('noise', () => {
  it('generic words of the resolution are not terms', () => {
    const generic = ['发展', '改革', '开放', '人才', '青年', '经济', '安全', '创新', '高质量'];
    for (const w of [...generic, '湾区', '广州', '面向世界', '国际竞争力', '循序渐进']) {
      expect(find(`我们要${w}，${w}。`), w).toEqual([]);
    }
  });

  it('a page about cooking gets zero highlights', () => {
    const cooking = `红烧肉的做法：五花肉切块，冷水下锅焯水，加入料酒和姜片。
锅中放少许油，小火炒糖色，放入肉块翻炒上色，加生抽、老抽、八角、桂皮和开水，
大火烧开后转小火炖一个小时，最后大火收汁。这道菜的发展历史很长，改革开放以后，
年轻人和青年厨师不断创新，经济实惠、安全卫生、高质量的家常菜深受欢迎。
How to make braised pork belly: cut the pork, blanch it, caramelise the sugar, add soy sauce,
star anise and hot water, then simmer for an hour. A great area for dinner by the bay!`;
    expect(find(cooking)).toEqual([]);
  });
});
