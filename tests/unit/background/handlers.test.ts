import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NoteCapture } from '../../../src/anchor/types.ts';
import { handleBackgroundMessage } from '../../../src/background/handlers.ts';
import { termById } from '../../../src/corpus/glossary.ts';
import { type Note, openDb } from '../../../src/db/schema.ts';
import { clearSightings } from '../../../src/db/sightings.ts';
import type { PageReport } from '../../../src/match/report.ts';
import type { TermInfo } from '../../../src/match/term-info.ts';
import type { BackgroundMessage } from '../../../src/messaging/contract.ts';
import { draftItem, focusItem, openNoteItem } from '../../../src/messaging/handoff.ts';
import { respond } from '../../../src/messaging/send.ts';
import { passageLanguageItem, recordSightingsItem } from '../../../src/settings/items.ts';
import { note } from '../db/fixtures.ts';

const TAB = 7;
/** The page the sending content script is on, as the browser reports it. */
const PAGE = 'https://news.example/a';
/** A content script in a frame of tab TAB, as the browser describes it. */
const fromTab = (frameId = 0, url = PAGE): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB, title: 'The tab’s title' } as Browser.tabs.Tab,
  frameId,
  url,
});
/** A page of this extension (the panel, the options page). */
const noTab = (): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/sidepanel.html'),
});

// Any object: tests send malformed messages too.
const send = (message: Record<string, unknown>, sender = fromTab()) =>
  handleBackgroundMessage(message, sender);

const db = openDb();

function report(url: string, termIds: string[]): PageReport {
  return {
    url,
    title: 'A page',
    terms: termIds.map((termId, order) => ({ termId, count: 1, order })),
  };
}

const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
const settle = () => new Promise((r) => setTimeout(r, 50));

// fakeBrowser has no side panel: a stub that opens at once.
let openSidePanel: ReturnType<typeof vi.fn>;

/** A note quoting a page at `url`. */
function quoted(id: string, url: string): Note {
  return note(id, {
    source: {
      url,
      title: 'A page',
      quote: '南沙',
      selector: { type: 'TextQuoteSelector', exact: '南沙', prefix: '', suffix: '' },
    },
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  openSidePanel = vi.fn(async () => {});
  fakeBrowser.sidePanel.open = openSidePanel as typeof fakeBrowser.sidePanel.open;
  await clearSightings(db);
  await db.notes.clear();
});

describe('open-term', () => {
  it('opens the panel on the sending tab and hands it the term with that tab', async () => {
    expect(await send({ type: 'open-term', termId: 'nansha-plan' })).toBe(true);
    expect(openSidePanel).toHaveBeenCalledExactlyOnceWith({ tabId: TAB });
    await vi.waitFor(async () =>
      expect(await focusItem.getValue()).toEqual({
        termId: 'nansha-plan',
        tabId: TAB,
        at: expect.any(Number),
      }),
    );
  });

  it('answers false when the panel does not open, and still hands over the term', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    openSidePanel.mockRejectedValueOnce(new Error('not in a user gesture'));
    expect(await send({ type: 'open-term', termId: 'gba' })).toBe(false);
    await vi.waitFor(async () => expect((await focusItem.getValue())?.termId).toBe('gba'));
  });

  it('from an extension page: refused (a content script’s message), no panel, no term handed over', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(send({ type: 'open-term', termId: 'nansha-plan' }, noTab())).toBeUndefined();
    await settle();
    expect(openSidePanel).not.toHaveBeenCalled();
    expect(await focusItem.getValue()).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('not accepted from an extension page'),
    );
  });

  it('an id that is no term opens nothing', async () => {
    expect(send({ type: 'open-term', termId: 'no-such-term' })).toBeUndefined();
    await settle();
    expect(openSidePanel).not.toHaveBeenCalled();
    expect(await focusItem.getValue()).toBeNull();
  });
});

describe('add-note and open-note', () => {
  const capture: NoteCapture = {
    url: 'http://127.0.0.1/news',
    title: 'News',
    selector: { type: 'TextQuoteSelector', exact: '南沙', prefix: '推动', suffix: '开发' },
    position: { type: 'TextPositionSelector', start: 10, end: 12 },
  };

  it('add-note opens the panel and puts the capture, with its tab, into the draft', async () => {
    expect(await send({ type: 'add-note', capture })).toBe(true);
    expect(openSidePanel).toHaveBeenCalledExactlyOnceWith({ tabId: TAB });
    await vi.waitFor(async () =>
      expect(await draftItem.getValue()).toEqual({
        ...capture,
        // The page the browser says sent it, not the one the capture names.
        url: PAGE,
        tabId: TAB,
        at: expect.any(Number),
      }),
    );
  });

  it('open-note opens the panel and hands it the note taken on the sender’s page', async () => {
    await db.notes.put(quoted('n1', PAGE));
    expect(await send({ type: 'open-note', noteId: 'n1' })).toBe(true);
    expect(openSidePanel).toHaveBeenCalledExactlyOnceWith({ tabId: TAB });
    await vi.waitFor(async () =>
      expect(await openNoteItem.getValue()).toEqual({ noteId: 'n1', at: expect.any(Number) }),
    );
  });

  it('open-note of a note taken on another page hands nothing over', async () => {
    await db.notes.put(quoted('elsewhere', 'https://other.example/private'));
    expect(await send({ type: 'open-note', noteId: 'elsewhere' })).toBe(true);
    await settle();
    expect(await openNoteItem.getValue()).toBeNull();
  });

  it('from an extension page neither opens the panel nor hands anything over', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(send({ type: 'add-note', capture }, noTab())).toBeUndefined();
    expect(send({ type: 'open-note', noteId: 'n1' }, noTab())).toBeUndefined();
    await settle();
    expect(openSidePanel).not.toHaveBeenCalled();
    expect(await draftItem.getValue()).toBeNull();
    expect(await openNoteItem.getValue()).toBeNull();
  });
});

describe('page-terms', () => {
  const url = 'https://news.example/a';

  it('from the top frame: a sighting of the page, and the badge counts its terms', async () => {
    expect(send({ type: 'page-terms', report: report(url, ['nansha-plan', 'gba']) })).toBe(
      undefined,
    );
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    await vi.waitFor(async () =>
      expect(await db.sightings.get(url)).toMatchObject({
        url,
        termIds: ['nansha-plan', 'gba'],
        counts: { 'nansha-plan': 1, gba: 1 },
      }),
    );
  });

  it('from a child frame: the badge counts distinct terms over all frames; no sighting', async () => {
    send({ type: 'page-terms', report: report(url, ['nansha-plan', 'gba']) });
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    await vi.waitFor(async () => expect(await db.sightings.count()).toBe(1));

    const child = 'https://frames.example/child';
    send(
      { type: 'page-terms', report: report(child, ['gba', 'hengqin', 'qianhai']) },
      fromTab(3, child),
    );
    // gba is in both frames: nansha-plan, gba, hengqin, qianhai.
    await vi.waitFor(async () => expect(await badge()).toBe('4'));
    await settle();
    expect(await db.sightings.get(child)).toBeUndefined();
    expect(await db.sightings.count()).toBe(1);
  });

  it('a frame that reports no terms any more takes its terms off the badge', async () => {
    send({ type: 'page-terms', report: report(url, ['nansha-plan']) });
    send({ type: 'page-terms', report: report(url, ['gba']) }, fromTab(3));
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    send({ type: 'page-terms', report: report(url, []) }, fromTab(3));
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    send({ type: 'page-terms', report: report(url, []) });
    await vi.waitFor(async () => expect(await badge()).toBe(''));
  });

  it('records no sighting when the user turned sightings off (the badge still counts)', async () => {
    await recordSightingsItem.setValue(false);
    send({ type: 'page-terms', report: report(url, ['nansha-plan']) });
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    await settle();
    expect(await db.sightings.count()).toBe(0);
  });

  it('from an extension page: no badge, no sighting', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    expect(send({ type: 'page-terms', report: report(url, ['nansha-plan']) }, noTab())).toBe(
      undefined,
    );
    await settle();
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(await db.sightings.count()).toBe(0);
  });
});

describe('term-info', () => {
  const resolutionText = readFileSync(
    join(import.meta.dirname, '../../../src/corpus/resolution.zh-CN.txt'),
    'utf8',
  );

  /** Occurrences of any of `forms` in `text`, longest first, each character counted once. */
  function countForms(text: string, forms: string[]): { count: number; first: number } {
    let rest = text;
    let count = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      for (let at = rest.indexOf(form); at >= 0; at = rest.indexOf(form, at + form.length)) {
        count++;
        first = Math.min(first, at);
        rest = rest.slice(0, at) + '\0'.repeat(form.length) + rest.slice(at + form.length);
      }
    }
    return { count, first };
  }

  it('answers how often 南沙方案 occurs in the resolution, and its first passage', async () => {
    const term = termById('nansha-plan');
    expect(term?.canonical).toBe('南沙方案');
    const forms = (term?.variants ?? []).filter((v) => v.script === 'zh-Hans').map((v) => v.form);
    const expected = countForms(resolutionText, forms);
    // 《南沙方案》 seven times, the plan's full title twice.
    expect(expected.count).toBe(9);

    const info = (await send({ type: 'term-info', termId: 'nansha-plan' })) as TermInfo;
    expect(info.termId).toBe('nansha-plan');
    expect(info.occurrences).toBe(expected.count);

    // The passage is the resolution's sentence with the term's first occurrence in it.
    const passage = info.passage?.texts.original;
    if (!passage) throw new Error('no passage');
    const at = resolutionText.indexOf(passage.text);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(expected.first).toBeGreaterThanOrEqual(at);
    expect(expected.first).toBeLessThan(at + passage.text.length);
    expect(info.passage?.paragraph).toBe(1);
    expect(info.shown).toBe('original');
    // Its marks are the term's forms in it.
    expect(passage.marks.length).toBeGreaterThan(0);
    for (const [start, end] of passage.marks)
      expect(forms).toContain(passage.text.slice(start, end));
  });

  it('the same passage in English and Traditional, the term marked in each', async () => {
    const info = (await send({
      type: 'term-info',
      termId: 'nansha-plan',
      language: 'en',
      region: 'hk',
    })) as TermInfo;
    expect(info.auto).toBe('en');
    expect(info.shown).toBe('en');
    const en = info.passage?.texts.en;
    const hant = info.passage?.texts['zh-Hant'];
    if (!en || !hant) throw new Error('missing a language');
    expect(en.lang).toBe('en');
    expect(en.translated).toBe(true);
    expect(en.marks.map(([s, e]) => en.text.slice(s, e))).toContain('Nansha Plan');
    expect(hant.lang).toBe('zh-HK');
    expect(hant.marks.length).toBeGreaterThan(0);
    for (const [s, e] of hant.marks) expect(hant.text.slice(s, e)).toMatch(/南沙方案|總體方案/);
  });

  it('a language picked on a card is what the next card shows for that language only', async () => {
    await send({ type: 'passage-language', auto: 'en', chosen: 'original' });
    await vi.waitFor(async () =>
      expect(await passageLanguageItem.getValue()).toEqual({ en: 'original' }),
    );
    const english = (await send({ type: 'term-info', termId: 'gba', language: 'en' })) as TermInfo;
    expect(english.shown).toBe('original');
    const hant = (await send({
      type: 'term-info',
      termId: 'gba',
      language: 'zh-Hant',
    })) as TermInfo;
    expect(hant.shown).toBe('zh-Hant');
    // Picking the auto language again forgets the choice.
    await send({ type: 'passage-language', auto: 'en', chosen: 'en' });
    await vi.waitFor(async () => expect(await passageLanguageItem.getValue()).toEqual({}));
  });

  it('refuses a language that is not one of the three', async () => {
    expect(await send({ type: 'passage-language', auto: 'en', chosen: 'fr' })).toBeUndefined();
    expect(await passageLanguageItem.getValue()).toEqual({});
  });

  it('an id that is no term: no occurrence, no passage', async () => {
    expect(await send({ type: 'term-info', termId: 'no-such-term' })).toEqual({
      termId: 'no-such-term',
      occurrences: 0,
      auto: 'original',
      shown: 'original',
    });
  });
});

describe('respond: how a handler result reaches the sender', () => {
  it('a plain value is answered at once, and the channel is not kept open', () => {
    const sendResponse = vi.fn();
    expect(respond({ termId: 'gba' }, sendResponse)).toBeUndefined();
    expect(sendResponse).toHaveBeenCalledExactlyOnceWith({ termId: 'gba' });
  });

  it('undefined is no answer from this listener', () => {
    const sendResponse = vi.fn();
    expect(respond(undefined, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('a Promise keeps the channel open (true) and is answered when it resolves', async () => {
    const sendResponse = vi.fn();
    let resolve: (value: unknown) => void = () => {};
    const reply = new Promise((r) => {
      resolve = r;
    });
    expect(respond(reply, sendResponse)).toBe(true);
    await Promise.resolve();
    expect(sendResponse).not.toHaveBeenCalled();
    resolve(false);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledExactlyOnceWith(false));
  });

  it('a rejected Promise is answered with undefined, so the sender is not left waiting', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sendResponse = vi.fn();
    expect(respond(Promise.reject(new Error('db closed')), sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledExactlyOnceWith(undefined));
    expect(error).toHaveBeenCalled();
  });
});

describe('the sender, not the message: what a forged or oversized message gets', () => {
  const OTHER = 'https://other.example/private';
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  const refusedFor = (text: string) =>
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(text));

  it('page-notes naming another page’s URL gets the notes of the sender’s page only', async () => {
    await db.notes.bulkPut([quoted('mine', PAGE), quoted('theirs', OTHER)]);
    const asked = (await send({ type: 'page-notes', url: OTHER })) as { id: string }[];
    expect(asked.map((q) => q.id)).toEqual(['mine']);
    const fromOther = (await send({ type: 'page-notes' }, fromTab(0, OTHER))) as { id: string }[];
    expect(fromOther.map((q) => q.id)).toEqual(['theirs']);
  });

  it('a page report naming another URL is recorded for the sender’s page, with the tab’s title and known terms only', async () => {
    send({
      type: 'page-terms',
      report: { ...report(OTHER, ['nansha-plan', 'made-up-term']), title: 'Forged title' },
    });
    await vi.waitFor(async () => expect(await db.sightings.count()).toBe(1));
    expect(await db.sightings.get(OTHER)).toBeUndefined();
    expect(await db.sightings.get(PAGE)).toMatchObject({
      url: PAGE,
      title: 'The tab’s title',
      termIds: ['nansha-plan'],
    });
    expect(await badge()).toBe('1');
  });

  it('refuses a report with a million terms and a 50 MB text to anchor, saying why', async () => {
    const terms = Array.from({ length: 1_000_000 }, (_, order) => ({
      termId: 'gba',
      count: 1,
      order,
    }));
    expect(send({ type: 'page-terms', report: { url: PAGE, title: 't', terms } })).toBeUndefined();
    refusedFor('report.terms');
    const text = '南'.repeat(50 * 1024 * 1024);
    expect(send({ type: 'anchor-quotes', text, quotes: [] })).toBeUndefined();
    refusedFor('text');
    await settle();
    expect(await badge()).toBe('');
    expect(await db.sightings.count()).toBe(0);
    // A million records take seconds to build on a loaded 2-core machine: not a speed test.
  }, 60_000);

  it('refuses malformed messages and unknown types, saying why', () => {
    for (const bad of [
      null,
      'page-notes',
      { type: 'page-terms' },
      { type: 'open-term', termId: 42 },
      { type: 'add-note', capture: { url: PAGE } },
      { type: 'anchor-quotes', text: 'x', quotes: [{ id: 'n' }] },
    ]) {
      warn.mockClear();
      expect(send(bad as Record<string, unknown>)).toBeUndefined();
      expect(warn).toHaveBeenCalledOnce();
    }
  });

  it('no message from a content script changes a stored note; data-changing requests are refused', async () => {
    await db.notes.bulkPut([quoted('mine', PAGE), quoted('theirs', OTHER)]);
    const before = await db.notes.toArray();
    // Every message a content script may send, with a valid payload…
    const capture: NoteCapture = {
      url: OTHER,
      title: 'x',
      selector: { type: 'TextQuoteSelector', exact: '南沙', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 2 },
    };
    const valid: BackgroundMessage[] = [
      { type: 'open-term', termId: 'gba' },
      { type: 'term-info', termId: 'gba' },
      { type: 'passage-language', auto: 'en', chosen: 'original' },
      { type: 'add-note', capture },
      { type: 'open-note', noteId: 'theirs' },
      { type: 'page-notes' },
      { type: 'anchor-quotes', text: '南沙', quotes: [] },
      { type: 'page-terms', report: report(PAGE, ['gba']) },
    ];
    // …and requests a forged or compromised page might try.
    const forged = [
      { type: 'delete-note', noteId: 'theirs' },
      { type: 'import-notes', notes: [] },
      { type: 'clear-sightings' },
      { type: 'toggle-site' },
      { type: 'settings-changed' },
    ];
    for (const m of [...valid, ...forged]) await send(m);
    for (const m of forged) refusedFor(`(${m.type})`);
    await settle();
    expect(await db.notes.toArray()).toEqual(before);
    // The only write: the sighting of the sender's own page.
    expect((await db.sightings.toArray()).map((s) => s.url)).toEqual([PAGE]);
  });

  it('refuses a sender that is no frame of a tab, or another extension', () => {
    const message = { type: 'term-info', termId: 'gba' };
    expect(send(message, { id: fakeBrowser.runtime.id })).toBeUndefined();
    expect(send(message, { ...fromTab(), id: 'another-extension' })).toBeUndefined();
    expect(send(message, { ...fromTab(), tab: undefined })).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    refusedFor('not from a frame of a tab or a page of this extension');
  });
});
