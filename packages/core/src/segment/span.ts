import { z } from 'zod'

/** A span of a text: UTF-16 offsets, `end` exclusive. */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type Span = z.infer<typeof spanSchema>
