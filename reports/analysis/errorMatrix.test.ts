import { describe, expect, it } from "vitest";
import { SAMPLE_CASES } from "../testing/sampleCases.ts";
import { errorMatrix } from "./errorMatrix.ts";

describe("errorMatrix", () => {
  it("splits the answers of a category by the expect of the case that got them", () => {
    const matrix = errorMatrix(SAMPLE_CASES);
    const duplicates = matrix.rows.find((row) => row.category === "duplicates");
    expect(duplicates?.cells).toEqual({
      DuplicatedAuditEventId: { acceptable: 96, unacceptable: 0 },
      InternalFailure: { acceptable: 0, unacceptable: 4 },
    });
  });

  it("orders columns 200 first, names, then transport errors", () => {
    expect(errorMatrix(SAMPLE_CASES).answers).toEqual([
      "200",
      "AccessDeniedException",
      "ChannelNotFound",
      "DuplicatedAuditEventId",
      "InternalFailure",
      "ValidationException",
      "transport:connection-reset",
    ]);
  });
});
