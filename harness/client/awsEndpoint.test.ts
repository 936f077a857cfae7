import { describe, expect, it } from "vitest";
import { loadSpec } from "../codegen/loadSpec.ts";
import { awsEndpoint } from "./awsEndpoint.ts";

const [server] = (loadSpec().openapi.servers ?? []) as { url: string }[];

describe("awsEndpoint", () => {
  it.each(["us-east-1", "eu-west-1", "ap-southeast-2"])("is the spec's server URL for %s", (region) => {
    expect(awsEndpoint(region)).toBe(server?.url.replace("{region}", region));
  });
});
