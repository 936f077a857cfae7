import { main } from "../../harness/cli/main.ts";

/** Runs a pae-conformance command in-process and captures what it printed and its exit code. */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { ...env, CI: "true" },
  });
  return { code, stdout, stderr };
}
