import { describe, expect, it } from "vitest";
import type { Exchange, TransportErrorKind } from "../model/exchange.ts";
import type { Sender } from "../sender/createSender.ts";
import { sendUntilSettled } from "./sendUntilSettled.ts";

const REQUEST = { query: {}, body: { json: {} } };
const NO_PAUSES = [0, 0, 0];

function exchange(kind?: TransportErrorKind): Exchange {
  return {
    request: { method: "POST", url: "http://127.0.0.1:1/", headers: {}, body: new Uint8Array() },
    ...(kind
      ? { transportError: { kind, message: kind } }
      : { response: { status: 400, headers: {}, body: new Uint8Array(), bodyBytes: 0, bodyTruncated: false } }),
    startedAt: "2026-01-01T00:00:00.000Z",
    durationMs: 1,
  };
}

/** Answers with the scripted outcomes in turn (an answer when undefined), repeating the last; counts sends. */
function scriptedSender(script: readonly (TransportErrorKind | undefined)[], onSend: () => void = () => {}) {
  let sends = 0;
  const sender: Sender = {
    send: async () => {
      onSend();
      sends += 1;
      return exchange(script[Math.min(sends, script.length) - 1]);
    },
    close: async () => {},
  };
  return { sender, sends: () => sends };
}

describe("sendUntilSettled", () => {
  it.each<[string, { script: (TransportErrorKind | undefined)[]; want: { kind?: TransportErrorKind; sends: number } }]>(
    [
      ["an answer is sent once", { script: [undefined], want: { sends: 1 } }],
      ["a timeout is not retried", { script: ["timeout"], want: { kind: "timeout", sends: 1 } }],
      ["a refusal is retried once", { script: ["connection-refused"], want: { kind: "connection-refused", sends: 2 } }],
      ["a reset then an answer is the answer", { script: ["connection-reset", undefined], want: { sends: 2 } }],
      [
        "resets of a dying target end in its refusal",
        {
          script: ["connection-reset", "connection-reset", "connection-reset", "connection-refused"],
          want: { kind: "connection-refused", sends: 4 },
        },
      ],
      [
        "resets that persist past every pause are the target's answer",
        { script: ["connection-reset"], want: { kind: "connection-reset", sends: 2 + NO_PAUSES.length } },
      ],
    ],
  )("%s", async (_name, { script, want }) => {
    const { sender, sends } = scriptedSender(script);
    const settled = await sendUntilSettled(sender, REQUEST, undefined, NO_PAUSES);
    expect({ kind: settled.transportError?.kind, sends: sends() }).toEqual({ kind: want.kind, sends: want.sends });
  });

  it("stops retrying at once when the run is interrupted", async () => {
    const interrupt = new AbortController();
    const { sender, sends } = scriptedSender(["connection-reset"], () => {
      if (sends() === 1) interrupt.abort();
    });
    const settled = await sendUntilSettled(sender, REQUEST, interrupt.signal, [60_000]);
    expect({ kind: settled.transportError?.kind, sends: sends() }).toEqual({ kind: "connection-reset", sends: 2 });
  });
});
