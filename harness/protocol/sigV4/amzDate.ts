import { rememberedByText } from "../remembered.ts";

/** SigV4 time stamps: `X-Amz-Date` is `YYYYMMDDTHHMMSSZ`, the credential scope's date its first 8 characters. */
const AMZ_DATE = /^\d{8}T\d{6}Z$/;
/** `YYYY-MM-DDTHH:MM:SS.sssZ`. */
const ISO_LENGTH = 24;

/** How far a signature's time may be from the server's clock, either way (AWS: 15 minutes). */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export function parseAmzDate(value: string): Date | undefined {
  if (!AMZ_DATE.test(value)) return undefined;
  const fields = [
    Number(value.slice(0, 4)),
    Number(value.slice(4, 6)) - 1,
    Number(value.slice(6, 8)),
    Number(value.slice(9, 11)),
    Number(value.slice(11, 13)),
    Number(value.slice(13, 15)),
  ] as const;
  const date = new Date(Date.UTC(...fields));
  // Date.UTC rolls 31 February over into March (and reads years below 100 as 19xx): only a round trip is a date.
  // The round trip compares fields, not formatted text: formatting was a tenth of checking a signature.
  const back = [
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ];
  return fields.every((field, index) => field === back[index]) ? date : undefined;
}

/**
 * Signing times by their text: every request a client signs within the same second sends the same one, and
 * parsing it (and checking the round trip) again was a few percent of checking a signature. NaN: not a date.
 */
const signingTimes = new Map<string, number>();

/** `parseAmzDate`'s time in epoch milliseconds, or undefined when the text is not a date. */
export function amzDateMs(value: string): number | undefined {
  const ms = rememberedByText(signingTimes, value, (text) => parseAmzDate(text)?.getTime() ?? Number.NaN);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `toISOString` without its separators and milliseconds; a year outside 0000-9999 keeps its sign and six digits. */
export function formatAmzDate(date: Date): string {
  const iso = date.toISOString();
  if (iso.length !== ISO_LENGTH) return iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

const minutesOf = (ms: number) => `${ms / 60_000} min.`;

/** Why a signing time is refused at `now`, in AWS's words, or undefined when it is within the skew window. */
export function skewProblem(signed: Date, now: Date, maxSkewMs: number = MAX_CLOCK_SKEW_MS): string | undefined {
  if (signed.getTime() < now.getTime() - maxSkewMs) {
    const earliest = formatAmzDate(new Date(now.getTime() - maxSkewMs));
    return `Signature expired: ${formatAmzDate(signed)} is now earlier than ${earliest} (${formatAmzDate(now)} - ${minutesOf(maxSkewMs)})`;
  }
  if (signed.getTime() > now.getTime() + maxSkewMs) {
    const latest = formatAmzDate(new Date(now.getTime() + maxSkewMs));
    return `Signature not yet current: ${formatAmzDate(signed)} is still later than ${latest} (${formatAmzDate(now)} + ${minutesOf(maxSkewMs)})`;
  }
  return undefined;
}
