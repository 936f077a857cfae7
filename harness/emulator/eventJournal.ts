import { mkdir, open, readFile, truncate } from "node:fs/promises";
import { join } from "node:path";
import type { StoredEvent } from "./eventStore.ts";

const JOURNAL_FILE = "events.jsonl";

/**
 * `--data-dir`: an append-only journal of accepted events, one JSON line each, written and fsynced before the 200
 * is sent, and read back on start. A line torn by a crash was never acknowledged: it is cut off on start.
 */
export interface EventJournal {
  path: string;
  /** The events journalled before this start. */
  recovered: StoredEvent[];
  append(events: readonly StoredEvent[]): Promise<void>;
  close(): Promise<void>;
}

async function recover(path: string): Promise<StoredEvent[]> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const end = text.lastIndexOf("\n") + 1;
  if (end < text.length) await truncate(path, Buffer.byteLength(text.slice(0, end)));
  return text
    .slice(0, end)
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as StoredEvent);
}

export async function openEventJournal(dir: string): Promise<EventJournal> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, JOURNAL_FILE);
  const recovered = await recover(path);
  const file = await open(path, "a");
  // Appends are chained so that lines never interleave and each caller waits for its own fsync.
  let tail: Promise<void> = Promise.resolve();
  return {
    path,
    recovered,
    append(events) {
      if (events.length === 0) return tail;
      const text = events.map((event) => `${JSON.stringify(event)}\n`).join("");
      tail = tail.then(async () => {
        await file.appendFile(text, "utf8");
        await file.datasync();
      });
      return tail;
    },
    async close() {
      await tail.catch(() => undefined);
      await file.close();
    },
  };
}
