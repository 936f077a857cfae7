import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describeFsError } from "./describeFsError.ts";
import { ReportWriteError } from "./reportWriteError.ts";

// The temp file may never have been created (or its directory may not exist): the first error is the one to report.
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {}
}

/**
 * Writes `text` to `path` so that a reader only ever sees the old file or the whole new one: write a temp file
 * in the same directory (rename is atomic only within a filesystem), fsync it, rename it over `path`. The
 * parent directory is created. On failure the temp file is removed and a ReportWriteError names `path`.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, "wx", 0o644);
    try {
      // writeFileSync keeps writing until done and throws ENOSPC; writeSync may stop short silently.
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw new ReportWriteError(path, describeFsError(error), { cause: error });
  }
}
