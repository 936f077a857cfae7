import fc from "fast-check";
import { accountId } from "./accountId.ts";
import { channelArnFor } from "./channelArnFor.ts";

export interface ChannelArnBreakingPatternConstraints {
  /** Values never produced, e.g. the ids (ARN suffixes) of real channels, which the service may accept. */
  avoid?: readonly string[];
}

/** Characters `.` does not match in `^arn:.*$`: a line break inside the ARN breaks the pattern. */
const LINE_TERMINATORS = ["\n", "\r", "\u2028", "\u2029"] as const;

type Breaking = (arn: string, terminator: string) => string;

const BREAKINGS: readonly Breaking[] = [
  () => "",
  (arn) => arn.replace(/^arn:/, "ARN:"),
  (arn) => ` ${arn}`,
  (arn) => arn.replace(/^arn:/, "urn:"),
  (arn) => arn.replace(/^arn:/, ""),
  (arn) => arn.replace(/^arn:/, "arn-"),
  (arn, terminator) => arn.replace(/:channel\//, `:channel/${terminator}`),
  (arn, terminator) => `${terminator}${arn}`,
];

/** Channel references that do not match CHANNEL_ARN.pattern `^arn:.*$`, derived from well-formed ARNs. */
export function channelArnBreakingPattern(
  constraints: ChannelArnBreakingPatternConstraints = {},
): fc.Arbitrary<string> {
  const avoid = constraints.avoid ?? [];
  return fc
    .record({
      arn: fc.tuple(accountId(), fc.uuid()).map(([account, id]) => channelArnFor(account, "us-east-1", id)),
      breaking: fc.constantFrom(...BREAKINGS),
      terminator: fc.constantFrom(...LINE_TERMINATORS),
    })
    .map(({ arn, breaking, terminator }) => breaking(arn, terminator))
    .map((value) => (avoid.includes(value) ? `${value}#` : value));
}
