import { describe, expect, it } from "vitest";
import { channelArnStage } from "./channelArnStage.ts";
import { isErrorReply } from "./reply.ts";

describe("channelArnStage", () => {
  const stage = channelArnStage();
  it("reads the same ARN to the same parts every time it is asked", () => {
    const arn = "arn:aws:cloudtrail:us-east-1:111122223333:channel/abc";
    const want = { arn, partition: "aws", region: "us-east-1", accountId: "111122223333", channelId: "abc" };
    expect(stage(arn)).toEqual(want);
    expect(stage(arn)).toEqual(want);
  });
  it("answers InvalidChannelARN for a value outside the grammar every time it is asked", () => {
    for (let asked = 0; asked < 2; asked += 1) {
      const answer = stage("arn:aws:s3:::bucket");
      expect(isErrorReply(answer) && answer.name).toBe("InvalidChannelARN");
    }
  });
  it("reads with the parser it was given, not another stage's", () => {
    const other = channelArnStage(() => ({ partition: "p", region: "r", account: "a", channelId: "c" }));
    expect(other("arn:aws:s3:::bucket")).toMatchObject({ accountId: "a", channelId: "c" });
    expect(isErrorReply(stage("arn:aws:s3:::bucket"))).toBe(true);
  });
});
