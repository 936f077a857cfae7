import type CloudTrailData from "aws-sdk/clients/cloudtraildata.js";
import { awsSdkV2Service } from "../awsSdkV2Client.ts";
import type { ClientInput, ClientSetup, ClientUnderTest } from "../clientUnderTest.ts";

type Call = (service: CloudTrailData, input: ClientInput) => Promise<unknown>;

const broken = (name: string, call: Call): ClientUnderTest => ({
  name,
  call: (setup: ClientSetup) => {
    const service = awsSdkV2Service(setup);
    return (input) => call(service, input);
  },
});

/** Planted-bug clients, each one deviation from aws-sdk v2, and the check that must catch it. */
export const BROKEN_CLIENTS = [
  {
    client: broken("wrong-query-name", (service, input) => {
      const request = service.putAuditEvents(input);
      request.on("build", () => {
        request.httpRequest.path = request.httpRequest.path.replace("channelArn=", "channelARN=");
      });
      return request.promise();
    }),
    caughtBy: "channelArnInQuery",
  },
  {
    client: broken("unsigned", (service, input) =>
      service.makeUnauthenticatedRequest("putAuditEvents", input).promise(),
    ),
    caughtBy: "authorizationIsSigV4",
  },
  {
    client: broken("duplicate-ids", (service, input) =>
      service
        .putAuditEvents({ ...input, auditEvents: [...input.auditEvents, ...input.auditEvents.slice(0, 1)] })
        .promise(),
    ),
    caughtBy: "eventIdsAreUnique",
  },
  {
    client: broken("error-swallowed", async (service, input) => {
      try {
        return await service.putAuditEvents(input).promise();
      } catch {
        return undefined;
      }
    }),
    caughtBy: "errorSurfacedByName",
  },
  {
    client: broken("failed-hidden", async (service, input) => {
      const { successful } = await service.putAuditEvents(input).promise();
      return { successful };
    }),
    caughtBy: "failedEventsVisible",
  },
  {
    // Sends a refused request again: the same answer comes back, and a retried write could ingest twice.
    client: broken("retries-client-errors", async (service, input) => {
      try {
        return await service.putAuditEvents(input).promise();
      } catch {
        return service.putAuditEvents(input).promise();
      }
    }),
    caughtBy: "retriesOnlyRetryable",
  },
] as const satisfies readonly { client: ClientUnderTest; caughtBy: string }[];
