import { describe, expect, it } from 'vitest';
import { groupPageNotes } from '../../../src/panel/notes/page-status.ts';
import { safeHref } from '../../../src/panel/safe-url.ts';
import { note } from '../db/fixtures.ts';

describe('links the panel may make clickable', () => {
  it('only http(s); javascript:, data: and the rest stay text', () => {
    expect(safeHref('https://e.org/a?b=1')).toBe('https://e.org/a?b=1');
    expect(safeHref('http://e.org')).toBe('http://e.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'chrome://settings',
      '<img src=x>',
      '',
      undefined,
    ]) {
      expect(safeHref(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("a page's notes by anchoring status", () => {
  const quote = {
    url: 'https://e.org/a',
    title: 'A',
    selector: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' },
  };
  const notes = [
    note('found', { source: quote }),
    note('gone', { source: quote }),
    note('unknown', { source: quote }),
    note('no-quote', { source: { url: 'https://e.org/a', title: 'A' } }),
  ];

  it('splits found, still looking and orphans; a note without a quote counts as found', () => {
    const byMap = groupPageNotes(
      notes,
      new Map([
        ['found', 'anchored'],
        ['gone', 'orphan'],
      ]),
    );
    expect({
      anchored: byMap.anchored.map((n) => n.id),
      pending: byMap.pending.map((n) => n.id),
      orphans: byMap.orphans.map((n) => n.id),
    }).toEqual({ anchored: ['found', 'no-quote'], pending: ['unknown'], orphans: ['gone'] });
    // A plain object works too; every note is listed somewhere, none dropped.
    const byRecord = groupPageNotes(notes, { found: 'orphan', unknown: 'anchored' });
    expect(byRecord.orphans.map((n) => n.id)).toEqual(['found']);
    expect(byRecord.anchored.length + byRecord.pending.length + byRecord.orphans.length).toBe(4);
  });
});
