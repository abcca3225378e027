import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../errors.js'
import { readTbx } from './tbx.js'
import { readTmx } from './tmx.js'

const unit = (zh: string) =>
  `<tmx version="1.4"><header srclang="zh-CN" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="test" creationtool="test" creationtoolversion="1"/><body><tu><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
${unit('&lol9;')}`

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
${unit('&secret;')}`

describe('hostile and broken XML', () => {
  it('refuses entity declarations ("billion laughs") without expanding them', () => {
    const started = performance.now()
    expect(() => readTmx(BILLION_LAUGHS)).toThrow(InvalidInputError)
    expect(() => readTmx(BILLION_LAUGHS)).toThrow(/declares <!ENTITY …>\. duiqi never expands declared or external entities/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('never resolves an external entity', () => {
    expect(() => readTmx(EXTERNAL_ENTITY)).toThrow(InvalidInputError)
    expect(() => readTbx(EXTERNAL_ENTITY.replaceAll('tmx', 'martif'))).toThrow(/never expands declared or external entities/)
  })

  it('names the line and column of a truncated file', () => {
    const whole = unit('中小企业')
    expect(() => readTmx(whole.slice(0, whole.length - 20))).toThrow(/Expected a well-formed TMX file, but line 1, column \d+ is wrong/)
  })

  it('still reads predefined entities and character references', () => {
    expect(readTmx(unit('A &amp; B &lt;C&gt; &#x4E2D;&#25991;'))[0]?.zh).toBe('A & B <C> 中文')
  })
})
