/**
 * Positions 0 to `count` - 1 handed out once each, in order, to whichever thread asks first: every thread given
 * the same `shared` buffer takes from the same counter, so a thread that finishes early takes more.
 */
export function claimCounter(shared: SharedArrayBuffer, count: number): () => number | undefined {
  const next = new Int32Array(shared, 0, 1);
  return () => {
    const position = Atomics.add(next, 0, 1);
    return position < count ? position : undefined;
  };
}

/** A fresh counter's buffer, to share through workerData. */
export const newClaimBuffer = () => new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
