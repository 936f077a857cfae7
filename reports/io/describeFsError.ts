// The causes a user can act on, in words; the code stays in brackets for searching.
const CAUSES: Record<string, string> = {
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOTDIR: "a parent path is a file, not a directory",
  EISDIR: "a directory is in the way",
  ENOTEMPTY: "a directory is in the way",
  EEXIST: "something is already there",
  ENOENT: "no such file or directory",
  ENAMETOOLONG: "the path is too long",
  EMFILE: "too many open files",
};

/** A filesystem error as a short clause, e.g. `no space left on device (ENOSPC)`; never a stack trace. */
export function describeFsError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  if (code === undefined) return error.message.split("\n")[0] ?? "";
  return `${CAUSES[code] ?? error.message.split("\n")[0]} (${code})`;
}
