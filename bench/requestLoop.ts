/** Sends `total` requests through `sendOne`, `concurrency` at a time, and returns requests per second. */
export async function requestLoop(total: number, concurrency: number, sendOne: () => Promise<void>): Promise<number> {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      await sendOne();
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total / ((performance.now() - begin) / 1000);
}
