import type { AlignSentencesOptions } from '@duiqi/align'

/**
 * The configurations the bench compares, each adding one kind of evidence to the one before; those
 * marked `growth` run at every Bible size, for how time, memory and accuracy grow.
 */
export const ablations: ReadonlyArray<{ readonly id: string; readonly label: string; readonly options: AlignSentencesOptions; readonly growth?: true }> = [
  { id: 'length', label: 'length only (hunalign-style)', options: { lexicon: false, anchors: false, learnLexicon: false } },
  { id: 'lexicon', label: 'length + lexicon (CC-CEDICT)', options: { anchors: false, learnLexicon: false, wordOrder: false } },
  { id: 'anchors', label: '+ anchors', options: { learnLexicon: false, wordOrder: false } },
  { id: 'learnt', label: '+ learnt lexicon', options: { wordOrder: false } },
  { id: 'full', label: '+ word order (full)', options: {}, growth: true },
  { id: 'ecdict', label: '+ ECDICT (opt-in)', options: { ecdict: true }, growth: true },
]

/** The options of an ablation by id. */
export function ablationOptions(id: string): AlignSentencesOptions {
  const found = ablations.find((ablation) => ablation.id === id)
  if (found === undefined) throw new Error(`Unknown ablation "${id}"; expected one of ${ablations.map((a) => a.id).join(', ')}.`)
  return found.options
}
