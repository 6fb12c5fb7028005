/**
 * Hand-curated glossary source. `npm run gen:glossary` turns it into `generated/glossary.data.ts`:
 * Traditional (HK, TW) forms come from opencc-js, passage ids from running the matcher over the
 * resolution. Only this file is edited by hand.
 *
 * Rules:
 * - `canonical` is written exactly as in the resolution (a test checks it).
 * - `zh`: other Simplified forms (full and short titles, punctuation variants).
 * - `en`: renderings used by English-language media. Generic English phrases that would light up
 *   unrelated pages (business environment, connectivity, advanced manufacturing, smart city) are
 *   left out on purpose; an `!` prefix makes a form case-sensitive (`!State Council`); a form in
 *   double quotes counts only where the text quotes it (`'"two safeguards"'`: the bare words are
 *   everyday English). Multi-word forms in lower case get their plural from the generator
 *   ("major cooperation platforms"), except those of `NO_PLURAL`. Why each English form is in or
 *   out: docs/decisions/081-glossary-english-forms.md.
 * - `exclusions`: contexts where the surface string is not the term, to its right (南沙群岛) or its
 *   left (美国国务院); Traditional forms are generated.
 * - Generated, not written here (decision 091): Taiwan spellings (規畫), joined forms of paired
 *   formulations (A、B → A和B, A与B, A及B; 统筹发展和安全 → 统筹发展与安全), and the words a
 *   form ending in 区 must not end inside (区域, 区位, 区间, 区块). Known insertions news makes
 *   inside a term (庆盛综合枢纽) are listed in `zh`.
 * - `skeletons`: long English titles found by their key words in order within one sentence, in any
 *   wording ('plan > *Nansha > comprehensive|all-round > …'): groups split by `>`, alternatives by
 *   `|`, the trigger group (words already in the precheck, e.g. a form) marked `*`. A title must
 *   need enough key words that no sentence about something else has them all (docs/decisions/092).
 * - Generic words (发展, 改革, 开放, 人才, 青年, 经济, 安全, 创新, 高质量, 湾区, 广州…) are never terms.
 */
import type { CategoryId } from './glossary.ts';

export interface TermSource {
  id: string;
  canonical: string;
  category: CategoryId;
  zh?: string[];
  en?: string[];
  exclusions?: string[];
  /**
   * Marks forms ambiguous (acronyms, partner names, places with other meanings): `forms` (all the
   * term's forms when absent) are shown only next to an unambiguous term or one of `words`, in
   * Simplified and English (Traditional forms and plurals are generated). Decision 090.
   */
  context?: { words: string[]; forms?: string[] };
  /** Words after which, in the same sentence, the term is another place's (decision 091). */
  apart?: string[];
  /** Key-word skeletons of English titles (`gap`: words between two keys, `span`: characters). */
  skeletons?: (string | { keys: string; gap?: number; span?: number })[];
}

/**
 * English forms that get no generated plural, by head word or whole form, with the reason. The
 * list of plurals the generator makes is checked in tests/unit/corpus/glossary.test.ts.
 */
export const NO_PLURAL: Readonly<Record<string, string>> = {
  alignment: 'mechanism alignment is a process, not a count noun',
  circulation: 'dual circulation is one pattern of the economy',
  clearing: 'dynamic clearing is a policy',
  connectivity: 'rules connectivity is a quality, not a count noun',
  development: 'coordinated regional development is a process',
  governance: 'Party building-led grassroots governance is a practice, not a count noun',
  'greater bay area': 'one region; lower case is ambiguous (San Francisco), plurals more so',
  leadership: 'the overall leadership of the Party is one',
  session: 'the fourth plenary session of the 12th Committee is one meeting',
  zero: 'dynamic zero is a policy',
  'modern industrial system':
    'the plural is everyday technical English (attacks on modern industrial systems)',
};

export const TERM_SOURCES: TermSource[] = [
  // ── Plans and documents ──────────────────────────────────────────────────
  {
    id: 'nansha-plan',
    canonical: '南沙方案',
    category: 'plans',
    zh: [
      '广州南沙深化面向世界的粤港澳全面合作总体方案',
      '南沙深化面向世界的粤港澳全面合作总体方案',
    ],
    en: [
      'Nansha Plan',
      'Nansha Master Plan',
      'Nansha Overall Plan',
      'Overall Plan for Promoting Comprehensive Cooperation among Guangdong, Hong Kong and Macao by Further Deepening Opening-up in Nansha of Guangzhou with Global Perspective',
      'Overall Plan for Promoting Comprehensive Cooperation among Guangdong, Hong Kong and Macau by Further Deepening Opening-up in Nansha of Guangzhou with Global Perspective',
    ],
    // Each English outlet words the title its own way: plan for/of/on, Nansha, comprehensive
    // cooperation and a partner, in one of three orders (decision 092). "The plan calls for
    // comprehensive cooperation with Hong Kong…, and Nansha…" is a sentence, not the title.
    skeletons: [
      'plan for|plan of|plan on|plan to > *Nansha > comprehensive|all-round|all-around > cooperation|co-operation > Guangdong|Hong Kong|Macao|Macau',
      'plan for|plan of|plan on|plan to > comprehensive|all-round|all-around > cooperation|co-operation > Guangdong|Hong Kong|Macao|Macau > *Nansha',
      'plan for|plan of|plan on|plan to > comprehensive|all-round|all-around > Guangdong|Hong Kong|Macao|Macau > cooperation|co-operation > *Nansha',
    ],
  },
  {
    id: 'gba-outline',
    canonical: '粤港澳大湾区发展规划纲要',
    category: 'plans',
    // Without 发展 too: else 粤港澳大湾区 takes the start of 粤港澳大湾区规划纲要.
    zh: ['大湾区发展规划纲要', '粤港澳大湾区规划纲要', '大湾区规划纲要'],
    en: [
      'Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area',
      'Outline Development Plan for the Guangdong-Hong Kong-Macau Greater Bay Area',
      'Outline Development Plan for the Greater Bay Area',
      'Greater Bay Area Outline Development Plan',
    ],
    // "an outline development plan for the GBA", "the Greater Bay Area's development outline".
    skeletons: [
      {
        keys: 'outline development plan|outline plan|development plan outline|planning outline|development outline > *Greater Bay Area|GBA|Guangdong-Hong Kong-Macao|Guangdong-Hong Kong-Macau',
        gap: 3,
        span: 140,
      },
      {
        keys: '*Greater Bay Area|GBA > outline development plan|development plan outline|planning outline|development outline',
        gap: 1,
        span: 80,
      },
    ],
  },
  {
    id: 'nansha-implementation-plan',
    canonical: '关于推进广州南沙深化面向世界的粤港澳全面合作实施方案',
    category: 'plans',
    zh: ['广州南沙深化面向世界的粤港澳全面合作实施方案'],
  },

  // ── Places and platforms ─────────────────────────────────────────────────
  {
    id: 'nansha',
    canonical: '南沙',
    category: 'places',
    // 南沙区域 is the district's area in Guangzhou news, the sea area of the Spratlys in a marine
    // forecast: ambiguous, shown next to another term of the plan (decision 090).
    zh: ['南沙区', '南沙新区', '南沙区域'],
    en: ['Nansha', 'Nansha District', 'Nansha New Area'],
    context: { words: [], forms: ['南沙区域'] },
    exclusions: [
      '南沙群岛',
      '南沙诸岛',
      '南沙岛礁',
      '南沙海域',
      '南沙群礁',
      'Nansha Islands',
      // The singular is one of the Spratlys too, not the district.
      'Nansha Island',
      'Nansha Archipelago',
      'Nansha Qundao',
      'Nansha (Spratly)',
      // Sansha city's (Hainan) district of the same name.
      '三沙市南沙区',
      '西沙区、南沙区',
      '南沙区、西沙区',
    ],
    // …and any 南沙 in a sentence about Sansha city (三沙市下辖的南沙区); on a page that names
    // Sansha or the Paracels, 南沙 counts as ambiguous (decision 090).
    apart: ['三沙', '西沙'],
  },
  { id: 'hengqin', canonical: '横琴', category: 'places', en: ['Hengqin'] },
  {
    id: 'qianhai',
    canonical: '前海',
    category: 'places',
    en: ['Qianhai'],
    // 前海 is also a lake in Beijing (前海、后海和西海).
    context: { words: ['深圳', 'Shenzhen', '深港'], forms: ['前海'] },
  },
  { id: 'nansha-bay', canonical: '南沙湾', category: 'places', en: ['Nansha Bay', 'Nanshawan'] },
  {
    id: 'qingsheng-hub',
    canonical: '庆盛枢纽',
    category: 'places',
    // News inserts what kind of hub it is.
    zh: ['庆盛综合枢纽', '庆盛交通枢纽', '庆盛综合交通枢纽'],
    en: ['Qingsheng hub', 'Qingsheng transport hub', 'Qingsheng comprehensive transport hub'],
  },
  { id: 'nansha-hub', canonical: '南沙枢纽', category: 'places', en: ['Nansha hub'] },
  { id: 'pilot-start-up-zone', canonical: '先行启动区', category: 'places' },
  {
    id: 'major-strategic-platform',
    canonical: '重大战略性平台',
    category: 'places',
    en: ['major strategic platform'],
  },
  {
    id: 'gba-cooperation-platform',
    canonical: '粤港澳重大合作平台',
    category: 'places',
    en: ['major cooperation platform'],
  },
  {
    id: 'gba',
    canonical: '粤港澳大湾区',
    category: 'places',
    zh: ['大湾区'],
    // Capitalised, the Greater Bay Area is this one; "the greater Bay Area" in lower case is
    // often San Francisco's: ambiguous, like GBA (the Game Boy Advance).
    en: [
      '!Greater Bay Area',
      'greater bay area',
      'GBA',
      'Guangdong-Hong Kong-Macao Greater Bay Area',
      'Guangdong-Hong Kong-Macau Greater Bay Area',
    ],
    exclusions: ['旧金山大湾区', '东京大湾区', '纽约大湾区', 'San Francisco Greater Bay Area'],
    context: {
      words: ['Guangdong', 'Shenzhen', 'Guangzhou', '广东', '深圳', '广州'],
      forms: ['GBA', 'greater bay area'],
    },
  },
  // Hong Kong and Macao are named partners of the resolution, highlighted only where the page is
  // about the resolution's matters (an unambiguous term): not on every Hong Kong page. Guangzhou
  // and Guangdong (the issuers) are not terms: too frequent.
  {
    id: 'hong-kong',
    canonical: '香港',
    category: 'places',
    en: ['Hong Kong'],
    exclusions: ['香港脚'],
    context: { words: [] },
  },
  {
    id: 'macao',
    canonical: '澳门',
    category: 'places',
    en: ['Macao', 'Macau'],
    context: { words: [] },
  },
  {
    id: 'hk-macao',
    canonical: '港澳',
    category: 'places',
    en: ['Hong Kong and Macao', 'Hong Kong and Macau'],
    // 港澳 inside 粤港澳 is part of another word: no highlight on half of it.
    exclusions: ['粤港澳'],
    context: { words: [] },
  },
  { id: 'major-functional-platform', canonical: '重大功能平台', category: 'places' },

  // ── Political formulations ───────────────────────────────────────────────
  {
    id: 'xi-thought',
    canonical: '习近平新时代中国特色社会主义思想',
    category: 'formulations',
    zh: ['新时代中国特色社会主义思想'],
    en: [
      'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
      'Xi Jinping Thought',
    ],
  },
  {
    id: 'two-establishes',
    canonical: '两个确立',
    category: 'formulations',
    // In lower case only between quotation marks: "the two establishments" is any two shops.
    en: ['!Two Establishes', '!Two Establishments', '"two establishments"', '"two establishes"'],
  },
  {
    id: 'two-upholds',
    canonical: '两个维护',
    category: 'formulations',
    // "Two Upholds" and "Two Maintenances" are no everyday English: any case. "Two safeguards"
    // is (two safeguards against fraud): title case, or lower case between quotation marks.
    en: ['Two Upholds', 'Two Maintenances', '!Two Safeguards', '"two safeguards"'],
  },
  {
    id: 'one-core-one-belt-one-region',
    canonical: '一核一带一区',
    category: 'formulations',
    en: ['one core, one belt, one region', 'one core, one belt and one region'],
  },
  { id: 'four-new-outstanding', canonical: '四个出新出彩', category: 'formulations' },
  {
    id: 'old-city-new-vitality',
    canonical: '老城市新活力',
    category: 'formulations',
    en: ['old city, new vitality'],
  },
  { id: 'embroidery-effort', canonical: '“绣花”功夫', category: 'formulations', zh: ['绣花功夫'] },
  { id: 'point-to-area', canonical: '以点带面', category: 'formulations' },
  { id: 'whole-city-chessboard', canonical: '全市一盘棋', category: 'formulations' },
  {
    id: 'three-consciousnesses',
    canonical: '思想自觉、政治自觉、行动自觉',
    category: 'formulations',
    zh: ['思想自觉,政治自觉,行动自觉'],
  },
  {
    id: 'no-waiting',
    canonical: '坐不住、等不起、慢不得',
    category: 'formulations',
    zh: ['坐不住,等不起,慢不得'],
  },
  { id: 'never-at-ease', canonical: '时时放心不下', category: 'formulations' },
  {
    id: 'stability-first',
    canonical: '稳字当头、稳中求进',
    category: 'formulations',
    zh: ['稳字当头,稳中求进', '稳中求进', '稳字当头'],
    en: ['progress while maintaining stability', 'progress while ensuring stability'],
  },
  {
    id: 'southern-gate',
    canonical: '政治安全“南大门”',
    category: 'formulations',
    zh: ['政治安全南大门'],
  },
  {
    id: 'development-and-security',
    canonical: '统筹发展和安全',
    category: 'formulations',
    zh: ['统筹好发展和安全'],
  },
  {
    id: 'bay-area-partners-world',
    canonical: '立足湾区、协同港澳、面向世界',
    category: 'formulations',
    zh: ['立足湾区,协同港澳,面向世界'],
    en: [
      'based on the Greater Bay Area, cooperating with Hong Kong and Macao, and facing the world',
    ],
    // Each outlet has its own verbs: based in/on…, cooperating/partnering…, facing the world.
    skeletons: [
      {
        keys: 'based on|based in|rooted in|anchored in|relying on|grounded in|basing itself on > Greater Bay Area|Bay Area|GBA > cooperating with|partnering with|collaborating with|coordinating with|working with|works in concert with|in concert with|in synergy with|synergizing with|cooperates with > *Hong Kong|Macao|Macau > facing the world|faces the world|facing the globe|oriented to the world|oriented towards the world|going global',
        // The phrase's own words only: "based in the Bay Area, working with partners in Hong
        // Kong, the start-up is facing the world" is a Californian company.
        gap: 1,
        span: 180,
      },
    ],
  },
  {
    id: 'forge-ahead',
    canonical: '踔厉奋发、勇毅前行、团结奋斗',
    category: 'formulations',
    zh: ['踔厉奋发,勇毅前行,团结奋斗', '踔厉奋发、勇毅前行', '踔厉奋发', '勇毅前行'],
  },
  { id: 'unremitting', canonical: '驰而不息', category: 'formulations' },
  {
    id: 'three-reverences',
    canonical: '敬畏历史、敬畏文化、敬畏生态',
    category: 'formulations',
    zh: ['敬畏历史,敬畏文化,敬畏生态'],
  },
  { id: 'new-journey', canonical: '新征程', category: 'formulations' },
  { id: 'power-of-truth', canonical: '真理力量和实践伟力', category: 'formulations' },

  // ── Development goals ────────────────────────────────────────────────────
  {
    id: 'opening-up-gateway',
    canonical: '高水平对外开放门户',
    category: 'goals',
    en: [
      'gateway for high-level opening-up',
      'gateway of high-level opening-up',
      'high-level opening-up gateway',
      'high-level opening-up portal',
    ],
  },
  {
    id: 'quality-living-circle',
    canonical: '优质生活圈',
    category: 'goals',
    en: ['quality living circle'],
  },
  {
    id: 'modern-industrial-system',
    canonical: '现代产业体系',
    category: 'goals',
    // 现代化产业体系: the 20th Party Congress's wording, which news uses since.
    zh: ['现代化产业体系'],
    en: ['modern industrial system'],
  },
  {
    id: 'strategic-st-strength',
    canonical: '战略科技力量',
    category: 'goals',
    en: [
      'strategic scientific and technological strength',
      'strategic science and technology strength',
    ],
  },
  {
    id: 'innovation-and-industrial-chains',
    canonical: '创新链与产业链',
    category: 'goals',
    zh: ['创新链和产业链', '创新链产业链'],
    en: ['innovation chain and industrial chain', 'innovation chain and the industrial chain'],
  },
  { id: 'international-talent', canonical: '国际化高端人才', category: 'goals' },
  {
    id: 'transport-system',
    canonical: '现代综合交通体系',
    category: 'goals',
    zh: ['现代化综合交通体系', '现代综合交通运输体系', '现代化综合交通运输体系'],
    en: ['modern comprehensive transportation system', 'modern comprehensive transport system'],
  },
  { id: 'interconnection', canonical: '互联互通', category: 'goals' },
  {
    id: 'dual-circulation',
    canonical: '内外循环',
    category: 'goals',
    zh: ['国内国际双循环', '双循环'],
    en: ['dual circulation', 'domestic and international circulations'],
  },
  // News writes each alone; 规则衔接机制对接 and 规则衔接、机制对接 are the two terms side by side.
  {
    id: 'rules-connectivity',
    canonical: '规则衔接',
    category: 'goals',
    // Not "alignment of rules": everyday English (EU, sports leagues).
    en: ['rules connectivity', 'connectivity of rules'],
  },
  {
    id: 'mechanism-alignment',
    canonical: '机制对接',
    category: 'goals',
    // Not "institutional connectivity": ASEAN's and the Belt and Road's word for something else.
    en: ['mechanism alignment', 'alignment of mechanisms'],
  },
  {
    id: 'international-trade-rules',
    canonical: '国际经贸规则',
    category: 'goals',
    en: ['international economic and trade rules'],
  },
  {
    id: 'youth-development-city',
    canonical: '青年发展型城市',
    category: 'goals',
    en: ['youth-development-oriented city', 'youth development-oriented cities'],
  },
  {
    id: 'hk-macao-youth',
    canonical: '港澳青年',
    category: 'goals',
    en: [
      'Hong Kong and Macao youth',
      'Hong Kong and Macau youth',
      'young people from Hong Kong and Macao',
      'young people from Hong Kong and Macau',
    ],
  },
  { id: 'business-environment', canonical: '营商环境', category: 'goals' },
  { id: 'smart-city', canonical: '智慧城市', category: 'goals' },
  { id: 'live-work-travel', canonical: '宜居宜业宜游', category: 'goals' },
  { id: 'city-of-vitality', canonical: '活力之城', category: 'goals' },
  { id: 'city-of-charm', canonical: '魅力之城', category: 'goals' },
  { id: 'urban-benchmark', canonical: '高质量城市发展标杆', category: 'goals' },
  { id: 'advanced-manufacturing', canonical: '先进制造业', category: 'goals' },
  {
    id: 'strategic-emerging-industries',
    canonical: '战略性新兴产业',
    category: 'goals',
    en: ['strategic emerging industries', 'strategic emerging industry'],
  },
  { id: 'market-entities', canonical: '市场主体', category: 'goals', en: ['market entities'] },
  { id: 'differentiated-development', canonical: '错位发展', category: 'goals' },
  {
    id: 'coordinated-regional-development',
    canonical: '区域协调发展',
    category: 'goals',
    en: ['coordinated regional development'],
  },
  {
    id: 'nansha-opening-up',
    canonical: '南沙开发开放',
    category: 'goals',
    en: ['development and opening-up of Nansha'],
  },
  { id: 'reasonable-range', canonical: '经济运行在合理区间', category: 'goals' },

  // ── Governance and Party building ────────────────────────────────────────
  {
    id: '20th-party-congress',
    canonical: '党的二十大',
    category: 'governance',
    zh: ['中共二十大', '党的第二十次全国代表大会'],
    en: [
      '20th Party Congress',
      '20th National Congress',
      '20th CPC National Congress',
      '20th National Congress of the Communist Party of China',
      '20th National Congress of the CPC',
      '20th Communist Party Congress',
      "Communist Party's 20th Congress",
      'Communist Party’s 20th Congress',
    ],
  },
  {
    id: '19th-party-congress',
    canonical: '党的十九大',
    category: 'governance',
    zh: ['中共十九大', '党的第十九次全国代表大会'],
    en: [
      '19th Party Congress',
      '19th National Congress',
      '19th CPC National Congress',
      '19th National Congress of the Communist Party of China',
      '19th National Congress of the CPC',
      '19th Communist Party Congress',
      "Communist Party's 19th Congress",
      'Communist Party’s 19th Congress',
    ],
  },
  {
    id: '19th-plenums',
    canonical: '十九届历次全会',
    category: 'governance',
    en: ['plenary sessions of the 19th CPC Central Committee'],
  },
  {
    id: 'provincial-party-congress',
    canonical: '省第十三次党代会',
    category: 'governance',
    zh: ['广东省第十三次党代会'],
    en: ['13th Guangdong Provincial Party Congress', '13th Provincial Party Congress'],
  },
  { id: 'discipline-and-anti-corruption', canonical: '正风肃纪反腐', category: 'governance' },
  {
    id: 'party-led-grassroots-governance',
    canonical: '党建引领基层治理',
    category: 'governance',
    en: ['Party building-led grassroots governance'],
  },
  { id: 'view-of-performance', canonical: '政绩观', category: 'governance' },
  {
    id: 'top-leader-project',
    canonical: '“一把手”工程',
    category: 'governance',
    zh: ['一把手工程'],
  },
  {
    id: 'three-distinctions',
    canonical: '三个区分开来',
    category: 'governance',
    en: ['!Three Distinctions'],
  },
  {
    id: 'up-and-down-mechanism',
    canonical: '能上能下选人用人机制',
    category: 'governance',
    zh: ['能上能下'],
  },
  {
    id: 'party-overall-leadership',
    canonical: '党的全面领导',
    category: 'governance',
    en: ['overall leadership of the Party'],
  },
  {
    id: 'political-stance',
    canonical: '政治站位',
    category: 'governance',
    // Everyday English in running text (a political position on tariffs): quoted only.
    en: [
      '"political stance"',
      '"political standing"',
      '"political position"',
      '"political positioning"',
    ],
  },
  {
    id: 'major-risks',
    canonical: '防范化解各领域重大风险',
    category: 'governance',
    zh: ['防范化解重大风险'],
  },
  { id: 'take-responsibility', canonical: '担当作为', category: 'governance' },

  // ── Epidemic policy ──────────────────────────────────────────────────────
  {
    id: 'dynamic-zero-covid',
    canonical: '动态清零',
    category: 'epidemic',
    zh: ['“动态清零”总方针'],
    en: ['dynamic zero-COVID', 'dynamic clearing', 'dynamic zero', 'zero-COVID'],
  },
  {
    id: 'imports-and-rebounds',
    canonical: '外防输入、内防反弹',
    category: 'epidemic',
    zh: ['外防输入,内防反弹', '“外防输入、内防反弹”总策略'],
    en: ['preventing imported cases and domestic rebounds'],
  },
  {
    id: 'three-musts',
    canonical: '疫情要防住、经济要稳住、发展要安全',
    category: 'epidemic',
    zh: ['疫情要防住,经济要稳住,发展要安全'],
  },
  {
    id: 'epidemic-and-development',
    canonical: '统筹疫情防控和经济社会发展',
    category: 'epidemic',
    zh: ['统筹好疫情防控和经济社会发展', '疫情防控和经济社会发展'],
  },
  { id: 'targeted-prevention', canonical: '科学精准防控', category: 'epidemic' },
  {
    id: 'large-scale-rebound',
    canonical: '疫情规模性反弹',
    category: 'epidemic',
    zh: ['规模性反弹'],
  },

  // ── Bodies and people ────────────────────────────────────────────────────
  {
    id: 'party-central-committee',
    canonical: '党中央',
    category: 'bodies',
    zh: ['中共中央'],
    en: ['CPC Central Committee', 'Party Central Committee'],
  },
  {
    id: 'central-committee-with-xi-at-core',
    canonical: '以习近平同志为核心的党中央',
    category: 'bodies',
    // With CPC / Party: else the leftmost 'CPC Central Committee' would take the start.
    en: [
      'Central Committee with Comrade Xi Jinping at its core',
      'Central Committee with Comrade Xi Jinping at the core',
      'CPC Central Committee with Comrade Xi Jinping at its core',
      'CPC Central Committee with Comrade Xi Jinping at the core',
      'Party Central Committee with Comrade Xi Jinping at its core',
    ],
  },
  {
    id: 'state-council',
    canonical: '国务院',
    category: 'bodies',
    en: ['!State Council'],
    // The US State Department (美国务院 is news's short form).
    exclusions: ['美国国务院', '美国务院'],
    // …and on a page that names it, a bare 国务院 may be it too (decision 090).
    apart: ['美国国务院', '美国务院'],
  },
  {
    id: 'municipal-standing-committee',
    canonical: '市委常委会',
    category: 'bodies',
    en: ['Standing Committee of the CPC Guangzhou Municipal Committee'],
  },
  {
    id: 'xi-jinping',
    canonical: '习近平',
    category: 'bodies',
    zh: ['习近平总书记'],
    en: ['Xi Jinping', 'President Xi'],
  },
  { id: 'lin-keqing', canonical: '林克庆', category: 'bodies', en: ['Lin Keqing'] },
  { id: 'guo-yonghang', canonical: '郭永航', category: 'bodies', en: ['Guo Yonghang'] },
  {
    id: 'fourth-plenary-session',
    canonical: '中国共产党广州市第十二届委员会第四次全体会议',
    category: 'bodies',
    zh: ['广州市委十二届四次全会', '市委十二届四次全会'],
    en: ['fourth plenary session of the 12th CPC Guangzhou Municipal Committee'],
  },
];
