import { Agent } from "undici";
import { createSender } from "../harness/sender/createSender.ts";
import { prepareRequest } from "../harness/sender/prepareRequest.ts";
import { type BenchFigure, ratioFigure } from "./benchFigure.ts";
import { benchTarget } from "./benchTarget.ts";
import { oneEventRequest } from "./oneEventRequest.ts";
import { pairedRates } from "./pairedRates.ts";
import { requestLoop } from "./requestLoop.ts";

const REQUESTS = 2_000;
const WARMUP = 300;
/** Short rounds on a shared machine scatter (9 rounds of 1,000 gave medians from 0.73 to 0.95): many longer ones. */
const ROUNDS = 21;
/** The sender's own pool size: both loops get the same number of sockets. */
const CONCURRENCY = 4;

/** The runner's sender (signs, times and records every request) against a bare undici loop of the same bytes. */
export async function measureSenderRate(emulatorUrl: string): Promise<BenchFigure> {
  const target = benchTarget(emulatorUrl);
  const sender = createSender(target);
  const prepared = await prepareRequest(target, oneEventRequest);
  const agent = new Agent({ connections: CONCURRENCY });
  let notOk = 0;
  const viaSender = async () => {
    const exchange = await sender.send(oneEventRequest);
    if (exchange.response?.status !== 200) notOk += 1;
  };
  const bare = async () => {
    const answer = await agent.request({
      origin: prepared.origin,
      path: prepared.wirePath,
      method: "POST",
      headers: prepared.sent.headers,
      body: prepared.sent.body,
    });
    await answer.body.arrayBuffer();
    if (answer.statusCode !== 200) notOk += 1;
  };
  try {
    await requestLoop(WARMUP, CONCURRENCY, bare);
    await requestLoop(WARMUP, CONCURRENCY, viaSender);
    const rates = await pairedRates(
      ROUNDS,
      () => requestLoop(REQUESTS, CONCURRENCY, viaSender),
      () => requestLoop(REQUESTS, CONCURRENCY, bare),
    );
    if (notOk > 0) throw new Error(`${notOk} requests of the sender benchmark were not answered 200`);
    return ratioFigure(
      `runner sender, 1-event requests (${CONCURRENCY} at a time)`,
      { value: rates.measured, unit: "req/s" },
      { name: "bare undici keep-alive loop", value: rates.baseline },
      0.8,
      rates.ratio,
    );
  } finally {
    await sender.close();
    await agent.close();
  }
}
