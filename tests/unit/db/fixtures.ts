import type { Note } from '../../../src/db/schema.ts';

/** Text that must stay inert wherever it is shown. */
export const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

export function note(id: string, overrides: Partial<Note> = {}): Note {
  return {
    id,
    body: `note ${id}`,
    tags: [],
    termIds: [],
    passageIds: [],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** Notes using every field, in Chinese and English, with HTML and script in every text field. */
export function richNotes(): Note[] {
  return [
    note('0b3c1f9e-8a52-4f7e-9c1d-2f6a7b8c9d0e', {
      body: '**南沙方案**：庆盛枢纽 is the hub.\n\n> 引用\n\n`<code>` stays',
      tags: ['采访', 'policy'],
      termIds: ['nansha-plan', 'qingsheng-hub'],
      passageIds: ['p3.s2'],
      source: {
        url: 'https://news.example.com/a/1.html?id=5',
        originalUrl: 'https://news.example.com/a/1.html?id=5&utm_source=wechat#p2',
        title: '南沙方案一周年 | Example News',
        quote: '粤港澳全面合作',
        selector: {
          type: 'TextQuoteSelector',
          exact: '粤港澳全面合作',
          prefix: '广州南沙深化面向世界的',
          suffix: '总体方案',
        },
        position: { type: 'TextPositionSelector', start: 120, end: 127 },
      },
      createdAt: 1_700_000_000_123,
      updatedAt: 1_700_000_500_456,
    }),
    note('plain-id-2', {
      body: `Body ${PAYLOAD} [click](javascript:alert(1)) <a href="javascript:alert(2)">x</a>`,
      tags: [PAYLOAD, 'tag with space'],
      termIds: ['gba'],
      source: {
        url: 'javascript:alert(document.domain)',
        title: `Title ${PAYLOAD}`,
        quote: `Quote ${PAYLOAD}\nsecond line`,
        selector: { type: 'TextQuoteSelector', exact: PAYLOAD, prefix: PAYLOAD, suffix: PAYLOAD },
      },
      createdAt: 1_700_000_001_000,
      updatedAt: 1_700_000_001_000,
    }),
    note('no-source-3', {
      body: '只有正文的笔记',
      createdAt: 1_700_000_002_000,
      updatedAt: 1_700_000_003_000,
    }),
  ];
}
