import type { SurfacedAnswer } from "./surfacedAnswer.ts";

/** The client's answer, or `timed-out` after `ms`; the timer never outlives the call. */
export async function settleWithin(call: () => Promise<SurfacedAnswer>, ms: number): Promise<SurfacedAnswer> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SurfacedAnswer>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timed-out", afterMs: ms }), ms);
  });
  try {
    return await Promise.race([call(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
