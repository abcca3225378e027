/**
 * English function words and very common verbs that carry no alignment evidence on their own.
 * Kept short on purpose: frequent content words are down-weighted by inverse document frequency instead.
 */
export const englishStopWords: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of to in on at by for ' +
    'from with without into onto upon about above below over under up down out off again further once ' +
    'as is am are was were be been being have has had having do does did doing done will would shall ' +
    'should can could may might must ought i me my mine myself we us our ours ourselves you your yours ' +
    'yourself yourselves he him his himself she her hers herself it its itself they them their theirs ' +
    'themselves what which who whom whose when where why how all any both each few more most other some ' +
    'such no not only own same too very just also s t don now unto thee thou thy thine ye hath doth shalt ' +
    'wilt art o oh let lets get got one ones ' +
    // What is left of a contraction once the apostrophe splits it (didn't → didn + t, we'll → we + ll).
    'didn wasn couldn hadn isn aren wouldn shouldn doesn haven hasn weren mustn needn ain ll ve re'
  ).split(' '),
)
