/** SigV4 time stamps: `X-Amz-Date` is `YYYYMMDDTHHMMSSZ`, the credential scope's date its first 8 characters. */
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** How far a signature's time may be from the server's clock, either way (AWS: 15 minutes). */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export function parseAmzDate(value: string): Date | undefined {
  const [, year, month, day, hour, minute, second] = AMZ_DATE.exec(value) ?? [];
  if (second === undefined) return undefined;
  const date = new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)),
  );
  return formatAmzDate(date) === value ? date : undefined;
}

export function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Why a signing time is refused at `now`, in AWS's words, or undefined when it is within the skew window. */
export function skewProblem(signed: Date, now: Date, maxSkewMs: number = MAX_CLOCK_SKEW_MS): string | undefined {
  const minutes = `${maxSkewMs / 60_000} min.`;
  if (signed.getTime() < now.getTime() - maxSkewMs) {
    const earliest = formatAmzDate(new Date(now.getTime() - maxSkewMs));
    return `Signature expired: ${formatAmzDate(signed)} is now earlier than ${earliest} (${formatAmzDate(now)} - ${minutes})`;
  }
  if (signed.getTime() > now.getTime() + maxSkewMs) {
    const latest = formatAmzDate(new Date(now.getTime() + maxSkewMs));
    return `Signature not yet current: ${formatAmzDate(signed)} is still later than ${latest} (${formatAmzDate(now)} + ${minutes})`;
  }
  return undefined;
}
