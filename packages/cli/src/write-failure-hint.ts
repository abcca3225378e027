import { dirname } from 'node:path'

/** What to do about a failed write, as a sentence to append to the message (with a leading space), or ''. */
export function writeFailureHint(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return ` The folder ${dirname(path)} does not exist: create it first or give another path.`
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return ' Free some space and run it again.'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return ' Write to a folder you may write to.'
  return ''
}
