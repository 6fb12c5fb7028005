import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  exportMarkdown,
  inertMarkdown,
  markdownTag,
  markdownUrl,
} from '../../../src/db/transfer.ts';
import { note } from './fixtures.ts';

// The Markdown export's pieces, each written out by hand.
describe('escapeMarkdown', () => {
  it('escapes every character Markdown or Obsidian would read', () => {
    for (const c of '\\`*_{}[]<>()#+!|~=&$^') expect(escapeMarkdown(`a${c}b`), c).toBe(`a\\${c}b`);
    expect(escapeMarkdown('a.b-c:d')).toBe('a.b-c:d');
  });

  it('escapes a list or heading start at the start of a line, and joins lines', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('  : def')).toBe('  \\: def');
    expect(escapeMarkdown('12. twelve')).toBe('\\12. twelve');
    expect(escapeMarkdown('3) three')).toBe('3\\) three');
    expect(escapeMarkdown('a - b')).toBe('a - b');
    expect(escapeMarkdown('one\ntwo\r\nthree\rfour')).toBe('one two three four');
    expect(escapeMarkdown('x\n- y')).toBe('x \\- y');
  });
});

describe('markdownUrl', () => {
  it('only http(s), with what would end a link percent-encoded', () => {
    expect(markdownUrl('HTTPS://e.org/a')).toBe('HTTPS://e.org/a');
    expect(markdownUrl('http://e.org/a b(c)<d>[e]\\f`g"h\'i')).toBe(
      'http://e.org/a%20b%28c%29%3Cd%3E%5Be%5D%5Cf%60g%22h%27i',
    );
    expect(markdownUrl('http://e.org/\ta')).toBe('http://e.org/%09a');
    expect(markdownUrl('javascript:alert(1)')).toBeUndefined();
    expect(markdownUrl('ftp://e.org')).toBeUndefined();
    expect(markdownUrl('see https://e.org')).toBeUndefined();
  });
});

describe('markdownTag', () => {
  it('letters, digits, _ - / kept; the rest becomes _; a number gets a leading _', () => {
    expect(markdownTag('采访/policy_1-a')).toBe('#采访/policy_1-a');
    expect(markdownTag('Hong Kong!')).toBe('#Hong_Kong_');
    expect(markdownTag('2035')).toBe('#_2035');
    expect(markdownTag('2035a')).toBe('#2035a');
    expect(markdownTag('a2035')).toBe('#a2035');
  });
});

describe('inertMarkdown', () => {
  it('escapes < and blocks dangerous links outside code, leaves fenced code alone', () => {
    const body = [
      '<b>bold</b> and `<code>` and [x](javascript:alert(1))',
      '[y]( VBScript :run) [z](data:text/html,1) [w](file:///etc) [ok](https://e.org)',
      '[def]: javascript:alert(2)',
      '   [def2]: <data:x>',
      '```js',
      '<script>[a](javascript:1)</script>',
      '~~~',
      '```',
      '<after>',
    ].join('\n');
    expect(inertMarkdown(body).split('\n')).toEqual([
      '\\<b>bold\\</b> and `<code>` and [x](#blocked-javascript:alert(1))',
      '[y]( #blocked-VBScript :run) [z](#blocked-data:text/html,1) [w](#blocked-file:///etc) [ok](https://e.org)',
      '[def]: #blocked-javascript:alert(2)',
      '   [def2]: \\<#blocked-data:x>',
      '```js',
      '<script>[a](javascript:1)</script>',
      '~~~',
      '```',
      '\\<after>',
    ]);
  });

  it('a fence closes only with the same character, at least as long', () => {
    const body = ['~~~~', '<a>', '~~~', '```', '<b>', '~~~~~', '<c>'].join('\n');
    expect(inertMarkdown(body).split('\n')).toEqual([
      '~~~~',
      '<a>',
      '~~~',
      '```',
      '<b>',
      '~~~~~',
      '\\<c>',
    ]);
    // Indented four spaces is no fence.
    expect(inertMarkdown('    ```\n<d>')).toBe('    ```\n\\<d>');
    expect(inertMarkdown('``\n<e>')).toBe('``\n\\<e>');
  });
});

describe('exportMarkdown', () => {
  const corpus = {
    terms: [
      { id: 't1', canonical: 'Term *one*' },
      { id: 't2', canonical: '二' },
    ],
    passage: (id: string) =>
      id === 'p2.s1'
        ? { label: 'P2 S1', text: '短。' }
        : id === 'p10.s1'
          ? { label: 'P10 S1', text: '长'.repeat(81) }
          : undefined,
  };

  it('one note: the singular count; no term, no passage: under Other notes', () => {
    const md = exportMarkdown(
      [note('a', { body: '  body  ', updatedAt: Date.UTC(2024, 4, 6) })],
      corpus,
      Date.UTC(2025, 0, 2),
    );
    expect(md).toBe(
      '# Nansha Lens notes\n\nExported 2025-01-02 · 1 note\n\n## Other notes\n\nbody\n\n2024-05-06\n\n---\n',
    );
  });

  it('terms in glossary order, passages in numeric order, a long passage shortened', () => {
    const n = note('a', {
      body: 'B',
      termIds: ['t2', 't1', 'unknown'],
      passageIds: ['p10.s1', 'p9.s9', 'p2.s1'],
      tags: ['x'],
      updatedAt: 0,
    });
    const md = exportMarkdown([n], corpus, 0);
    const one = md.indexOf('## Term \\*one\\*');
    const two = md.indexOf('## 二');
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
    expect(md).not.toContain('## Other notes');
    const section = md.slice(one, two);
    const p2 = section.indexOf('### P2 S1\n\n*短。*');
    const p9 = section.indexOf('### p9.s9\n\nB');
    const p10 = section.indexOf(`### P10 S1\n\n*${'长'.repeat(80)}…*`);
    expect(p2).toBeGreaterThan(0);
    expect(p9).toBeGreaterThan(p2);
    expect(p10).toBeGreaterThan(p9);
    expect(section).toContain('B\n\n#x 1970-01-01\n\n---');
  });

  it('newest first; a page quote line by line; a title or, without one, the URL', () => {
    const old = note('old', {
      body: 'old',
      updatedAt: 1,
      source: { url: 'https://e.org/a', title: '', quote: 'q1\nq2' },
    });
    const young = note('young', {
      body: 'young',
      updatedAt: 2,
      source: { url: 'ftp://e.org/`x`', title: 'T' },
    });
    const md = exportMarkdown([old, young], corpus, 0);
    expect(md.indexOf('young')).toBeLessThan(md.indexOf('old\n'));
    expect(md).toContain('old\n\n> q1\n> q2\n\n— [https://e.org/a](https://e.org/a)\n\n1970-01-01');
    expect(md).toContain("young\n\n— T (`ftp://e.org/'x'`)\n\n1970-01-01");
    expect(md).toContain('Exported 1970-01-01 · 2 notes');
  });
});
