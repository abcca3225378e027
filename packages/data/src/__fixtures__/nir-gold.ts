import { readFile } from 'node:fs/promises'
import type { BeadPair } from '@duiqi/align'

/** One hand-checked bead of the plan's gold: its Chinese and English sentences, by text. */
export interface GoldBlock {
  readonly zh: readonly string[]
  readonly en: readonly string[]
}

/** The blocks of `nir-gold.txt`: blank-line separated, `zh\t` and `en\t` lines, `#` comments. */
export async function readNirGold(): Promise<GoldBlock[]> {
  const text = await readFile(new URL('./nir-gold.txt', import.meta.url), 'utf8')
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line !== '' && !line.startsWith('#')))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      zh: lines.filter((line) => line.startsWith('zh\t')).map((line) => line.slice(3)),
      en: lines.filter((line) => line.startsWith('en\t')).map((line) => line.slice(3)),
    }))
}

/** Gold blocks as beads over sentence indices: the n-th zh line is Chinese sentence n, and so on. */
export function nirGoldBeads(blocks: readonly GoldBlock[]): BeadPair[] {
  let zh = 0
  let en = 0
  return blocks.map((block) => ({
    source: block.zh.map(() => zh++),
    target: block.en.map(() => en++),
  }))
}
