import { describe, expect, it } from "vitest";
import { isAwsHost } from "./isAwsHost.ts";

describe("isAwsHost", () => {
  it.each([
    ["cloudtrail-data.us-east-1.amazonaws.com", true],
    ["cloudtrail-data-fips.us-gov-west-1.amazonaws.com", true],
    ["cloudtrail-data.cn-north-1.amazonaws.com.cn", true],
    ["cloudtrail-data.us-east-1.api.aws", true],
    ["127.0.0.1", false],
    ["localhost", false],
    ["amazonaws.com.example.org", false],
    ["notamazonaws.com", false],
  ])("says %s is an AWS host: %s", (hostname, want) => {
    expect(isAwsHost(hostname)).toBe(want);
  });
});
