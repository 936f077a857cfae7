import fc from "fast-check";

const hex = (byte: number, lower: boolean) => {
  const digits = byte.toString(16).padStart(2, "0");
  return `%${lower ? digits : digits.toUpperCase()}`;
};
const percentEncodedBytes = (text: string, lower: boolean) =>
  [...Buffer.from(text, "utf8")].map((byte) => hex(byte, lower)).join("");

/**
 * Query strings `channelArn=...` that mean exactly `arn` under RFC 3986 but are written otherwise than the
 * usual encoding: lower-case hex escapes, every byte escaped, or `:` and `/` left as they are (both allowed in
 * a query). A server must decode each to the same ARN.
 */
export function channelArnQueryEncoding(arn: string): fc.Arbitrary<string> {
  const usual = encodeURIComponent(arn);
  return fc
    .constantFrom(
      usual.replace(/%[0-9A-F]{2}/g, (percentEscape) => percentEscape.toLowerCase()),
      percentEncodedBytes(arn, false),
      percentEncodedBytes(arn, true),
      usual.replace(/%3A/g, ":").replace(/%2F/g, "/"),
    )
    .map((value) => `channelArn=${value}`);
}
