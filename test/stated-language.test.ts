import { align } from '@duiqi/align'
import { detectLanguage } from '@duiqi/core'
import { describe, expect, it } from 'vitest'
import { runCli } from '../packages/cli/src/__fixtures__/run-cli.js'
import { EXIT_OK } from '../packages/cli/src/index.js'
import { tempFile } from './__fixtures__/temp-file.js'

const ZH_WITH_KANA = '我小时候最喜欢看《ドラえもん》和《となりのトトロ》这两部动画片。\n后来我也喜欢上了中国的电影。\n'
const EN_FOR_KANA = 'As a child I loved watching Doraemon and My Neighbour Totoro.\nLater I came to love Chinese films too.\n'
const ZH_LAUGH = '他大笑起来。\n“哈哈哈哈哈哈哈！哈哈哈哈哈哈哈！哈哈哈哈哈哈哈！”\n'
const EN_LAUGH = 'He burst out laughing.\nHa ha ha ha ha ha ha! Ha ha ha ha ha ha ha! Ha ha ha ha ha ha ha!\n'
/** Only the laugh: franc alone calls this Dutch. */
const EN_LAUGH_ONLY = 'Ha ha ha ha ha ha ha! Ha ha ha ha ha ha ha! Ha ha ha ha ha ha ha!\n'
const ZH_LAUGH_ONLY = '“哈哈哈哈哈哈哈！哈哈哈哈哈哈哈！哈哈哈哈哈哈哈！”\n'

describe('a stated language is checked for plausibility, not overruled', () => {
  it('aligns Chinese quoting Japanese titles when the source is stated to be Chinese', () => {
    const corpus = align(ZH_WITH_KANA, EN_FOR_KANA, { sourceLanguage: 'zh', targetLanguage: 'en', read: 'presplit' })
    expect(corpus.source.language).toBe('zh')
  })

  it('aligns an English line of laughter when the target is stated to be English', () => {
    const corpus = align(ZH_LAUGH_ONLY, EN_LAUGH_ONLY, { sourceLanguage: 'zh', targetLanguage: 'en', read: 'presplit' })
    expect(corpus.target.language).toBe('en')
  })

  it('still refuses a stated Chinese source that has no Han at all', () => {
    expect(() => align(EN_LAUGH, ZH_LAUGH, { sourceLanguage: 'zh', targetLanguage: 'en' })).toThrow(/detected the reverse/)
  })

  it('the CLI aligns them with --source-lang zh --presplit', async () => {
    const zh = await tempFile('zh.txt', ZH_WITH_KANA)
    const en = await tempFile('en.txt', EN_FOR_KANA)
    const result = await runCli(['align', zh, en, '--source-lang', 'zh', '--target-lang', 'en', '--presplit'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(EXIT_OK)
  })

  it('the CLI aligns an English laugh with --target-lang en', async () => {
    const zh = await tempFile('zh.txt', ZH_LAUGH_ONLY)
    const en = await tempFile('en.txt', EN_LAUGH_ONLY)
    const result = await runCli(['align', zh, en, '--target-lang', 'en', '--presplit'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(EXIT_OK)
  })
})

describe('detection without a stated language', () => {
  it('Chinese with kana in a title is Chinese when Han dominates', () => {
    expect(detectLanguage(ZH_WITH_KANA).language).toBe('zh')
    expect(detectLanguage('今天我们一起去电影院看了《千と千尋の神隠し》，大家都觉得非常好看，值得再看一遍。').language).toBe('zh')
    expect(detectLanguage('我最喜欢的动画是「ドラえもん」和『となりのトトロ』。').language).toBe('zh')
    expect(detectLanguage('他说：“ありがとう”，然后走了。').language).toBe('zh')
    expect(detectLanguage('她唱了一首《さくらさくら》。').language).toBe('zh')
  })

  it('Japanese prose is still Japanese', () => {
    expect(detectLanguage('私は毎日学校に行きます。今日はとても良い天気ですね。').language).toBe('jpn')
    expect(detectLanguage('「ありがとう」と彼は言った。「また明日ね」').language).toBe('jpn')
    expect(detectLanguage('本規約は、当社が提供するサービスの利用条件を定めるものです。').language).toBe('jpn')
  })

  it('short or repetitive Latin text is English', () => {
    expect(detectLanguage('Ha ha ha ha ha ha ha! Ha ha ha ha ha ha ha! Ha ha ha ha ha ha ha!').language).toBe('en')
    expect(detectLanguage('He said: "Ha ha ha ha ha ha ha!" and left.').language).toBe('en')
  })

  it('French and German prose are still refused as French and German', () => {
    expect(detectLanguage('La République française est un État laïque et démocratique, elle assure l’égalité devant la loi.').language).toBe('fra')
    expect(detectLanguage('Der Hund läuft schnell über die Straße und bellt laut, weil er die Katze gesehen hat.').language).toBe('deu')
  })

  it('the CLI aligns an English laugh without a stated language', async () => {
    const zh = await tempFile('zh.txt', ZH_LAUGH_ONLY)
    const en = await tempFile('en.txt', EN_LAUGH_ONLY)
    const result = await runCli(['align', zh, en, '--presplit'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(EXIT_OK)
  })
})
