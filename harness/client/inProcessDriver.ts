import { sampleClientInput } from "./clientInputFor.ts";
import type { ClientUnderTest } from "./clientUnderTest.ts";
import type { ClientDriver } from "./runClientScenarios.ts";
import { thrownAnswer } from "./thrownAnswer.ts";

/** Calls a client function with a generated input: a value resolves, an exception is `threw` with its name and code. */
export function inProcessDriver(client: ClientUnderTest): ClientDriver {
  return {
    prepare: ({ seed, setup, channelArn }) => {
      const input = sampleClientInput(channelArn, seed);
      return {
        expected: {
          channelArn: input.channelArn,
          ...(input.externalId === undefined ? {} : { externalId: input.externalId }),
        },
        invoke: async () => {
          try {
            return { kind: "resolved", value: await client.call(setup)(input) };
          } catch (error) {
            return thrownAnswer(error);
          }
        },
      };
    },
  };
}
