/**
 * Words that are no term of a policy text on their own: function words, and the generic nouns,
 * verbs and adverbs every plan repeats. A candidate made only of these is never suggested, and a
 * name does not begin or end with a function word (docs/decisions/100-document-terms.md).
 * Chinese words are Simplified (candidates are compared folded); English words in lower case.
 */

/** Function words: never at the edge of a proposed name. */
export const FUNCTION_WORDS = new Set([
  // Chinese
  ...'的 了 着 过 和 与 及 或 并 而 且 在 是 为 对 把 将 以 于 被 从 向 到 由 就 也 都 又 其 之 所 等 个 各 该 本 此 这 那 有 无 不 没 很 更 最 上 下 中 内 外 间 要 会 能 可 让 使 给 同 跟 以及 并且 或者 通过 按照 围绕 关于 对于 我们 他们 其中 一个 一些 一批 这些 那些'.split(
    ' ',
  ),
  // English
  ...'a an the of and or for to in on at by with from as into onto over under about between through than that this these those which who whom whose what when where while it its is are was were be been being has have had will shall would should can could may might must not no nor so such our their his her we they you i he she them us also all any each every other more most some de la'.split(
    ' ',
  ),
]);

/** Generic words of policy texts: terms only together with a name. */
export const GENERIC_WORDS = new Set([
  // Chinese: verbs and adverbs
  ...'发展 建设 推进 加快 推动 加强 提升 实施 打造 完善 支持 鼓励 促进 深化 构建 强化 优化 坚持 落实 贯彻 实现 形成 开展 建立 健全 提高 扩大 培育 引导 保障 服务 创新 合作 改革 开放 探索 统筹 协调 融合 集聚 布局 引领 带动 增强 全面 积极 深入 持续 不断 大力 着力 努力 进一步 重点 主要 相关 有关 重要 重大 基本 总体 全力 稳步 切实 有序 加大 明确 制定 印发 研究 组织 领导 负责 牵头 配合 参与 部署 安排 规定 要求 目标 任务 措施 意见 通知 办法 方案 规划 计划 行动 工作 经济 社会 国家 政府 部门 单位 地区 区域 城市 领域 产业 行业 企业 项目 平台 体系 机制 制度 政策 环境 水平 能力 质量 效率 作用 功能 资源 要素 市场 服务 科技 技术 人才 资金 空间 格局 高质量 高水平 现代化 国际 全国 全省 全市 全区 各级 年度 以上 以下 左右 方面 问题 情况 基础 条件 标准 示范 试点 中心 基地 园区 片区 实验室 亿元 万元'.split(
    ' ',
  ),
  // English
  ...'development develop developing construction build building promote promoting accelerate advance advancing strengthen support supporting improve improving implement implementation deepen enhance foster ensure encourage establish create plan plans planning programme program project projects policy policies measure measures work economy economic society social national country state government department departments committee council office region regional area areas city cities district zone level system mechanism reform opening cooperation innovation science technology industry industries enterprise enterprises platform platforms important major key overall general comprehensive comprehensively new high quality modern international global chapter article section part annex appendix table figure note year years january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
]);

/** Whether a word (folded: Simplified, lower case) is a function or generic word. */
export function isGenericWord(word: string): boolean {
  return GENERIC_WORDS.has(word) || FUNCTION_WORDS.has(word);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const LONGEST = Math.max(...[...GENERIC_WORDS, ...FUNCTION_WORDS].map((w) => w.length));

/** Whether a Chinese word can be cut into generic and function words (高质量 + 发展). */
function coveredByGeneric(word: string): boolean {
  const reach = new Uint8Array(word.length + 1);
  reach[0] = 1;
  for (let i = 0; i < word.length; i++) {
    if (reach[i] !== 1) continue;
    for (let j = i + 1; j <= Math.min(word.length, i + LONGEST); j++) {
      if (isGenericWord(word.slice(i, j))) reach[j] = 1;
    }
  }
  return reach[word.length] === 1;
}

/** Whether a folded text is made only of generic and function words (and digits, punctuation). */
export function isGenericText(folded: string): boolean {
  let han = '';
  for (const s of segmenter.segment(folded)) {
    if (!s.isWordLike || /^\d+$/.test(s.segment)) continue;
    if (HAN.test(s.segment)) han += s.segment;
    else if (!isGenericWord(s.segment)) return false;
  }
  return coveredByGeneric(han);
}
