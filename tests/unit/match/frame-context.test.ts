import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/corpus/glossary.ts';
import { FrameContext } from '../../../src/match/frame-context.ts';
import { createMatcher, type Match } from '../../../src/match/matcher.ts';

const matcher = createMatcher(glossary);

/** A frame whose chunks are scanned one by one, as the page's scanner does. */
function frame(initial: string[] = []) {
  const chunks = [...initial];
  let reads = 0;
  const context = new FrameContext(glossary, () => {
    reads++;
    return chunks.join('\n');
  });
  let held: Match[] = [];
  const shown: string[] = [];
  return {
    /** Scans a chunk (it is in the frame's text from now on), then settles. */
    scan(text: string) {
      chunks.push(text);
      context.read(text);
      const sorted = context.sort(matcher.find(text));
      shown.push(...sorted.shown.map((m) => m.variant));
      held.push(...sorted.held);
      const released = context.settle(held);
      shown.push(...released.map((m) => m.variant));
      held = held.filter((m) => !released.includes(m));
    },
    get shown() {
      return shown;
    },
    get held() {
      return held.map((m) => m.variant);
    },
    get reads() {
      return reads;
    },
  };
}

describe('the context rule over a frame scanned in chunks', () => {
  it('holds partner names on a page that has none of the plan’s terms', () => {
    const f = frame();
    f.scan('香港天文台：明日有雨。');
    f.scan('Macau and Hong Kong ferries resume.');
    expect(f.shown).toEqual([]);
    expect(f.held).toEqual(['香港', 'Macau', 'Hong Kong']);
  });

  it('shows held names once a later chunk has an unambiguous term', () => {
    const f = frame();
    f.scan('香港天文台：明日有雨。');
    f.scan('《南沙方案》印发一周年。');
    expect(f.shown).toEqual(['南沙方案', '香港']);
    expect(f.held).toEqual([]);
    // Context stays: a later partner name is shown at once.
    f.scan('澳门青年到访。');
    expect(f.shown.at(-1)).toBe('澳门');
  });

  it('shows GBA when a context word comes later, not before', () => {
    const f = frame();
    f.scan('The GBA turns 25 this year.');
    expect(f.held).toEqual(['GBA']);
    f.scan('Cartridges were cheap then.');
    expect(f.held).toEqual(['GBA']);
    f.scan('Shenzhen factories made many of them.');
    expect(f.shown).toEqual(['GBA']);
    expect(f.held).toEqual([]);
  });

  it('finds a context word that was on the page before the ambiguous form', () => {
    const f = frame(['深圳湾公园的早晨。']);
    f.scan('前海石公园也有人跑步。');
    expect(f.shown).toEqual(['前海']);
  });

  it('reads the frame’s text once, not per chunk, while a term waits for context', () => {
    const f = frame();
    f.scan('The GBA turns 25 this year.');
    for (let i = 0; i < 20; i++) f.scan(`Chapter ${i}: more about cartridges and the GBA.`);
    expect(f.held).toHaveLength(21);
    expect(f.reads).toBe(1);
  });

  it('never reads the frame’s text for names that only a term of the plan can show', () => {
    const f = frame();
    for (let i = 0; i < 5; i++) f.scan(`香港新闻第${i}条`);
    expect(f.reads).toBe(0);
    expect(f.held).toHaveLength(5);
  });

  it('holds 南沙区 on a page about Sansha city, even where its sentence does not say so', () => {
    const f = frame(['三沙市召开渔业安全生产工作会议。']);
    f.scan('南沙区有关负责人介绍了岛礁补给情况。');
    expect(f.shown).toEqual([]);
    expect(f.held).toEqual(['南沙区']);
    // A term of the plan in the same frame shows it: the page is about Guangzhou's Nansha too.
    f.scan('会议还提到《南沙方案》。');
    expect(f.shown).toEqual(['南沙方案', '南沙区']);
  });

  it('shows 南沙区 on a page without Sansha, and holds 国务院 on one naming the US State Department', () => {
    const gz = frame();
    gz.scan('南沙区有关负责人介绍了招商情况。');
    expect(gz.shown).toEqual(['南沙区']);
    const us = frame(['美国国务院发布签证新规。']);
    us.scan('国务院回应称，正在提高效率。');
    expect(us.shown).toEqual([]);
    expect(us.held).toEqual(['国务院']);
  });
});
