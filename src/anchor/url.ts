/**
 * URL normalisation for notes: the same article reached from a newsletter, a share button or a
 * search engine is one page. Pure: no DOM, no browser API.
 *
 * For http(s) URLs: the fragment goes, known tracking parameters go, the host is lower-cased and a
 * default port dropped (the URL parser does both), a `?` left with nothing after it goes.
 * Everything else — other parameters, their order and their exact encoding, the path — is kept
 * as written. Other schemes are returned as given (trimmed).
 */

/** Parameters that only say where a click came from, whatever their value. */
const TRACKERS = new Set([
  // Google Analytics campaign parameters are matched by prefix (utm_*), see below.
  'fbclid', // Facebook
  'gclid', // Google Ads
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid', // Microsoft Ads
  'yclid', // Yandex
  'twclid', // X / Twitter
  'igshid', // Instagram
  'mc_cid', // Mailchimp
  'mc_eid',
  '_hsenc', // HubSpot
  '_hsmi',
  'mkt_tok', // Marketo
  'spm', // Alibaba / Youku / CCTV "super position model"
  'ref',
  'ref_src', // X / Twitter
  'ref_url',
  'wfr', // Baidu Baijiahao (wfr=spider)
  'isappinstalled', // WeChat share
  'share_source', // Bilibili and others
  'share_medium',
  'share_plat',
  'share_from',
  'share_session_id',
  'share_tag',
  'share_times',
  'share_token',
]);

/** Parameters that are tracking only with these values (elsewhere they may mean something). */
const TRACKING_VALUES: Record<string, Set<string>> = {
  // WeChat / QQ shares: ?from=timeline, ?from=singlemessage…
  from: new Set([
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
  ]),
  // Baidu Baijiahao: ?wfr=spider&for=pc
  for: new Set(['pc']),
};

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** True when a `key=value` query component is a tracker. */
export function isTrackingParameter(component: string): boolean {
  const eq = component.indexOf('=');
  const key = decode(eq < 0 ? component : component.slice(0, eq)).toLowerCase();
  const value = eq < 0 ? '' : decode(component.slice(eq + 1)).toLowerCase();
  if (key.startsWith('utm_')) return true;
  if (TRACKERS.has(key)) return true;
  return TRACKING_VALUES[key]?.has(value) ?? false;
}

/** The normalised form of a page URL (see the module comment). */
export function normalizeUrl(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw;
  url.hash = '';
  // Filter the raw query string: URLSearchParams would re-encode what it keeps.
  const query = url.search.slice(1);
  const kept = query
    .split('&')
    .filter((c) => c !== '' && !isTrackingParameter(c))
    .join('&');
  url.search = kept;
  // `new URL('https://a.b/?')` keeps an empty query as '?': the href is rebuilt without it.
  const href = url.href;
  return kept === '' && href.endsWith('?') ? href.slice(0, -1) : href;
}
