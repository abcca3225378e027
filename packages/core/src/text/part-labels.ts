import { z } from 'zod'
import { type Language, partKindSchema, type PartKind } from '../model/schemas.js'

/** A part label as found at the start of a paragraph: the part it opens and the label as written. */
export const partLabelSchema = z.object({
  kind: partKindSchema,
  /** The label without markup, as written ("Background:", "目标："). */
  label: z.string(),
})
export type PartLabel = z.infer<typeof partLabelSchema>

/** English labels in either number ("Objectives:", "Action:"), any case, before a colon. */
const ENGLISH_LABEL = /^(background|objectives?|actions?)\s*:/i
/** Chinese labels before a full-width or ASCII colon. */
const CHINESE_LABEL = /^(背景|目标|行动)\s*[：:]/
/** The part each label word opens. */
const PART_KINDS: Readonly<Record<string, PartKind>> = {
  background: 'background',
  objective: 'objective',
  objectives: 'objective',
  action: 'actions',
  actions: 'actions',
  背景: 'background',
  目标: 'objective',
  行动: 'actions',
}

/**
 * The part label that a paragraph's text (markup removed, as from `sentenceText`) opens with, if any.
 *
 * @example
 * matchPartLabel('Background: As the premier forum', 'en') // { kind: 'background', label: 'Background:' }
 */
export function matchPartLabel(text: string, language: Language): PartLabel | undefined {
  const match = (language === 'zh' ? CHINESE_LABEL : ENGLISH_LABEL).exec(text)
  const kind = match?.[1] === undefined ? undefined : PART_KINDS[match[1].toLowerCase()]
  return match && kind ? { kind, label: match[0] } : undefined
}

/** Whether a line (markup removed) is a part label and nothing else ("Objective:", "行动："). */
export function isStandaloneLabel(text: string, language: Language): boolean {
  return matchPartLabel(text, language)?.label.length === text.length
}
