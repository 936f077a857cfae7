import { SignatureV4 } from "@smithy/signature-v4";

type FormattedDate = { longDate: string; shortDate: string };
type Credentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** Members the SDK's signer declares private yet calls through `this`: an instance may answer them itself. */
interface SignerInternals {
  getSigningKey(credentials: Credentials, region: string, shortDate: string, service?: string): Promise<Uint8Array>;
  getCanonicalPath(request: { path: string }): string;
}

interface KnownKey {
  credentials: Credentials;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string | undefined;
  region: string;
  shortDate: string;
  service: string | undefined;
  key: Promise<Uint8Array>;
}

/**
 * The SDK's signer, remembering what a run's requests share: each second's formatted date, the day's signing key
 * and the canonical form of the last path. A run signs hundreds of requests a second with one key to one path;
 * the SDK derives each afresh (its key cache is named by an HMAC of the key, computed on every request).
 */
export class RememberingSignatureV4 extends SignatureV4 {
  private lastSecond = Number.NaN;
  private lastFormatted: FormattedDate | undefined;
  private lastKey: KnownKey | undefined;
  private lastPath: { path: string; canonical: string } | undefined;

  constructor(options: ConstructorParameters<typeof SignatureV4>[0]) {
    super(options);
    const internals = this as unknown as SignerInternals;
    const deriveKey = internals.getSigningKey.bind(this);
    const canonicalPath = internals.getCanonicalPath.bind(this);
    internals.getSigningKey = (credentials, region, shortDate, service) => {
      if (!this.isLastKey(credentials, region, shortDate, service)) {
        const key = deriveKey(credentials, region, shortDate, service);
        const { accessKeyId, secretAccessKey, sessionToken } = credentials;
        this.lastKey = { credentials, accessKeyId, secretAccessKey, sessionToken, region, shortDate, service, key };
      }
      return (this.lastKey as KnownKey).key;
    };
    internals.getCanonicalPath = (request) => {
      if (this.lastPath?.path !== request.path)
        this.lastPath = { path: request.path, canonical: canonicalPath(request) };
      return this.lastPath.canonical;
    };
  }

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

  /** The values are compared too: a credentials object may be changed in place (a refreshed key). */
  private isLastKey(credentials: Credentials, region: string, shortDate: string, service: string | undefined): boolean {
    const last = this.lastKey;
    return (
      last !== undefined &&
      last.credentials === credentials &&
      last.accessKeyId === credentials.accessKeyId &&
      last.secretAccessKey === credentials.secretAccessKey &&
      last.sessionToken === credentials.sessionToken &&
      last.region === region &&
      last.shortDate === shortDate &&
      last.service === service
    );
  }
}
