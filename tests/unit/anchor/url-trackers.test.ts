import { describe, expect, it } from 'vitest';
import { isTrackingParameter, normalizeUrl } from '../../../src/anchor/url.ts';

// Every tracker the module documents, one by one: a name dropped from the list would keep a
// share link and the article's own link apart.
const TRACKERS = [
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'spm',
  'ref',
  'ref_src',
  'ref_url',
  'wfr',
  'isappinstalled',
  'share_source',
  'share_medium',
  'share_plat',
  'share_from',
  'share_session_id',
  'share_tag',
  'share_times',
  'share_token',
];
const FROM_VALUES = [
  'timeline',
  'singlemessage',
  'groupmessage',
  'message',
  'androidqq',
  'iphoneqq',
  'qzone',
  'weixin',
  'wechat',
  'share',
];

describe('normalizeUrl: each tracker', () => {
  it('drops every listed tracking parameter, whatever its value, and keeps the others', () => {
    for (const name of TRACKERS) {
      expect(normalizeUrl(`https://e.org/a?id=1&${name}=abc`), name).toBe('https://e.org/a?id=1');
      expect(isTrackingParameter(name), name).toBe(true);
      // A parameter that only starts like a tracker is kept.
      expect(normalizeUrl(`https://e.org/a?${name}x=1`), name).toBe(`https://e.org/a?${name}x=1`);
    }
  });

  it('drops `from` with a share value and `for=pc`, in any case, and nothing else', () => {
    for (const value of FROM_VALUES) {
      expect(normalizeUrl(`https://e.org/a?from=${value.toUpperCase()}&id=2`), value).toBe(
        'https://e.org/a?id=2',
      );
    }
    expect(normalizeUrl('https://e.org/a?for=PC&id=2')).toBe('https://e.org/a?id=2');
    expect(isTrackingParameter('from')).toBe(false);
    expect(isTrackingParameter('for=tv')).toBe(false);
    expect(isTrackingParameter('to=timeline')).toBe(false);
  });

  it('reads a parameter name encoded, or with + for a space, and survives bad escapes', () => {
    expect(isTrackingParameter('utm%5Fsource=x')).toBe(true);
    expect(isTrackingParameter('%75tm_medium')).toBe(true);
    expect(isTrackingParameter('from=time%6Cine')).toBe(true);
    // `+` is a space: "ref x" is not "ref".
    expect(isTrackingParameter('ref+x=1')).toBe(false);
    expect(isTrackingParameter('from=time+line')).toBe(false);
    // A malformed escape is compared as written, not thrown.
    expect(isTrackingParameter('utm_%ZZ=1')).toBe(true);
    expect(isTrackingParameter('%ZZ=1')).toBe(false);
    expect(normalizeUrl('https://e.org/a?%ZZ=1&fbclid=2')).toBe('https://e.org/a?%ZZ=1');
    // A key without a value and an `=` inside the value.
    expect(isTrackingParameter('gclid')).toBe(true);
    expect(isTrackingParameter('from=a=timeline')).toBe(false);
    expect(isTrackingParameter('x=utm_source')).toBe(false);
  });

  it('keeps a URL with only kept parameters and drops empty components', () => {
    expect(normalizeUrl('https://e.org/a?&id=1&&b=2&')).toBe('https://e.org/a?id=1&b=2');
    expect(normalizeUrl('https://e.org/a?utm_source=x&fbclid=y')).toBe('https://e.org/a');
    expect(normalizeUrl('https://e.org/a?')).toBe('https://e.org/a');
    // Only the query's own `?` goes: a path ending in an encoded ? stays.
    expect(normalizeUrl('https://e.org/a%3F')).toBe('https://e.org/a%3F');
    expect(normalizeUrl('ftp://e.org/a?utm_source=x#f')).toBe('ftp://e.org/a?utm_source=x#f');
    expect(normalizeUrl('HTTP://E.ORG/a?utm_source=x')).toBe('http://e.org/a');
    // What is not a URL comes back trimmed.
    expect(normalizeUrl('  not a url \n')).toBe('not a url');
    expect(normalizeUrl(' mailto:a@e.org ')).toBe('mailto:a@e.org');
  });
});
