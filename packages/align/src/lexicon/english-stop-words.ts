import { englishFunctionWords } from '@duiqi/core'

/**
 * English function words and very common verbs that carry no alignment evidence on their own: core's
 * {@link englishFunctionWords} and the words below. Kept short on purpose: frequent content words are
 * down-weighted by inverse document frequency instead.
 */
export const englishStopWords: ReadonlySet<string> = new Set([
  ...englishFunctionWords,
  ...(
    // The other pronouns, determiners, prepositions, adverbs and forms of "have" and "do".
    'yet here without upon about above below over under up down out off again further once ' +
    'am had having do does did doing done ought i me my mine myself us ours ourselves you your yours ' +
    'yourself yourselves he him his himself she her hers herself itself them theirs ' +
    'themselves what whose when where why how any both each few most some ' +
    'only own same too very just s t don now ' +
    // The Bible's archaic forms, interjections, and verbs too common to pair.
    'unto thee thou thy thine ye hath doth shalt wilt art o oh let lets get got one ones ' +
    // What is left of a contraction once the apostrophe splits it (didn't → didn + t, we'll → we + ll).
    'didn wasn couldn hadn isn aren wouldn shouldn doesn haven hasn weren mustn needn ain ll ve re'
  ).split(' '),
])
