import { hash } from "node:crypto";

/** base64 of the binary SHA-256 of eventData's UTF-8 bytes: `printf %s "$eventData" | openssl dgst -binary -sha256 | base64`. */
export function eventDataChecksum(eventData: string): string {
  return hash("sha256", eventData, "base64");
}
