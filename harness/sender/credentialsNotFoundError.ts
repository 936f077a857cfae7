/** No credentials anywhere the standard chain looks; a user mistake, reported in one line without a stack. */
export class CredentialsNotFoundError extends Error {
  override readonly name = "CredentialsNotFoundError";

  constructor(detail: string) {
    super(
      `no AWS credentials found (${detail}): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with a shared credentials file, or allow dummy credentials for a local emulator`,
    );
  }
}
