import fc from "fast-check";
import { externalId } from "../generators/externalId.ts";
import { validAuditEvents } from "../generators/validAuditEvents.ts";
import { parseChannelArn } from "../protocol/channelArn.ts";
import type { ClientInput } from "./clientUnderTest.ts";

/** Events per call: at least two, so that a partial failure leaves one event in each list. */
const EVENTS = { minLength: 2, maxLength: 5 } as const;
const EXTERNAL_ID_MAX = 64;

/** Valid inputs for a channel: a few small schema-following events, and an external id half the time. */
export function clientInputFor(channelArn: string): fc.Arbitrary<ClientInput> {
  const recipientAccountId = parseChannelArn(channelArn)?.account ?? "111122223333";
  return fc.record(
    {
      channelArn: fc.constant(channelArn),
      externalId: externalId({ maxLength: EXTERNAL_ID_MAX }),
      auditEvents: validAuditEvents({ ...EVENTS, recipientAccountId, fieldAtMaxLength: "never" }),
    },
    { requiredKeys: ["channelArn", "auditEvents"] },
  );
}

/** One input, the same for the same seed. */
export function sampleClientInput(channelArn: string, seed: number): ClientInput {
  const [input] = fc.sample(clientInputFor(channelArn), { seed, numRuns: 1 });
  if (input === undefined) throw new Error("fast-check produced no sample");
  return input;
}
