import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  type BackgroundMessage,
  LIMITS,
  parseBackgroundMessage,
  tabRequest,
} from '../../src/messaging/contract.ts';

/** The message if the background would take it, as declared; otherwise undefined. */
function asBackgroundMessage(value: unknown): BackgroundMessage | undefined {
  const parsed = parseBackgroundMessage(value);
  return 'message' in parsed ? parsed.message : undefined;
}

import { asTabMessage } from '../../src/messaging/tab-guard.ts';

describe('message contract', () => {
  it('accepts well-formed messages and refuses anything else', () => {
    expect(asBackgroundMessage({ type: 'open-term', termId: 'nansha-plan' })).toEqual({
      type: 'open-term',
      termId: 'nansha-plan',
    });
    expect(asBackgroundMessage({ type: 'open-term' })).toBeUndefined();
    expect(
      asBackgroundMessage({
        type: 'page-terms',
        report: { url: 'http://x/', title: '', terms: [] },
      }),
    ).toBeDefined();
    expect(asBackgroundMessage({ type: 'page-terms', report: {} })).toBeUndefined();
    expect(asBackgroundMessage({ type: 'get-page-terms' })).toBeUndefined();
    expect(asBackgroundMessage(null)).toBeUndefined();
    expect(asTabMessage({ type: 'get-page-terms' })).toEqual({ type: 'get-page-terms' });
    expect(asTabMessage({ type: 'reveal-term', termId: 'gba' })).toBeDefined();
    expect(asTabMessage({ type: 'reveal-term' })).toBeUndefined();
    expect(asTabMessage({ type: 'step-term', direction: 2 })).toBeUndefined();
    expect(asTabMessage({ type: 'open-term', termId: 'gba' })).toBeUndefined();
    expect(asTabMessage('get-page-terms')).toBeUndefined();
  });

  it('refuses oversize payloads and drops fields the contract does not declare', () => {
    const terms = Array.from({ length: LIMITS.terms + 1 }, (_, i) => ({
      termId: `t${i}`,
      count: 1,
      order: i,
    }));
    const report = { url: 'http://x/', title: '', terms };
    expect(asBackgroundMessage({ type: 'page-terms', report })).toBeUndefined();
    expect(asBackgroundMessage({ type: 'open-term', termId: 'x'.repeat(201) })).toBeUndefined();
    const extra = asBackgroundMessage({ type: 'open-term', termId: 'gba', url: 'http://other/' });
    expect(extra).toEqual({ type: 'open-term', termId: 'gba' });
  });

  it('checks the held terms of a page report', () => {
    const report = { url: 'http://x/', title: '', terms: [] };
    const held = [{ termId: 'hong-kong', form: '香港', count: 2 }];
    expect(asBackgroundMessage({ type: 'page-terms', report: { ...report, held } })).toEqual({
      type: 'page-terms',
      report: { ...report, held },
    });
    const negative = [{ termId: 'hong-kong', form: '香港', count: -1 }];
    expect(
      asBackgroundMessage({ type: 'page-terms', report: { ...report, held: negative } }),
    ).toBeUndefined();
    const noForm = [{ termId: 'hong-kong', count: 1 }];
    expect(
      asBackgroundMessage({ type: 'page-terms', report: { ...report, held: noForm } }),
    ).toBeUndefined();
  });

  it('checks a note capture down to its selectors', () => {
    const capture = {
      url: 'http://127.0.0.1/a',
      title: 'A',
      selector: { type: 'TextQuoteSelector', exact: '南沙', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 2 },
    };
    expect(asBackgroundMessage({ type: 'add-note', capture })).toBeDefined();
    const noExact = { ...capture, selector: { ...capture.selector, exact: 3 } };
    expect(asBackgroundMessage({ type: 'add-note', capture: noExact })).toBeUndefined();
    const negative = { ...capture, position: { ...capture.position, start: -1 } };
    expect(asBackgroundMessage({ type: 'add-note', capture: negative })).toBeUndefined();
  });

  it("the content script's guard accepts exactly what the contract's schema accepts", () => {
    const types = tabRequest.options.map((o) => o.entries.type.literal);
    const anyValue = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(1, -1, 0, 2, 1.5, -3, 'gba', '', 'x'.repeat(LIMITS.id + 1), null),
      fc.string(),
      fc.integer(),
    );
    const message = fc.record(
      {
        type: fc.oneof(fc.constantFrom(...types), fc.string()),
        termId: anyValue,
        noteId: anyValue,
        index: anyValue,
        direction: anyValue,
        extra: anyValue,
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(message, (m) => {
        const parsed = v.safeParse(tabRequest, m);
        expect(asTabMessage(m)).toEqual(parsed.success ? parsed.output : undefined);
      }),
      { numRuns: 3_000 },
    );
  });
});
