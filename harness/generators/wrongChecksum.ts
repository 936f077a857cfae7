import { createHash } from "node:crypto";
import fc from "fast-check";
import { eventDataChecksum } from "../protocol/eventDataChecksum.ts";

/** Random 32-byte digests in base64, built once: wrongChecksum is drawn anew for every event it replaces. */
const RANDOM_DIGEST = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => Buffer.from(bytes).toString("base64"));

/**
 * eventDataChecksum values that are not the checksum of `eventData` (base64 of the SHA-256 of its UTF-8
 * bytes): the usual integrator mistakes, each derived from `eventData`, and random 32-byte digests.
 */
export function wrongChecksum(eventData: string): fc.Arbitrary<string> {
  const correct = eventDataChecksum(eventData);
  // The right digest in the wrong encodings: hashed once (the same bytes eventDataChecksum hashes), written twice.
  const digest = createHash("sha256").update(eventData, "utf8").digest();
  const mistakes = [
    eventDataChecksum(`${eventData}\n`), // `echo` instead of `printf %s`
    eventDataChecksum(`${eventData} `), // checksum of other data
    digest.toString("hex"),
    digest.toString("base64url"),
    createHash("sha256").update(eventData, "utf16le").digest("base64"),
    createHash("sha1").update(eventData, "utf8").digest("base64"),
    correct.slice(0, -1), // padding dropped
    correct.slice(0, correct.length / 2), // truncated
  ].filter((candidate) => candidate !== correct);
  const randomDigest = RANDOM_DIGEST.map((candidate) =>
    candidate === correct ? eventDataChecksum(candidate) : candidate,
  );
  return fc.oneof(fc.constantFrom(...mistakes), randomDigest);
}
