import { describe, expect, it } from 'vitest';
import { isTrackingParameter, normalizeUrl } from '../../../src/anchor/url.ts';

describe('normalizeUrl', () => {
  it('drops the fragment, trackers, a default port and an empty query; lower-cases the host', () => {
    expect(
      normalizeUrl(
        'HTTPS://News.Example.COM:443/a/B.html?utm_source=x&id=5&utm_medium=y&fbclid=z#section-2',
      ),
    ).toBe('https://news.example.com/a/B.html?id=5');
    expect(normalizeUrl('http://example.org:80/?utm_campaign=c')).toBe('http://example.org/');
    expect(normalizeUrl('https://example.org/p?')).toBe('https://example.org/p');
    expect(normalizeUrl('https://example.org/p#')).toBe('https://example.org/p');
    expect(normalizeUrl('  https://example.org/p  ')).toBe('https://example.org/p');
  });

  it('keeps other parameters in their order and encoding', () => {
    expect(normalizeUrl('https://e.org/s?q=%E5%8D%97%E6%B2%99+plan&b=2&a=1&gclid=x')).toBe(
      'https://e.org/s?q=%E5%8D%97%E6%B2%99+plan&b=2&a=1',
    );
    expect(normalizeUrl('https://e.org/s?page=2&from=20')).toBe('https://e.org/s?page=2&from=20');
    expect(normalizeUrl('https://e.org:8080/x?id=1')).toBe('https://e.org:8080/x?id=1');
  });

  it('knows the trackers of Chinese platforms, conservatively', () => {
    expect(
      normalizeUrl('https://baijiahao.baidu.com/s?id=1745000000000000000&wfr=spider&for=pc'),
    ).toBe('https://baijiahao.baidu.com/s?id=1745000000000000000');
    expect(
      normalizeUrl(
        'https://mp.weixin.qq.com/s?__biz=MzA&mid=2&idx=1&sn=abc&from=timeline&isappinstalled=0',
      ),
    ).toBe('https://mp.weixin.qq.com/s?__biz=MzA&mid=2&idx=1&sn=abc');
    expect(
      normalizeUrl('https://www.bilibili.com/video/BV1?share_source=copy&share_medium=ipad'),
    ).toBe('https://www.bilibili.com/video/BV1');
    expect(normalizeUrl('https://item.example.cn/a.html?spm=a21bo.123&x=1')).toBe(
      'https://item.example.cn/a.html?x=1',
    );
    // `from` and `for` with other values mean something: kept.
    expect(normalizeUrl('https://e.org/?from=2022-09-01&for=tv')).toBe(
      'https://e.org/?from=2022-09-01&for=tv',
    );
    expect(isTrackingParameter('UTM_Source=x')).toBe(true);
    expect(isTrackingParameter('ref_src=twsrc')).toBe(true);
    expect(isTrackingParameter('id=1')).toBe(false);
  });

  it('leaves what is not an http(s) URL as it is', () => {
    expect(normalizeUrl('javascript:alert(1)#x')).toBe('javascript:alert(1)#x');
    expect(normalizeUrl('not a url')).toBe('not a url');
    expect(normalizeUrl('file:///tmp/a.html#x')).toBe('file:///tmp/a.html#x');
  });

  it('is idempotent', () => {
    for (const u of [
      'https://E.org/a?utm_x=1&b=%20c#f',
      'http://e.org:80',
      'https://e.org/?&&a=1&&',
    ]) {
      expect(normalizeUrl(normalizeUrl(u))).toBe(normalizeUrl(u));
    }
  });
});
