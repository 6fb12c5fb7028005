import { describe, expect, it } from 'vitest';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  parseImport,
  parseImportFile,
} from '../../../src/db/validate.ts';
import {
  exportWebAnnotations,
  idFromIri,
  noteIri,
  noteToAnnotation,
} from '../../../src/db/webannotation.ts';
import { note } from './fixtures.ts';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The problems of a refused file (fails the test when the file is accepted). */
function problemsOf(text: string): string[] {
  try {
    parseImport(text, 5);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).name).toBe('ImportError');
    expect((e as Error).message).toBe((e as ImportError).problems.join('\n'));
    return (e as ImportError).problems;
  }
  throw new Error('accepted');
}

const own = (notes: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'nansha-lens-notes', version: 1, exportedAt: 1, notes, ...extra });

const annotation = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'Annotation',
  target: 'https://e.org/a',
  ...extra,
});

describe('our JSON format: the header and the records', () => {
  it('names a wrong header field, and a wrong version that is not a number', () => {
    expect(problemsOf(own([], { exportedAt: 'today' }))).toEqual([
      'exportedAt: expected number, got "today"',
    ]);
    expect(problemsOf(own([], { exportedAt: -1 }))).toEqual(['exportedAt: expected >=0, got -1']);
    expect(problemsOf(own([], { exportedAt: 8.64e15 + 1 }))).toHaveLength(1);
    expect(problemsOf(own([], { notes: {} }))).toEqual(['notes: expected Array, got Object']);
    expect(problemsOf(own([], { version: null }))).toEqual(['version: expected number, got null']);
    expect(problemsOf(own([], { version: [1] }))).toEqual(['version: expected number, got array']);
    expect(problemsOf(own([], { version: undefined }))).toEqual([
      'version: expected number, got undefined',
    ]);
  });

  it('lists at most ten problems, the first ones in file order', () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ ...note(`n${i}`), body: i }));
    const problems = problemsOf(own(bad));
    expect(problems).toHaveLength(10);
    expect(problems[0]).toBe('notes[0] (id "n0").body: expected string, got 0');
    expect(problems[9]).toBe('notes[9] (id "n9").body: expected string, got 9');
    // Duplicates are capped the same way.
    const dupes = Array.from({ length: 30 }, () => note('same'));
    const d = problemsOf(own(dupes));
    expect(d).toHaveLength(10);
    expect(d[9]).toBe('notes[10] (id "same") has the same id as notes[0] (id "same")');
  });

  it('labels a record by its id only when the id is a readable string', () => {
    const long = 'x'.repeat(81);
    expect(problemsOf(own([{ ...note('a'), id: 7 }]))).toEqual([
      'notes[0].id: expected string, got 7',
    ]);
    expect(problemsOf(own([{ ...note(long), body: 1 }]))).toEqual([
      'notes[0].body: expected string, got 1',
    ]);
    const at80 = 'y'.repeat(80);
    expect(problemsOf(own([{ ...note(at80), body: 1 }]))).toEqual([
      `notes[0] (id "${at80}").body: expected string, got 1`,
    ]);
    expect(problemsOf(own([null]))[0]).toBe('notes[0]: expected Object, got null');
    expect(problemsOf(own([{ ...note(''), body: 'x' }]))).toEqual([
      'notes[0] (id "").id: expected >=1, got 0',
    ]);
  });

  it('checks a position selector: whole numbers, end not before start; an equal end is fine', () => {
    const withPosition = (start: unknown, end: unknown) =>
      own([
        note('p', {
          source: {
            url: 'https://e.org/a',
            title: 't',
            position: { type: 'TextPositionSelector', start, end } as never,
          },
        }),
      ]);
    expect(parseImport(withPosition(3, 3)).notes[0]?.source?.position).toEqual({
      type: 'TextPositionSelector',
      start: 3,
      end: 3,
    });
    expect(problemsOf(withPosition(4, 3))).toEqual([
      'notes[0] (id "p").source.position: end is before start',
    ]);
    expect(problemsOf(withPosition(1.5, 3))).toHaveLength(1);
    expect(problemsOf(withPosition(-1, 3))).toHaveLength(1);
  });

  it('accepts a good file, with its page URLs normalised and the original kept', () => {
    const parsed = parseImport(
      own([
        note('a', { source: { url: 'https://E.org/a?utm_source=x#f', title: 'T' } }),
        note('b'),
      ]),
    );
    expect(parsed.format).toBe('json');
    expect(parsed.notes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(parsed.notes[0]?.source?.url).toBe('https://e.org/a');
    expect(parsed.notes[1]).toEqual(note('b'));
  });

  it('reads a small file from a Blob; refuses one just over the limit by its size', async () => {
    const parsed = await parseImportFile(new Blob([own([note('a')])]));
    expect(parsed.notes).toHaveLength(1);
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    const over = { size: MAX_IMPORT_BYTES + 1, text: async () => own([]) } as Blob;
    await expect(parseImportFile(over)).rejects.toThrow('The file is 20.0 MB; files up to 20.0 MB');
    const at = { size: MAX_IMPORT_BYTES, text: async () => own([]) } as Blob;
    await expect(parseImportFile(at)).resolves.toMatchObject({ notes: [] });
  });

  it('an unknown format is quoted, at most 80 characters of it', () => {
    const name = 'f'.repeat(200);
    expect(problemsOf(JSON.stringify({ format: name }))).toEqual([
      `Unknown format ${JSON.stringify(name).slice(0, 80)}: not a Nansha Lens export.`,
    ]);
    expect(problemsOf(JSON.stringify({ format: 3 }))).toEqual([
      'Unknown format 3: not a Nansha Lens export.',
    ]);
    expect(problemsOf('{"a":')[0]).toMatch(/^The file is not valid JSON \(is it complete\?\): ./);
  });
});

describe('W3C files: how they are recognised and read', () => {
  it('recognises the context alone, in a list, or any annotation type; not a plain object', () => {
    const one = annotation('urn:uuid:1');
    // With the context but no type, it is read as a collection (and has no pages).
    const linked =
      'This annotation collection links its pages instead of including them: export it with the annotations embedded.';
    const unknown = 'This is neither a Nansha Lens export nor a W3C Web Annotation file.';
    expect(problemsOf(JSON.stringify({ ...one, type: undefined, '@context': CONTEXT }))).toEqual([
      linked,
    ]);
    expect(
      problemsOf(JSON.stringify({ ...one, type: undefined, '@context': ['x', CONTEXT] })),
    ).toEqual([linked]);
    expect(problemsOf(JSON.stringify({ ...one, type: undefined, '@context': 'x' }))).toEqual([
      unknown,
    ]);
    expect(problemsOf(JSON.stringify({ ...one, type: undefined, '@context': ['x'] }))).toEqual([
      unknown,
    ]);
    expect(problemsOf(JSON.stringify({ ...one, type: 'Other' }))).toEqual([unknown]);
    expect(problemsOf(JSON.stringify({ ...one, type: ['Other'] }))).toEqual([unknown]);
    // Any of the three types, alone or among others.
    const read = parseImport(JSON.stringify({ ...one, type: ['oa:X', 'Annotation'] }));
    expect(read).toMatchObject({ format: 'w3c', notes: [{ id: '1' }] });
    expect(
      problemsOf(JSON.stringify({ type: ['AnnotationCollection'], first: 'https://e.org/1' })),
    ).toEqual([linked]);
    expect(
      parseImport(JSON.stringify({ type: 'AnnotationPage', items: [one] })).notes,
    ).toHaveLength(1);
  });

  it('a page without items, a collection without pages', () => {
    expect(problemsOf(JSON.stringify({ type: 'AnnotationPage', items: {} }))).toEqual([
      '(page).items: expected array, got object',
    ]);
    expect(problemsOf(JSON.stringify({ type: 'AnnotationPage' }))).toEqual([
      '(page).items: expected array, got undefined',
    ]);
    expect(problemsOf(JSON.stringify({ type: 'AnnotationCollection' }))).toEqual([
      'This annotation collection links its pages instead of including them: export it with the annotations embedded.',
    ]);
    expect(
      problemsOf(JSON.stringify({ type: 'AnnotationCollection', first: { next: {} } })),
    ).toEqual(['first.items: expected array, got undefined']);
    expect(
      problemsOf(
        JSON.stringify({ type: 'AnnotationCollection', first: { items: [], next: { items: 1 } } }),
      ),
    ).toEqual(['first.next.items: expected array, got number']);
  });

  it('numbers records across embedded pages; one page is "first.items"', () => {
    const bad = { id: 'urn:uuid:bad', type: 'Annotation' };
    const twoPages = {
      type: 'AnnotationCollection',
      first: {
        items: [annotation('urn:uuid:a')],
        next: { items: [annotation('urn:uuid:b'), bad], next: 'https://e.org/p3' },
      },
    };
    expect(problemsOf(JSON.stringify(twoPages))).toEqual([
      'items[2] (id "urn:uuid:bad").target: missing',
    ]);
    const good = { ...twoPages, first: { ...twoPages.first, next: { items: [annotation('b')] } } };
    expect(parseImport(JSON.stringify(good)).notes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(
      problemsOf(JSON.stringify({ type: 'AnnotationCollection', first: { items: [bad] } })),
    ).toEqual(['first.items[0] (id "urn:uuid:bad").target: missing']);
    expect(problemsOf(JSON.stringify([bad]))).toEqual(['[0] (id "urn:uuid:bad").target: missing']);
    expect(problemsOf(JSON.stringify(bad))).toEqual(['[0] (id "urn:uuid:bad").target: missing']);
    expect(problemsOf(JSON.stringify({ type: 'AnnotationPage', items: [bad] }))).toEqual([
      'items[0] (id "urn:uuid:bad").target: missing',
    ]);
  });

  it('refuses more than 50,000 annotations across pages', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => i);
    const file = {
      type: 'AnnotationCollection',
      first: { items: many, next: { items: many } },
    };
    expect(problemsOf(JSON.stringify(file))).toEqual([
      'The file holds 60,000 notes; at most 50,000 can be imported at once.',
    ]);
    expect(problemsOf(JSON.stringify(Array.from({ length: 50_001 }, () => 0)))).toEqual([
      'The file holds 50,001 notes; at most 50,000 can be imported at once.',
    ]);
  });

  it('stops at ten problems, three per annotation at most', () => {
    const bad = Array.from({ length: 20 }, (_, i) => ({
      id: `urn:uuid:${i}`,
      created: 'x',
      modified: 'y',
      body: 5,
      bodyValue: 6,
    }));
    const problems = problemsOf(JSON.stringify(bad));
    expect(problems).toHaveLength(10);
    expect(problems.slice(0, 4)).toEqual([
      '[0] (id "urn:uuid:0").created: not a date',
      '[0] (id "urn:uuid:0").modified: not a date',
      expect.stringMatching(/^\[0\] \(id "urn:uuid:0"\)\.body: /),
      '[1] (id "urn:uuid:1").created: not a date',
    ]);
    const dupes = problemsOf(JSON.stringify([annotation('urn:uuid:x'), annotation('urn:uuid:x')]));
    expect(dupes).toEqual(['[1] (id "urn:uuid:x") has the same id as [0] (id "urn:uuid:x")']);
  });

  it('selectors: a quote needs exact; a position needs start ≤ end', () => {
    const withSelector = (selector: unknown) =>
      JSON.stringify([annotation('urn:uuid:s', { target: { source: 'https://e.org', selector } })]);
    expect(problemsOf(withSelector({ type: 'TextPositionSelector', start: 1 }))).toEqual([
      '[0] (id "urn:uuid:s").target.selector: a TextPositionSelector needs whole numbers start ≤ end',
    ]);
    expect(problemsOf(withSelector({ type: 'TextPositionSelector', end: 1 }))).toHaveLength(1);
    expect(
      problemsOf(withSelector({ type: 'TextPositionSelector', start: 2, end: 1 })),
    ).toHaveLength(1);
    const ok = parseImport(withSelector([{ type: 'TextPositionSelector', start: 2, end: 2 }]));
    expect(ok.notes[0]?.source?.position).toEqual({
      type: 'TextPositionSelector',
      start: 2,
      end: 2,
    });
    // Other selector types pass through unread.
    const other = parseImport(withSelector({ type: 'CssSelector', value: '#a' }));
    expect(other.notes[0]?.source).toEqual({
      url: 'https://e.org/',
      originalUrl: 'https://e.org',
      title: '',
    });
  });
});

describe('W3C annotations to notes', () => {
  const read = (a: Record<string, unknown>) => parseImport(JSON.stringify(a), 5).notes[0];

  it('dates: created and modified stand in for each other, else the import time', () => {
    const c = '2024-01-01T00:00:00.000Z';
    const m = '2024-02-01T00:00:00.000Z';
    expect(read(annotation('a', { created: c }))).toMatchObject({
      createdAt: Date.parse(c),
      updatedAt: Date.parse(c),
    });
    expect(read(annotation('a', { modified: m }))).toMatchObject({
      createdAt: Date.parse(m),
      updatedAt: Date.parse(m),
    });
    expect(read(annotation('a', { created: c, modified: m }))).toMatchObject({
      createdAt: Date.parse(c),
      updatedAt: Date.parse(m),
    });
    expect(read(annotation('a'))).toMatchObject({ createdAt: 5, updatedAt: 5 });
  });

  it('the body: the first non-tagging text, else bodyValue; tags are the tagging texts', () => {
    expect(
      read(
        annotation('a', {
          body: [
            'https://e.org/link-body',
            { type: 'TextualBody', value: 't1', purpose: 'tagging' },
            { type: 'SpecificResource', purpose: 'describing' },
            { type: 'TextualBody', value: 'the comment', purpose: 'describing' },
            { type: 'TextualBody', value: 'later', purpose: 'commenting' },
            { type: 'TextualBody', purpose: 'tagging' },
            { type: 'TextualBody', value: 't2', purpose: 'tagging' },
          ],
        }),
      ),
    ).toMatchObject({ body: 'the comment', tags: ['t1', 't2'] });
    expect(read(annotation('a', { bodyValue: 'plain' }))).toMatchObject({
      body: 'plain',
      tags: [],
    });
    expect(read(annotation('a', { body: { value: 'one', type: 'TextualBody' } }))?.body).toBe(
      'one',
    );
    expect(read(annotation('a', { body: 'https://e.org/x' }))?.body).toBe('');
    expect(read(annotation('a'))).toMatchObject({
      body: '',
      tags: [],
      termIds: [],
      passageIds: [],
    });
  });

  it('the target: the first page among the targets; a resolution note has no source', () => {
    const n = read(
      annotation('a', {
        target: [
          'urn:nansha-lens:resolution',
          {
            source: 'https://e.org/p',
            selector: [
              { type: 'TextPositionSelector', start: 4, end: 9 },
              { type: 'TextQuoteSelector', exact: 'quote', prefix: 'pre' },
            ],
          },
          { source: 'https://e.org/other' },
        ],
      }),
    );
    expect(n?.source).toEqual({
      url: 'https://e.org/p',
      title: '',
      quote: 'quote',
      selector: { type: 'TextQuoteSelector', exact: 'quote', prefix: 'pre', suffix: '' },
      position: { type: 'TextPositionSelector', start: 4, end: 9 },
    });
    expect(read(annotation('a', { target: 'urn:nansha-lens:resolution' }))).not.toHaveProperty(
      'source',
    );
    expect(read(annotation('a', { target: { source: 'https://e.org/p' } }))?.source).toEqual({
      url: 'https://e.org/p',
      title: '',
    });
  });

  it('our own fields win over the selector: title, quote (even none), original URL', () => {
    const target = {
      source: 'https://e.org/p',
      selector: { type: 'TextQuoteSelector', exact: 'from the selector' },
    };
    expect(
      read(annotation('a', { target, 'nansha:source': { title: 'T', quote: 'ours' } }))?.source,
    ).toMatchObject({ title: 'T', quote: 'ours' });
    const noQuote = read(annotation('a', { target, 'nansha:source': { title: 'T' } }))?.source;
    expect(noQuote).not.toHaveProperty('quote');
    expect(noQuote).not.toHaveProperty('originalUrl');
    expect(
      read(
        annotation('a', {
          target,
          'nansha:source': { title: 'T', originalUrl: 'https://e.org/p?utm_source=x' },
          'nansha:termIds': ['nansha-plan'],
          'nansha:passageIds': ['p1.s1'],
        }),
      ),
    ).toMatchObject({
      termIds: ['nansha-plan'],
      passageIds: ['p1.s1'],
      source: { originalUrl: 'https://e.org/p?utm_source=x' },
    });
  });
});

describe('note ids as IRIs', () => {
  it('a UUID (any case) is a urn:uuid; any other id is escaped in our namespace', () => {
    expect(noteIri('0B3C1F9E-8A52-4F7E-9C1D-2F6A7B8C9D0E')).toBe(
      'urn:uuid:0B3C1F9E-8A52-4F7E-9C1D-2F6A7B8C9D0E',
    );
    expect(noteIri('x0b3c1f9e-8a52-4f7e-9c1d-2f6a7b8c9d0e')).toBe(
      'urn:nansha-lens:note:x0b3c1f9e-8a52-4f7e-9c1d-2f6a7b8c9d0e',
    );
    expect(noteIri('0b3c1f9e-8a52-4f7e-9c1d-2f6a7b8c9d0e0')).toMatch(/^urn:nansha-lens:note:/);
    expect(noteIri('a b/é')).toBe('urn:nansha-lens:note:a%20b%2F%C3%A9');
    expect(idFromIri('urn:nansha-lens:note:a%20b%2F%C3%A9')).toBe('a b/é');
    expect(idFromIri('urn:uuid:abc')).toBe('abc');
    expect(idFromIri('urn:nansha-lens:note:%E0%A4%A')).toBe('urn:nansha-lens:note:%E0%A4%A');
    expect(idFromIri('https://hypothes.is/a/1')).toBe('https://hypothes.is/a/1');
  });

  it('a page source with only a position, or no selector, exports just that', () => {
    const position = { type: 'TextPositionSelector' as const, start: 1, end: 2 };
    expect(
      noteToAnnotation(note('a', { source: { url: 'https://e.org', title: 't', position } }))
        .target,
    ).toEqual({ source: 'https://e.org', selector: [position] });
    const bare = noteToAnnotation(note('a', { source: { url: 'https://e.org', title: 't' } }));
    expect(bare.target).toEqual({ source: 'https://e.org' });
    expect(bare['nansha:source']).toEqual({ title: 't' });
    expect(noteToAnnotation(note('a'))).not.toHaveProperty('nansha:source');
    const c = exportWebAnnotations([note('b'), note('a')]);
    expect(c).toMatchObject({
      '@context': [CONTEXT, { nansha: 'urn:nansha-lens:' }],
      label: 'Nansha Lens notes',
      total: 2,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
  });
});
