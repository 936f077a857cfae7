import { type DocumentedErrorName, errorReply, isErrorReply } from "../reply.ts";
import type { Stages } from "../stages.ts";

/** A fault's `apply`: replaces one stage with what `make` builds from the original. */
export function replacing<K extends keyof Stages>(key: K, make: (original: Stages[K]) => Stages[K]) {
  return (stages: Stages): Stages => ({ ...stages, [key]: make(stages[key]) });
}

/** Wraps a stage so that one error it answers is answered under another name (and that name's status). */
export function renaming<A extends unknown[], R>(stage: (...args: A) => R, from: string, to: DocumentedErrorName) {
  return (...args: A): R => {
    const result = stage(...args);
    return isErrorReply(result) && result.name === from ? (errorReply(to, result.message) as R) : result;
  };
}
