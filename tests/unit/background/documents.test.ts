import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchResolutionSetting } from '../../../src/background/documents.ts';
import { handleBackgroundMessage } from '../../../src/background/handlers.ts';
import { openDb } from '../../../src/db/schema.ts';
import type { UserDocument, UserTerm } from '../../../src/documents/types.ts';
import { type DocumentLens, decodeDocumentTerms } from '../../../src/match/document-lens.ts';
import type { TermInfo } from '../../../src/match/term-info.ts';
import { focusItem } from '../../../src/messaging/handoff.ts';
import { resolutionEnabledItem } from '../../../src/settings/items.ts';
import { SETTING_KEYS } from '../../../src/settings/keys.ts';

// The background compiles the reader's documents for pages, and answers cards about their terms.
const TAB = 7;
const fromTab = (): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB, title: 'A tab' } as Browser.tabs.Tab,
  frameId: 0,
  url: 'https://news.example/a',
});
const fromPanel = (): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/sidepanel.html'),
});
const send = (message: Record<string, unknown>, sender = fromTab()) =>
  handleBackgroundMessage(message, sender);

const db = openDb();
const A = 'doc-aaaaaaaa';
const B = 'doc-bbbbbbbb';
const TEXT_A =
  '第一条 为了促进低空经济发展，制定本条例。\n\n第二条 本市支持低空经济与数据跨境流动试点。';

const doc = (id: string, text: string, over: Partial<UserDocument> = {}): UserDocument => ({
  id,
  title: id === A ? '低空经济促进条例' : 'Data Rules',
  text,
  source: { kind: 'paste' },
  added: id === A ? 1 : 2,
  updated: 1,
  enabled: true,
  colour: id === A ? 0 : 1,
  ...over,
});
const term = (docId: string, n: number, name: string, passage = 'p1.s1'): UserTerm => ({
  id: `${docId}.t${n}`,
  docId,
  name,
  forms: [{ form: name, script: /[a-z]/i.test(name) ? 'en' : 'zh-Hans' }],
  passageIds: [`${docId}.${passage}`],
});

const stored = async () =>
  (await fakeBrowser.storage.local.get(SETTING_KEYS.documentLens))[SETTING_KEYS.documentLens] as
    | DocumentLens
    | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  fakeBrowser.sidePanel.open = vi.fn(async () => {}) as typeof fakeBrowser.sidePanel.open;
  await db.documents.clear();
  await db.documentTerms.clear();
  await db.documents.bulkPut([doc(A, TEXT_A), doc(B, 'The Data Exchange Zone opens in May.')]);
  await db.documentTerms.bulkPut([
    term(A, 2, '数据跨境流动', 'p2.s1'),
    term(A, 1, '低空经济', 'p2.s1'),
    term(B, 1, 'Data Exchange Zone'),
  ]);
});

describe('documents-changed', () => {
  it('from an extension page: the enabled documents’ terms are stored for pages', async () => {
    await send({ type: 'documents-changed' }, fromPanel());
    const lens = await stored();
    expect(lens?.docs.map((d) => [d.title, d.colour])).toEqual([
      ['低空经济促进条例', '#c2185b'],
      ['Data Rules', '#6a1b9a'],
    ]);
    const terms = (await fakeBrowser.storage.local.get(SETTING_KEYS.documentLensTerms))[
      SETTING_KEYS.documentLensTerms
    ] as string;
    expect(decodeDocumentTerms(terms).map((t) => t.canonical)).toEqual([
      '低空经济',
      '数据跨境流动',
      'Data Exchange Zone',
    ]);
    expect(lens?.resolution).toBe(true);

    // Switched off, then deleted: gone from pages; with none left, the value goes too.
    await db.documents.update(A, { enabled: false });
    await send({ type: 'documents-changed' }, fromPanel());
    expect((await stored())?.docs.map((d) => d.id)).toEqual([B]);
    await db.documents.delete(B);
    await send({ type: 'documents-changed' }, fromPanel());
    expect(await stored()).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('from a content script: refused, nothing stored', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(send({ type: 'documents-changed' })).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    expect(await stored()).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not accepted from a web page'));
  });

  it('the resolution switched off: stored even without a document, so that pages know', async () => {
    await db.documents.clear();
    watchResolutionSetting();
    await resolutionEnabledItem.setValue(false);
    await vi.waitFor(async () => expect((await stored())?.resolution).toBe(false));
    expect((await stored())?.precheck).toBeNull();
    await resolutionEnabledItem.setValue(true);
    await vi.waitFor(async () => expect(await stored()).toBeUndefined());
  });
});

describe('a document’s term on a page', () => {
  it('its card: how often the document uses it, and the sentence its passage names', async () => {
    const info = (await send({ type: 'term-info', termId: `${A}.t1` })) as TermInfo;
    expect(info.occurrences).toBe(2);
    const original = info.passage?.texts.original;
    expect(original?.text).toBe('第二条 本市支持低空经济与数据跨境流动试点。');
    expect(original?.marks.map(([s, e]) => original.text.slice(s, e))).toEqual(['低空经济']);
    expect(info.passage?.paragraph).toBe(2);
  });

  it('names the other documents keeping the same term: another in Traditional, the resolution', async () => {
    await db.documents.update(B, {
      text: 'The Data Exchange Zone opens in May. 低空經濟 and 南沙方案.',
    });
    await db.documentTerms.bulkPut([
      term(B, 2, '低空經濟', 'p1.s2'),
      term(B, 3, '南沙方案', 'p1.s2'),
    ]);
    await send({ type: 'documents-changed' }, fromPanel());
    const info = (await send({ type: 'term-info', termId: `${A}.t1` })) as TermInfo;
    expect(info.also?.map((x) => [x.termId, x.title, x.occurrences])).toEqual([
      [`${B}.t2`, 'Data Rules', 1],
    ]);
    expect(info.also?.[0]?.passage?.texts.original?.text).toContain('低空經濟');
    // The resolution's term names the document that keeps it, and the document's names the resolution.
    const plan = (await send({ type: 'term-info', termId: 'nansha-plan' })) as TermInfo;
    expect(plan.also?.map((x) => x.termId)).toEqual([`${B}.t3`]);
    const kept = (await send({ type: 'term-info', termId: `${B}.t3` })) as TermInfo;
    expect(kept.also?.map((x) => x.termId)).toEqual(['nansha-plan']);
    expect(kept.also?.[0]?.occurrences).toBeGreaterThan(0);
    // Switched off, a document is no longer named on cards.
    await db.documents.update(B, { enabled: false });
    await send({ type: 'documents-changed' }, fromPanel());
    const alone = (await send({ type: 'term-info', termId: `${A}.t1` })) as TermInfo;
    expect(alone.also).toBeUndefined();
  });

  it('a term no document has: no occurrence, no passage', async () => {
    const info = (await send({ type: 'term-info', termId: `${A}.t9` })) as TermInfo;
    expect(info).toMatchObject({ termId: `${A}.t9`, occurrences: 0 });
    expect(info.passage).toBeUndefined();
  });

  it('a click opens the panel on it; the page report keeps it', async () => {
    expect(await send({ type: 'open-term', termId: `${B}.t1` })).toBe(true);
    await vi.waitFor(async () => expect((await focusItem.getValue())?.termId).toBe(`${B}.t1`));
    send({
      type: 'page-terms',
      report: {
        url: 'https://news.example/a',
        title: 'x',
        terms: [
          { termId: `${B}.t1`, count: 2, order: 0 },
          { termId: 'no-such-term', count: 1, order: 1 },
        ],
      },
    });
    await vi.waitFor(async () =>
      expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('1'),
    );
  });
});
