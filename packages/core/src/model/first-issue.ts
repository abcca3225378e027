import type { z } from 'zod'

/** Where a schema check first failed (`sections.2.score`, `(root)` for the value itself) and why. */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0]
  const path = issue === undefined || issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.')
  return { path, message: issue?.message ?? 'invalid value' }
}
