import { describe, expect, it } from "vitest";
import { channelArnParser, parseChannelArn } from "./channelArn.ts";

const OWN = "arn:aws:cloudtrail:us-east-1:111122223333:channel/01234567890";

describe("parseChannelArn, the spec's channel ARN grammar", () => {
  it.each([
    [
      "reads the spec's example",
      OWN,
      { partition: "aws", region: "us-east-1", account: "111122223333", channelId: "01234567890" },
    ],
    ["keeps a / in the channel id (the resource is the rest)", `${OWN}/b`, { channelId: "01234567890/b" }],
    ["keeps a : in the channel id", `${OWN}:b`, { channelId: "01234567890:b" }],
    ["takes a region with a / as a segment", OWN.replace("us-east-1", "us/east"), { region: "us/east" }],
    ["reads another partition", OWN.replace(":aws:", ":aws-cn:"), { partition: "aws-cn" }],
  ])("%s", (_name, arn, want) => {
    expect(parseChannelArn(arn)).toMatchObject(want);
  });

  it.each([
    ["another service", OWN.replace(":cloudtrail:", ":cloudtrail-data:")],
    ["another resource", OWN.replace(":channel/", ":trail/")],
    ["an empty channel id", OWN.replace(/\/.*$/, "/")],
    ["a missing account", "arn:aws:cloudtrail:us-east-1::channel/x"],
    ["a missing segment", "arn:aws:cloudtrail:us-east-1:channel/x"],
    ["a bare id", "01234567890"],
  ])("refuses %s", (_name, arn) => {
    expect(parseChannelArn(arn)).toBeUndefined();
  });

  it("reads another format when a fault plants one", () => {
    const anyService = channelArnParser("arn:{partition}:{service}:{region}:{account}:channel/{channelId}");
    expect(anyService(OWN.replace(":cloudtrail:", ":cloudtrail-data:"))).toMatchObject({ channelId: "01234567890" });
  });
});
