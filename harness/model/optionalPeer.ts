/** An optional peer dependency (aws-sdk, nock) that a mode needs is not installed: one line naming the package. */
export class MissingPeerDependencyError extends Error {
  override readonly name = "MissingPeerDependencyError";

  constructor(
    readonly packageName: string,
    purpose: string,
  ) {
    super(`${purpose} needs the package "${packageName}": install it with npm install --save-dev ${packageName}`);
  }
}

function isModuleNotFound(error: unknown, packageName: string): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") &&
    typeof message === "string" &&
    message.includes(packageName)
  );
}

/**
 * Loads an optional peer dependency only when a mode needs it, so that the package imports without it;
 * a missing package becomes a MissingPeerDependencyError, any other failure is rethrown as it is.
 */
export async function importOptionalPeer<T>(packageName: string, purpose: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isModuleNotFound(error, packageName)) throw new MissingPeerDependencyError(packageName, purpose);
    throw error;
  }
}
