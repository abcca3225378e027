/** Plain words for the system errors a read or a write meets, by Node's `error.code`. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EEXIST: 'the file already exists',
  EXDEV: 'not on the same file system',
}

/** The reason of a failed read or write in words (`no space left on device`), or its code when unknown. */
export function systemErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code !== undefined && code in REASONS) return REASONS[code]!
  if (code !== undefined) return code
  return error instanceof Error ? error.message.split('\n')[0]! : String(error)
}
