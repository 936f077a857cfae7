import { SignatureV4 } from "@smithy/signature-v4";

type FormattedDate = { longDate: string; shortDate: string };

/**
 * The SDK's signer, formatting each second's signing date once: a run signs hundreds of requests within the
 * same second, and the formatted date (ISO text, milliseconds dropped) depends on the second alone.
 */
export class SecondFormattingSignatureV4 extends SignatureV4 {
  private lastSecond = Number.NaN;
  private lastFormatted: FormattedDate | undefined;

  protected override formatDate(now: number | string | Date): FormattedDate {
    // Numbers and strings are read by the signer's own rules; an invalid Date has a NaN second and never matches.
    if (!(now instanceof Date)) return super.formatDate(now);
    const second = Math.floor(now.getTime() / 1000);
    if (second !== this.lastSecond || this.lastFormatted === undefined) {
      this.lastFormatted = super.formatDate(now);
      this.lastSecond = second;
    }
    return this.lastFormatted;
  }
}
