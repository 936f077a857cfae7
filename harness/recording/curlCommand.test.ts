import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { SentRequest } from "../model/exchange.ts";
import { curlCommand } from "./curlCommand.ts";

const URL_WITH_ID = "http://127.0.0.1:4566/PutAuditEvents?channelArn=arn%3Ax&externalId=ext%2Bsecret";
const AUTH =
  "AWS4-HMAC-SHA256 Credential=AKID/20240102/eu-west-1/cloudtrail-data/aws4_request, SignedHeaders=host, Signature=ab";

function sent(body: string | Uint8Array, headers: Record<string, string> = {}, url = URL_WITH_ID): SentRequest {
  return {
    method: "POST",
    url,
    headers: { host: "127.0.0.1:4566", "content-length": "1", "content-type": "application/json", ...headers },
    body: typeof body === "string" ? new TextEncoder().encode(body) : body,
  };
}

const signed = { authorization: AUTH, "x-amz-date": "20240102T000000Z", "x-amz-content-sha256": "ab" };

const EXACT: [string, { given: SentRequest; want: string }][] = [
  [
    "signs with curl's SigV4, credentials and external id from the environment",
    {
      given: sent("{}", signed),
      want: [
        "curl -sS -i \\",
        "  -X 'POST' \\",
        `  'http://127.0.0.1:4566/PutAuditEvents?channelArn=arn%3Ax&externalId='"$PAE_EXTERNAL_ID" \\`,
        "  -H 'content-type: application/json' \\",
        "  --aws-sigv4 'aws:amz:eu-west-1:cloudtrail-data' \\",
        `  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\`,
        "  --data-binary '{}'",
      ].join("\n"),
    },
  ],
  [
    "passes the session token by name only",
    {
      given: sent("{}", { ...signed, "x-amz-security-token": "tok" }, "http://h/PutAuditEvents"),
      want: [
        "curl -sS -i \\",
        "  -X 'POST' \\",
        "  'http://h/PutAuditEvents' \\",
        "  -H 'content-type: application/json' \\",
        "  --aws-sigv4 'aws:amz:eu-west-1:cloudtrail-data' \\",
        `  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\`,
        `  -H "X-Amz-Security-Token: $AWS_SESSION_TOKEN" \\`,
        "  --data-binary '{}'",
      ].join("\n"),
    },
  ],
  [
    "leaves an unsigned request unsigned and strips curl's default content type",
    {
      given: { method: "PUT", url: "http://h/x", headers: { "x-case": "it's" }, body: new Uint8Array() },
      want: "curl -sS -i \\\n  -X 'PUT' \\\n  'http://h/x' \\\n  -H 'x-case: it'\\''s' \\\n  -H 'Content-Type:' \\\n  --data-binary ''",
    },
  ],
];

/** Runs the command with a stand-in `curl` that prints its arguments (NUL-separated), then its stdin. */
function run(command: string): string[] {
  const script = `curl() { for a; do printf '%s\\0' "$a"; done; printf 'STDIN\\0'; cat; }\n${command}`;
  const env = {
    PATH: process.env.PATH,
    PAE_EXTERNAL_ID: "from-env",
    AWS_ACCESS_KEY_ID: "K",
    AWS_SECRET_ACCESS_KEY: "S",
  };
  return execFileSync("sh", ["-c", script], { env, input: "" }).toString("latin1").split("\0");
}

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");

const BODIES: [string, Uint8Array][] = [
  ["JSON with quotes and newlines", new TextEncoder().encode('{"eventData":"it\'s \\"q\\"\\n"}\n\'')],
  ["unicode", new TextEncoder().encode('{"x":"é 👍 中文"}')],
  ["invalid UTF-8 (through printf)", Uint8Array.from([0x7b, 0xff, 0x00, 0x25, 0x5c, 0x27])],
];

describe("curlCommand", () => {
  it.each(EXACT)("%s", (_name, { given, want }) => {
    expect(curlCommand(given)).toBe(want);
  });

  it.each(BODIES)("reproduces a body of %s byte for byte through sh", (_name, body) => {
    const args = run(curlCommand(sent(body, signed)));
    const stdin = args.slice(args.indexOf("STDIN") + 1).join("\0");
    const data = args[args.indexOf("--data-binary") + 1];
    expect(data === "@-" ? stdin : data).toBe(latin1(body));
    expect(args).toContain("http://127.0.0.1:4566/PutAuditEvents?channelArn=arn%3Ax&externalId=from-env");
    expect(args).toContain("K:S");
  });

  it("points a body over the limit at a file and says so in a comment", () => {
    const command = curlCommand(sent("x".repeat(100), signed), { previewLimit: 10 });
    expect(command.split("\n")[0]).toMatch(/^# The body was 100 bytes/);
    expect(command).toMatch(/--data-binary @body\.json$/);
    expect(command).not.toContain("xxxxxxxxxx");
    expect(run(command)).toContain("@body.json");
  });

  it("reads the body of a counterexample written next to the report, and shows the answer's headers", () => {
    const command = curlCommand(sent("x".repeat(100), signed), { bodyFile: "repro/SomeCase.json" });
    expect(command.split("\n")[0]).toMatch(
      /^# Run in the report's folder: the exact body \(100 bytes\) is repro\/SomeCase\.json/,
    );
    expect(command).toMatch(/--data-binary @'repro\/SomeCase\.json'$/);
    expect(command).toContain("curl -sS -i ");
    expect(run(command)).toContain("@repro/SomeCase.json");
  });

  it("never carries the external id, the signature or the session token", () => {
    const command = curlCommand(sent("{}", { ...signed, "x-amz-security-token": "tok-value" }));
    for (const secret of ["ext%2Bsecret", "Signature=ab", "AKID/", "tok-value"]) expect(command).not.toContain(secret);
  });
});
