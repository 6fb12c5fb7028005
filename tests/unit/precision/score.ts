/**
 * Scores the page pipeline on the precision fixtures (decision 093): a label is found when a
 * shown match of the same term overlaps it; a shown match overlapping no label is a false hit.
 */
import { getGlossary } from '../../../src/corpus/glossary.ts';
import { createContextRule } from '../../../src/match/context.ts';
import { createMatcher, type Match } from '../../../src/match/matcher.ts';
import type { Fixture, FixtureLang, Label } from './load.ts';

/** What a page shows of `text`: the matcher's matches that the context rule lets through. */
export function pagePipeline(): (text: string) => Match[] {
  const glossary = getGlossary();
  const matcher = createMatcher(glossary);
  const rule = createContextRule(glossary);
  // Scope: the whole text of the page (one frame).
  return (text) => rule(matcher.find(text), () => text).shown;
}

export interface Miss {
  file: string;
  label: Label;
  /** Shown matches overlapping the label, of other terms or none. */
  got: string[];
  context: string;
}

export interface FalseHit {
  file: string;
  match: Match;
  surface: string;
  context: string;
}

export interface Score {
  /** Labels found / labels, per script of the articles. */
  byLang: Record<FixtureLang, { found: number; total: number }>;
  misses: Miss[];
  /** Matches on articles overlapping no label. */
  falseHits: FalseHit[];
  /** Highlights on trap pages. */
  trapHits: FalseHit[];
  /** Found, but the match's span is not the label's (南沙区 for 南沙 in 南沙区域): reported only. */
  inexact: Miss[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function contextOf(text: string, start: number, end: number, width = 20): string {
  const before = text.slice(Math.max(0, start - width), start);
  const after = text.slice(end, end + width);
  return `${before}[${text.slice(start, end)}]${after}`.replace(/\s+/g, ' ');
}

export function scoreFixtures(
  fixtures: readonly Fixture[],
  show: (text: string) => Match[] = pagePipeline(),
): Score {
  const score: Score = {
    byLang: {
      'zh-Hans': { found: 0, total: 0 },
      'zh-Hant': { found: 0, total: 0 },
      en: { found: 0, total: 0 },
    },
    misses: [],
    falseHits: [],
    trapHits: [],
    inexact: [],
  };
  for (const f of fixtures) {
    const shown = show(f.text);
    const hit = (m: Match): FalseHit => ({
      file: f.file,
      match: m,
      surface: f.text.slice(m.start, m.end),
      context: contextOf(f.text, m.start, m.end),
    });
    if (f.kind === 'trap') {
      score.trapHits.push(...shown.map(hit));
      continue;
    }
    const tally = score.byLang[f.lang];
    for (const label of f.labels) {
      tally.total++;
      const over = shown.filter((m) => overlaps(m, label));
      const same = over.find((m) => m.termId === label.termId);
      const entry = {
        file: f.file,
        label,
        got: over.map((m) => `${f.text.slice(m.start, m.end)}|${m.termId}`),
        context: contextOf(f.text, label.start, label.end),
      };
      if (!same) score.misses.push(entry);
      else {
        tally.found++;
        if (same.start !== label.start || same.end !== label.end) score.inexact.push(entry);
      }
    }
    for (const m of shown) if (!f.labels.some((l) => overlaps(m, l))) score.falseHits.push(hit(m));
  }
  return score;
}

export function recall(t: { found: number; total: number }): number {
  return t.total === 0 ? 1 : t.found / t.total;
}

/** The score as lines a reader can act on. */
export function describeScore(s: Score): string {
  const pct = (t: { found: number; total: number }) =>
    `${(recall(t) * 100).toFixed(1)} % (${t.found}/${t.total})`;
  const zh = {
    found: s.byLang['zh-Hans'].found + s.byLang['zh-Hant'].found,
    total: s.byLang['zh-Hans'].total + s.byLang['zh-Hant'].total,
  };
  const lines = [
    `recall: Simplified ${pct(s.byLang['zh-Hans'])}, Traditional ${pct(s.byLang['zh-Hant'])}, Chinese ${pct(zh)}, English ${pct(s.byLang.en)}`,
    `false hits on articles: ${s.falseHits.length}; highlights on trap pages: ${s.trapHits.length}; found with another span: ${s.inexact.length}`,
    ...s.misses.map(
      (m) =>
        `miss ${m.file}: ${m.label.surface}|${m.label.termId} got [${m.got.join(', ')}] in ${m.context}`,
    ),
    ...s.falseHits.map(
      (h) => `false hit ${h.file}: ${h.surface}|${h.match.termId} in ${h.context}`,
    ),
    ...s.trapHits.map((h) => `trap hit ${h.file}: ${h.surface}|${h.match.termId} in ${h.context}`),
  ];
  return lines.join('\n');
}
