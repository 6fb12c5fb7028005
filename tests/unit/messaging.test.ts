import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/messaging/messages';

describe('isMessage', () => {
  it('accepts an open-term message and refuses anything else', () => {
    expect(isMessage({ type: 'open-term', termId: 'nansha-plan' })).toBe(true);
    expect(isMessage({ type: 'open-term' })).toBe(false);
    expect(isMessage({ type: 'other', termId: 'x' })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('open-term')).toBe(false);
  });
});
