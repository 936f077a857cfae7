/** Run documents that cannot be merged into one run: the message says which and why, in one line. */
export class MergeError extends Error {
  override readonly name = "MergeError";
}
