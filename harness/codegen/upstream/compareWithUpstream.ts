import { loadSpec, REPO_ROOT } from "../loadSpec.ts";
import { botocoreFacts } from "./botocoreFacts.ts";
import type { FactName, FactValue, ModelFact } from "./modelFact.ts";
import { specFacts } from "./specFacts.ts";
import { loadBotocoreModel } from "./upstreamFiles.ts";

/** One fact the spec and botocore's model state differently (or only one of them states). */
export interface Disagreement {
  node: string;
  fact: FactName;
  spec: FactValue | undefined;
  botocore: FactValue | undefined;
  specWhere: string;
  botocoreWhere: string;
}

const key = (fact: Pick<ModelFact, "node" | "fact">) => `${fact.node}\u0000${fact.fact}`;

function index(facts: readonly ModelFact[]) {
  const byKey = new Map(facts.map((fact) => [key(fact), fact]));
  // Where a node sits in the document, for a fact the document leaves unstated.
  const whereByNode = new Map(facts.map((fact) => [fact.node, fact.where]));
  return { byKey, whereByNode };
}

/** Every fact on which the two fact lists disagree, in a stable order. */
export function compareFacts(spec: readonly ModelFact[], botocore: readonly ModelFact[]): Disagreement[] {
  const ours = index(spec);
  const theirs = index(botocore);
  const keys = [...new Set([...ours.byKey.keys(), ...theirs.byKey.keys()])].sort();
  return keys.flatMap((factKey) => {
    const mine = ours.byKey.get(factKey);
    const upstream = theirs.byKey.get(factKey);
    if (mine?.value === upstream?.value) return [];
    const { node, fact } = (mine ?? upstream) as ModelFact;
    return [
      {
        node,
        fact,
        spec: mine?.value,
        botocore: upstream?.value,
        specWhere: ours.whereByNode.get(node) ?? "(not in the spec)",
        botocoreWhere: theirs.whereByNode.get(node) ?? "(not in the botocore model)",
      },
    ];
  });
}

const show = (value: FactValue | undefined) => (value === undefined ? "(none)" : JSON.stringify(value));

/** One line naming the node, the fact, both values and where each document states it. */
export function describeDisagreement(disagreement: Disagreement): string {
  const { node, fact, spec, botocore, specWhere, botocoreWhere } = disagreement;
  return `${node}: ${fact} is ${show(spec)} in the spec (${specWhere}) but ${show(botocore)} in botocore (${botocoreWhere})`;
}

/** Where the spec under root disagrees with the botocore model vendored under root. */
export function upstreamDisagreements(root: string = REPO_ROOT): Disagreement[] {
  return compareFacts(specFacts(loadSpec(root).openapi), botocoreFacts(loadBotocoreModel(root)));
}
