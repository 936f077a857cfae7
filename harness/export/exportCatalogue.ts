import fc from "fast-check";
import { OPERATION, SERVICE } from "../../generated/constants.ts";
import { callerView } from "../emulator/callerView.ts";
import { defaultEmulatorFixture } from "../emulator/defaultEmulatorFixture.ts";
import { emulatorTarget } from "../emulator/emulatorTarget.ts";
import { withRequestTransport } from "../generators/requestTransport.ts";
import type { CaseContext, CaseDefinition } from "../model/caseDefinition.ts";
import { ERROR_NAMESPACE } from "../protocol/restJson1Errors.ts";
import { caseContext } from "../runner/caseContext.ts";
import { caseSeed } from "../runner/caseSeed.ts";
import { toolVersion } from "../runner/toolVersion.ts";
import { EXPORT_SCHEMA_VERSION, type ExportDocument, type ExportedCase } from "./exportDocument.ts";
import { exportedRequest } from "./exportedRequest.ts";

export interface ExportOptions {
  catalogue: readonly CaseDefinition[];
  seed: number;
  /** Instances per case (capped by a case's maxRuns, as in `run`). */
  runs: number;
}

/** The embedded emulator's region and channels: the vectors address them, as `run` does by default. */
function embeddedContext(): CaseContext {
  const caller = callerView(defaultEmulatorFixture);
  // No server is started: the URL is never used, only the region and the channels.
  return caseContext(emulatorTarget({ url: "http://127.0.0.1", region: defaultEmulatorFixture.region, ...caller }));
}

async function exportCase(
  caseDef: CaseDefinition,
  context: CaseContext,
  options: ExportOptions,
): Promise<ExportedCase> {
  // The same seed and count as `run`'s property: fast-check draws the same first values for sample and check.
  const numRuns = Math.min(options.runs, caseDef.maxRuns ?? options.runs);
  const drawn = fc.sample(withRequestTransport(caseDef.generate(context)), {
    seed: caseSeed(options.seed, caseDef.id),
    numRuns,
  });
  const instances = await Promise.all(
    drawn.map(async (instance) => ({
      ...(instance.label === undefined ? {} : { label: instance.label }),
      ...(instance.markedEventIds === undefined ? {} : { markedEventIds: [...instance.markedEventIds] }),
      request: await exportedRequest(instance.request),
    })),
  );
  return {
    id: caseDef.id,
    title: caseDef.title,
    category: caseDef.category,
    documentation: caseDef.documentation,
    specRef: caseDef.specRef,
    tags: [...(caseDef.tags ?? [])],
    needs: [...caseDef.needs],
    ingests: caseDef.ingests ?? false,
    expect: caseDef.expect,
    instances,
  };
}

/** The catalogue as language-neutral vectors for the embedded emulator's fixtures; deterministic for a seed. */
export async function exportCatalogue(options: ExportOptions): Promise<ExportDocument> {
  const context = embeddedContext();
  const cases: ExportedCase[] = [];
  for (const caseDef of options.catalogue) cases.push(await exportCase(caseDef, context, options));
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    tool: { name: "pae-conformance", version: toolVersion() },
    seed: options.seed,
    runs: options.runs,
    service: { signingName: SERVICE.signingName, errorNamespace: ERROR_NAMESPACE, operation: OPERATION.name },
    region: context.region,
    fixtures: context.fixtures,
    cases,
  };
}
