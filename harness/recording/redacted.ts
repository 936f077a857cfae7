/** What replaces a secret everywhere in a record. */
export const REDACTED = "[redacted]";
