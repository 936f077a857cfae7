import { awsEndpoint } from "./awsEndpoint.ts";
import type { ClientUnderTest } from "./clientUnderTest.ts";
import { inProcessDriver } from "./inProcessDriver.ts";
import { interceptWithNock } from "./interceptWithNock.ts";
import type { ClientDriver } from "./runClientScenarios.ts";

/**
 * Calls a client function set up with the real AWS endpoint of the region, as users configure it, while nock
 * intercepts that origin over Node's HTTP stack and forwards each request to the scripted emulator.
 */
export function nockDriver(client: ClientUnderTest): ClientDriver {
  const inProcess = inProcessDriver(client);
  return {
    prepare: (call) => {
      const origin = awsEndpoint(call.setup.region);
      const { expected, invoke } = inProcess.prepare({ ...call, setup: { ...call.setup, endpoint: origin } });
      return { expected, invoke: () => interceptWithNock(origin, call.setup.endpoint, invoke) };
    },
  };
}
