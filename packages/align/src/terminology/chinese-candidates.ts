import { segmentChineseWords } from '@duiqi/core'

/** Longest Chinese term considered, in characters (经济合作与发展组织 has nine). */
const MAX_TERM_CHARACTERS = 9

/** Longest run of words joined into one candidate (技术 和 产业 变革). */
const MAX_RUN_WORDS = 4

/**
 * Words that are no terms and neither open nor close one: function words, pronouns, and the verbs
 * of obligation and connection that policy prose repeats.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    '的 了 和 与 及 或 并 等 在 对 为 将 把 被 从 向 以 于 由 是 有 也 都 而 其 之 中 上 下 内 外 个 各 该 此 这 那 ' +
    '我们 他们 它们 我 你 他 她 它 以及 并且 或者 通过 包括 进行 有关 相关 之间 方面 可能 需要 应 应当 能够 可以 ' +
    '已 已经 正在 将会 更 更加 最 很 非常 尤其 特别 如 例如 如何 因此 从而 同时 为了 关于 根据 按照 一些 这些 那些 所有 ' +
    '其他 其它 一个 一种 一份 以便 以更 使 让'
  ).split(' '),
)

/** Conjunctions that may stand inside a term (经济合作与发展组织, 发明和应用); other function words split runs. */
const INNER_WORDS: ReadonlySet<string> = new Set(['与', '和', '及'])

/**
 * Verbs that open the clauses of policy prose (鼓励私营部门…, 支持中小企业…) and would glue themselves
 * to the terms after them; a term neither starts nor ends with one.
 */
const OPENING_VERBS: ReadonlySet<string> = new Set(
  (
    '鼓励 促进 支持 加强 增强 强化 探索 推动 推进 提升 提高 建立 开展 实现 确保 培育 发挥 重视 发布 举办 关注 深化 ' +
    '激励 认可 重申 分享 优化 缩小 参与 帮助 利用 应对 引领 讨论 形成 共同 积极 继续 不断 持续 加快 加速 大幅 日益 ' +
    '带来 提供 创造 减少 扩大 获得 具有 成为 做出 迎来 出台 面临 包含 适应 落实 满足 平衡 符合'
  ).split(' '),
)

/**
 * The Chinese term candidates of a text: segmentit's words of two or more Han characters (domain terms
 * included) and runs of 2–4 consecutive words within one clause, up to nine characters, that neither
 * open nor close with a function word or an opening verb and hold no function word inside but a
 * conjunction (二十国集团 成员 → 二十国集团成员). Deduplicated, in text order.
 */
export function chineseCandidates(text: string): string[] {
  const candidates = new Set<string>()
  for (const clause of text.split(/[^\p{Script=Han}\p{L}\p{N}]+/u)) {
    const words = segmentChineseWords(clause).filter((word) => /^\p{Script=Han}+$/u.test(word))
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= MAX_RUN_WORDS && start + length <= words.length; length++) {
        const run = words.slice(start, start + length)
        const term = run.join('')
        if (term.length > MAX_TERM_CHARACTERS || (length > 1 && isFunctionWord(run.at(-1)!) && !INNER_WORDS.has(run.at(-1)!))) break
        if (!isTermRun(run) || [...term].length < 2) continue
        candidates.add(term)
      }
    }
  }
  return [...candidates]
}

/**
 * Neither end a function word or an opening verb, no single character opening a run (间知识产权), and
 * inside only the conjunctions of {@link INNER_WORDS}.
 */
function isTermRun(run: readonly string[]): boolean {
  if (run.length > 1 && [...run[0]!].length === 1) return false
  const ends = [run[0]!, run.at(-1)!]
  if (ends.some((word) => FUNCTION_WORDS.has(word) || OPENING_VERBS.has(word))) return false
  return run.slice(1, -1).every((word) => !FUNCTION_WORDS.has(word) || INNER_WORDS.has(word))
}

function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word)
}
