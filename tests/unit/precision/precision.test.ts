/**
 * Issue 17's yardstick: the labelled fixtures (tests/fixtures/precision, decision 093) through
 * the pipeline a page runs — the matcher over the glossary, then the context rule with the page's
 * whole text as its scope. Recall ≥ 99.5 % in Chinese, ≥ 97 % in English, nothing on trap pages.
 */
import { describe, expect, it } from 'vitest';
import { termById } from '../../../src/corpus/glossary.ts';
import { type Fixture, loadFixtures, parseFixture } from './load.ts';
import { describeScore, recall, scoreFixtures } from './score.ts';

const fixtures = loadFixtures();
const score = scoreFixtures(fixtures);
const report = describeScore(score);
console.log(report.split('\n').slice(0, 2).join('\n'));

const count = (f: (x: Fixture) => boolean) => fixtures.filter(f).length;

describe('the precision fixtures', () => {
  it('parse: markers come out of the text, each label covers its surface', () => {
    const f = parseFixture(
      'x.md',
      '---\nlang: zh-Hans\nkind: article\ntitle: t\nnote: n\nhtml: no\n---\n《⟦南沙方案|nansha-plan⟧》在⟦南沙|nansha⟧。\n',
    );
    expect(f.text).toBe('《南沙方案》在南沙。');
    expect(f.labels.map((l) => [l.termId, f.text.slice(l.start, l.end)])).toEqual([
      ['nansha-plan', '南沙方案'],
      ['nansha', '南沙'],
    ]);
    expect(() =>
      parseFixture('y.md', '---\nlang: en\nkind: article\nhtml: no\n---\n⟦GBA|gba\n'),
    ).toThrow(/marker/);
  });

  it('are enough of each kind, and every label names a term of the glossary', () => {
    expect(count((f) => f.kind === 'article' && f.lang === 'zh-Hans')).toBeGreaterThanOrEqual(12);
    expect(count((f) => f.kind === 'article' && f.lang === 'zh-Hant')).toBeGreaterThanOrEqual(10);
    expect(count((f) => f.kind === 'article' && f.lang === 'en')).toBeGreaterThanOrEqual(13);
    expect(count((f) => f.kind === 'trap')).toBeGreaterThanOrEqual(13);
    expect(count((f) => f.html && f.kind === 'trap')).toBeGreaterThanOrEqual(2);
    const unknown = fixtures.flatMap((f) =>
      f.labels
        .filter((l) => termById(l.termId) === undefined)
        .map((l) => `${f.file}: ${l.surface}|${l.termId}`),
    );
    expect(unknown).toEqual([]);
    for (const f of fixtures) {
      expect({ file: f.file, labels: f.kind === 'trap' ? f.labels.length : 'any' }).toEqual({
        file: f.file,
        labels: f.kind === 'trap' ? 0 : 'any',
      });
      for (const l of f.labels) expect(f.text.slice(l.start, l.end)).toBe(l.surface);
    }
  });
});

describe('the score', () => {
  const article = parseFixture(
    'a.md',
    '---\nlang: zh-Hans\nkind: article\ntitle: t\nnote: n\nhtml: no\n---\n⟦粤港澳大湾区规划纲要|gba-outline⟧在⟦南沙|nansha⟧区域，国务院。\n',
  );
  const trap = parseFixture(
    't.md',
    '---\nlang: en\nkind: trap\ntitle: t\nnote: n\nhtml: no\n---\nGBA games\n',
  );
  const at = (text: string, s: string, termId: string) => ({
    termId,
    variant: s,
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
  });

  it('counts a label found by an overlapping match of its term, even with another span', () => {
    const s = scoreFixtures([article], (t) => [
      at(t, '粤港澳大湾区规划纲要', 'gba-outline'),
      at(t, '南沙区', 'nansha'),
    ]);
    expect(s.byLang['zh-Hans']).toEqual({ found: 2, total: 2 });
    expect(s.inexact.map((m) => m.label.surface)).toEqual(['南沙']);
  });

  it('misses a label covered only by another term, and counts unlabelled matches as false hits', () => {
    const s = scoreFixtures([article, trap], (t) =>
      t.startsWith('GBA')
        ? [at(t, 'GBA', 'gba')]
        : [at(t, '粤港澳大湾区', 'gba'), at(t, '国务院', 'state-council')],
    );
    expect(s.byLang['zh-Hans']).toEqual({ found: 0, total: 2 });
    expect(s.misses.map((m) => [m.label.surface, m.got])).toEqual([
      ['粤港澳大湾区规划纲要', ['粤港澳大湾区|gba']],
      ['南沙', []],
    ]);
    expect(s.falseHits.map((h) => h.surface)).toEqual(['国务院']);
    expect(s.trapHits.map((h) => `${h.file}: ${h.surface}`)).toEqual(['t.md: GBA']);
  });
});

describe('the page pipeline on the precision fixtures (issue 17)', () => {
  it('finds ≥ 99.5 % of the Chinese labels (Simplified and Traditional together)', () => {
    const zh = {
      found: score.byLang['zh-Hans'].found + score.byLang['zh-Hant'].found,
      total: score.byLang['zh-Hans'].total + score.byLang['zh-Hant'].total,
    };
    expect(recall(zh), report).toBeGreaterThanOrEqual(0.995);
  });

  it('finds ≥ 97 % of the English labels', () => {
    expect(recall(score.byLang.en), report).toBeGreaterThanOrEqual(0.97);
  });

  it('highlights nothing on pages about something else', () => {
    expect(
      score.trapHits.map((h) => `${h.file}: ${h.surface}|${h.match.termId} in ${h.context}`),
    ).toEqual([]);
  });
});
