import { type EmulatorOptions, type RunningEmulator, startEmulator } from "../../emulator/startEmulator.ts";
import { createScriptedController, type ScriptedController } from "./scriptedController.ts";

/** The reference emulator in client-checking mode, with the controller that scripts its answers. */
export interface ScriptedEmulator extends RunningEmulator {
  scripted: ScriptedController;
}

/**
 * Starts the reference emulator with the scripted controller on its request hook: every request is checked
 * and recorded (`GET /_emulator/requests`) and answered with the scenario set by `POST /_emulator/scenario`;
 * without one, the emulator answers faithfully.
 */
export async function startScriptedEmulator(
  options: Omit<EmulatorOptions, "intercept"> = {},
): Promise<ScriptedEmulator> {
  // The controller checks requests against the emulator's own caller and channel, known once it has started;
  // no request can reach the port before this function returns it.
  let controller: ScriptedController | undefined;
  const emulator = await startEmulator({
    ...options,
    intercept: (req, res, head) => {
      if (controller === undefined) throw new Error("the scripted emulator got a request before it was ready");
      return controller.intercept(req, res, head);
    },
  });
  controller = createScriptedController({
    channelArn: emulator.targetFixtures.ownChannelArn ?? "",
    region: emulator.region,
    credentials: emulator.credentials,
  });
  return { ...emulator, scripted: controller };
}
