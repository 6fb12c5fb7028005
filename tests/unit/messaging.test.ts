import { describe, expect, it } from 'vitest';
import { isBackgroundMessage, isTabMessage } from '../../src/messaging/messages';

describe('message guards', () => {
  it('accept well-formed messages and refuse anything else', () => {
    expect(isBackgroundMessage({ type: 'open-term', termId: 'nansha-plan' })).toBe(true);
    expect(isBackgroundMessage({ type: 'open-term' })).toBe(false);
    expect(
      isBackgroundMessage({
        type: 'page-terms',
        report: { url: 'http://x/', title: '', terms: [] },
      }),
    ).toBe(true);
    expect(isBackgroundMessage({ type: 'page-terms', report: {} })).toBe(false);
    expect(isBackgroundMessage({ type: 'get-page-terms' })).toBe(false);
    expect(isBackgroundMessage(null)).toBe(false);
    expect(isTabMessage({ type: 'get-page-terms' })).toBe(true);
    expect(isTabMessage({ type: 'reveal-term', termId: 'gba' })).toBe(true);
    expect(isTabMessage({ type: 'reveal-term' })).toBe(false);
    expect(isTabMessage('get-page-terms')).toBe(false);
  });
});
