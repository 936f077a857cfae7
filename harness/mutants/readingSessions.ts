import type { ReadingChoice } from "../emulator/readings/applyReadings.ts";
import { type EmulatorSession, openSession } from "./againstEmulator.ts";

type OpenSession = Awaited<ReturnType<typeof openSession>>;

interface Lent {
  opened: Promise<OpenSession>;
  users: number;
}

/**
 * One faithful emulator per reading run, opened when a unit of that run first needs it and closed once no unit
 * uses it and a later run has been claimed (the claims only move forward), or at `closeAll`.
 */
export function readingSessions(readingsOf: (run: number) => ReadingChoice) {
  const lent = new Map<number, Lent>();
  let latest = -1;
  const closeIfDone = (run: number) => {
    const entry = lent.get(run);
    if (!entry || entry.users > 0 || run >= latest) return;
    lent.delete(run);
    return entry.opened.then((session) => session.close());
  };
  return {
    /** The session of `run`, for one unit; hand it back with `release`. */
    async borrow(run: number): Promise<EmulatorSession> {
      latest = Math.max(latest, run);
      const entry = lent.get(run) ?? { opened: openSession({ readings: readingsOf(run) }), users: 0 };
      lent.set(run, entry);
      entry.users++;
      await Promise.all([...lent.keys()].map(closeIfDone));
      return entry.opened;
    },
    async release(run: number): Promise<void> {
      const entry = lent.get(run);
      if (entry) entry.users--;
      await closeIfDone(run);
    },
    async closeAll(): Promise<void> {
      const open = [...lent.values()];
      lent.clear();
      await Promise.all(open.map(async (entry) => (await entry.opened).close()));
    },
  };
}
