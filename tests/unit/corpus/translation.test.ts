import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  generateHant,
  HANT_OVERRIDES,
  HANT_VARIANTS,
  hantPath,
} from '../../../scripts/gen-translation.ts';
import { alignTranslation, HEAD_IDS } from '../../../src/corpus/align.ts';
import { glossary } from '../../../src/corpus/glossary.ts';
import { resolution } from '../../../src/corpus/resolution.ts';
import {
  noticeOf,
  passages,
  passageText,
  textLanguages,
} from '../../../src/corpus/translations.ts';
import { createMatcher } from '../../../src/match/matcher.ts';

const englishRaw = readFileSync(
  new URL('../../../src/corpus/resolution.en.txt', import.meta.url),
  'utf8',
);
const sentenceIds = resolution.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
const text = (id: string, language: (typeof textLanguages)[number]) =>
  passageText(id, language)?.text ?? '';

describe('alignment', () => {
  it('covers the head lines and every sentence of the Chinese, in order', () => {
    expect(passages.map((p) => p.id)).toEqual([...HEAD_IDS, ...sentenceIds]);
    expect(sentenceIds).toHaveLength(25);
    for (const language of textLanguages) {
      const ids = passages.map((p) => p.id).filter((id) => passageText(id, language));
      expect(ids, language).toEqual(passages.map((p) => p.id));
      for (const p of passages) expect(text(p.id, language).trim(), p.id).not.toBe('');
    }
    expect(passageText('p9.s1', 'en')).toBeUndefined();
  });

  it('leaves no Chinese character or full-width punctuation in the English', () => {
    for (const p of passages) {
      expect(text(p.id, 'en'), p.id).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff01-\uff60]/u);
    }
  });

  it('marks every text as unofficial, by Nansha Lens, in the file and in what code exports', () => {
    expect(englishRaw.split('\n')[0]).toMatch(/^# Unofficial translation by Nansha Lens/);
    expect(noticeOf('en')).toMatch(/^Unofficial translation by Nansha Lens/);
    for (const v of HANT_VARIANTS) expect(noticeOf(v), v).toMatch(/^非官方文本：Nansha Lens/);
    expect(passageText('p3.s6', 'en')).toEqual({
      id: 'p3.s6',
      language: 'en',
      text: expect.stringMatching(/^Efforts must be made to build a first-class urban/),
      notice: noticeOf('en'),
    });
  });

  it('refuses a text that lacks a sentence, naming it, and every other misalignment', () => {
    const file = 'resolution.en.txt';
    const align = (raw: string) => () => alignTranslation(raw, passages, { file, latinOnly: true });
    expect(align(englishRaw)).not.toThrow();
    const without = englishRaw.replace(/^p3\.s6\t.*\n/m, '');
    expect(align(without)).toThrow(/^resolution\.en\.txt does not line up.*\n {2}p3\.s6: missing/);
    expect(align(`${englishRaw}p9.s1\tMore.\n`)).toThrow('unknown id "p9.s1"');
    expect(align(`${englishRaw}p1.s1\tAgain.\n`)).toThrow('p1.s1: given twice');
    expect(align(englishRaw.replace(/^p1\.s2\t.*$/m, 'p1.s2\t'))).toThrow('p1.s2: empty text');
    expect(align(englishRaw.replace('Hengqin and', '横琴 and'))).toThrow('p4.s4: Chinese');
    expect(align(englishRaw.replace(/^# Unofficial.*$/m, '# A text'))).toThrow('first line');
    const swapped = englishRaw.replace(/^(p1\.s1\t.*\n)(p1\.s2\t.*\n)/m, '$2$1');
    expect(align(swapped)).toThrow('out of document order');
  });
});

describe('Traditional Chinese (generated)', () => {
  const fresh = generateHant();

  it('is up to date: regenerating gives the same bytes', () => {
    for (const v of HANT_VARIANTS) expect(readFileSync(hantPath(v), 'utf8'), v).toBe(fresh[v]);
  });

  it('round-trips character by character to the original with opencc', () => {
    const back = {
      'zh-HK': Converter({ from: 'hk', to: 'cn' }),
      'zh-TW': Converter({ from: 'tw', to: 'cn' }),
    };
    for (const v of HANT_VARIANTS) {
      for (const p of passages) {
        const hant = text(p.id, v);
        expect(hant.length, `${v} ${p.id}`).toBe(p.text.length);
        expect(back[v](hant), `${v} ${p.id}`).toBe(p.text);
      }
    }
  });

  it('overrides only what opencc gets wrong here: 新征程 keeps 征 (journey), not 徵 (levy)', () => {
    expect(HANT_OVERRIDES.map((o) => [o.hans, o.hant])).toEqual([['新征程', '新征程']]);
    for (const v of HANT_VARIANTS) expect(text('p2.s3', v), v).toContain('新征程上的新使命');
    expect(text('p2.s3', 'zh-TW')).not.toContain('徵');
  });

  it('follows the glossary: Hong Kong and Taiwan forms where they differ (平台 / 平臺)', () => {
    expect(text('p4.s3', 'zh-HK')).toContain('用好合作平台');
    expect(text('p4.s3', 'zh-TW')).toContain('用好合作平臺');
    expect(text('p1.s1', 'zh-HK')).toBe(
      '中國共產黨廣州市第十二屆委員會第四次全體會議於2022年9月22日召開。',
    );
  });

  it('has the same terms as the original, passage by passage', () => {
    const matcher = createMatcher(glossary);
    const ids = (s: string) => matcher.find(s).map((m) => m.termId);
    for (const v of HANT_VARIANTS) {
      for (const p of passages) expect(ids(text(p.id, v)), `${v} ${p.id}`).toEqual(ids(p.text));
    }
  });
});

/**
 * Terms the matcher finds in a Chinese passage but not, by its English forms, in the English:
 * each with the reason. Terms without any English form are not checked: the glossary leaves
 * generic English phrases out on purpose (terms.source.ts).
 */
const EXCEPTIONS: readonly { id: string; term: string; why: string }[] = [
  {
    id: 'p2.s3',
    term: 'political-stance',
    why: '"raise its political stance" is running text; the English forms of 政治站位 count only between quotation marks, because unquoted "political stance" is everyday English',
  },
  {
    id: 'p4.s3',
    term: 'hong-kong',
    why: '香港、澳门 is "Hong Kong and Macao" in idiomatic English, which is the term 港澳',
  },
  {
    id: 'p4.s3',
    term: 'macao',
    why: '香港、澳门 is "Hong Kong and Macao" in idiomatic English, which is the term 港澳',
  },
];

describe('terms in the English translation', () => {
  const matcher = createMatcher(glossary);
  const hasEnglish = new Set(
    glossary.filter((t) => t.variants.some((v) => v.script === 'en')).map((t) => t.id),
  );

  it('the English forms find every term of the Chinese passage, or it is a listed exception', () => {
    const missing: { id: string; term: string }[] = [];
    for (const p of passages) {
      const english = new Set(matcher.find(text(p.id, 'en')).map((m) => m.termId));
      const chinese = new Set(matcher.find(p.text).map((m) => m.termId));
      for (const term of chinese) {
        if (hasEnglish.has(term) && !english.has(term)) missing.push({ id: p.id, term });
      }
    }
    expect(missing).toEqual(EXCEPTIONS.map(({ id, term }) => ({ id, term })));
  });

  it('every exception says why', () => {
    for (const e of EXCEPTIONS) expect(e.why.length, `${e.id} ${e.term}`).toBeGreaterThan(20);
  });
});
