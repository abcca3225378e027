/**
 * Irregular English inflections mapped to their base form, because CC-CEDICT glosses use base forms
 * ("to see") while narrative text uses past tenses ("saw", "seen") and irregular plurals ("men").
 */
const IRREGULAR_TABLE = `
arise arose arisen|awake awoke awoken|be was were been|bear bore borne born|beat beaten|become became|
begin began begun|bend bent|bet|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|
breed bred|bring brought|build built|burn burnt|burst|buy bought|catch caught|choose chose chosen|
cling clung|come came|cost|creep crept|cut|deal dealt|dig dug|do did done|draw drew drawn|dream dreamt|
drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|
find found|flee fled|fling flung|fly flew flown|forbid forbade forbidden|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grind ground|
grow grew grown|hang hung|have had has|hear heard|hide hid hidden|hit|hold held|hurt|keep kept|
kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|
let|lie lay lain|light lit|lose lost|make made|mean meant|meet met|pay paid|put|quit|read|ride rode ridden|
ring rang rung|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|send sent|set|
shake shook shaken|shine shone|shoot shot|show shown|shrink shrank shrunk|shut|sing sang sung|
sink sank sunk|sit sat|slay slew slain|sleep slept|slide slid|sling slung|smite smote smitten|
speak spoke spoken|speed sped|spend spent|spin spun|spit spat|split|spread|spring sprang sprung|
stand stood|steal stole stolen|stick stuck|sting stung|stink stank|stride strode|strike struck stricken|
string strung|strive strove striven|swear swore sworn|sweep swept|swell swollen|swim swam swum|
swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|
tread trod trodden|understand understood|wake woke woken|wear wore worn|weave wove woven|weep wept|
win won|wind wound|write wrote written|man men|woman women|child children|foot feet|tooth teeth|
mouse mice|goose geese|person people|ox oxen|brother brethren|die dying|lie lying|tie tying|
good better best|bad worse worst|many more most|much|little less least|far farther further farthest
`

/** Each irregular form → its base form. */
export const irregularForms: ReadonlyMap<string, string> = new Map(
  IRREGULAR_TABLE.split('|').flatMap((group) => {
    const [base, ...forms] = group.trim().split(/\s+/)
    return base === undefined ? [] : forms.map((form): [string, string] => [form, base])
  }),
)
