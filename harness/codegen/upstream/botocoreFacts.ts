import { FactList, type FactName, type ModelFact, pointerOf } from "./modelFact.ts";
import type { BotocoreMember, BotocoreModel } from "./upstreamFiles.ts";

/** botocore shape types in JSON Schema's words, so both documents speak one vocabulary. */
const JSON_TYPE: Record<string, string> = {
  structure: "object",
  map: "object",
  list: "array",
  string: "string",
  blob: "string",
  timestamp: "string",
  boolean: "boolean",
  integer: "integer",
  long: "integer",
  float: "number",
  double: "number",
};

/** botocore's `min`/`max` mean lengths, item counts or values depending on the shape's type. */
const BOUND_NAMES: Record<string, readonly [FactName, FactName]> = {
  string: ["minLength", "maxLength"],
  blob: ["minLength", "maxLength"],
  list: ["minItems", "maxItems"],
  map: ["minProperties", "maxProperties"],
  integer: ["minimum", "maximum"],
  long: ["minimum", "maximum"],
  float: ["minimum", "maximum"],
  double: ["minimum", "maximum"],
};

/** botocore's protocol ids in Smithy's words (the spec names the Smithy protocol). */
const PROTOCOLS: Record<string, string> = { "rest-json": "restJson1", json: "awsJson1_1", "rest-xml": "restXml" };

/** A model that names a shape it does not define. */
export class UpstreamModelError extends Error {
  override name = "UpstreamModelError";
}

/** Every comparable fact of a botocore service model. */
export function botocoreFacts(model: BotocoreModel): ModelFact[] {
  const list = new FactList();
  const service = "metadata of the service";
  for (const [key, fact] of [
    ["apiVersion", "apiVersion"],
    ["endpointPrefix", "endpointPrefix"],
    ["signingName", "signingName"],
    ["serviceId", "sdkId"],
  ] as const) {
    list.read("service", service, fact, model.metadata[key], pointerOf("metadata", key));
  }
  const protocol = model.metadata.protocol;
  list.read("service", service, "protocol", protocol && (PROTOCOLS[protocol] ?? protocol), "/metadata/protocol");

  for (const [name, operation] of Object.entries(model.operations)) {
    const at = pointerOf("operations", name);
    const where = `operation ${name}`;
    list.add(name, where, "exists", true, { pointer: at, kind: "entry" });
    list.read(name, where, "method", operation.http.method, `${at}/http/method`);
    list.read(name, where, "requestUri", operation.http.requestUri, `${at}/http/requestUri`);
    if (operation.http.responseCode === undefined) list.add(name, where, "responseCode", 200);
    list.read(name, where, "responseCode", operation.http.responseCode, `${at}/http/responseCode`);
    if (operation.input)
      walkShape(model, list, operation.input.shape, `${name}.input`, `shape ${operation.input.shape}`);
    if (operation.output) {
      walkShape(model, list, operation.output.shape, `${name}.output`, `shape ${operation.output.shape}`);
    }
    for (const [index, { shape }] of (operation.errors ?? []).entries()) {
      errorFacts(model, list, shape, `${name}.errors.${shape}`, pointerOf("operations", name, "errors", index));
    }
  }
  return list.facts;
}

/** An error's status and fault side; restJson1 answers a client error that states no status with 400. */
function errorFacts(model: BotocoreModel, list: FactList, name: string, node: string, entry: string): void {
  const shape = model.shapes[name];
  if (!shape) throw new UpstreamModelError(`botocore model: the operation names an undefined error shape ${name}`);
  const where = `error shape ${name}`;
  const at = pointerOf("shapes", name);
  list.add(node, where, "exists", true, { pointer: entry, kind: "entry" });
  if (shape.error?.httpStatusCode === undefined) list.add(node, where, "httpStatusCode", shape.fault ? 500 : 400);
  list.read(node, where, "httpStatusCode", shape.error?.httpStatusCode, `${at}/error/httpStatusCode`);
  if (shape.error?.senderFault === undefined) list.add(node, where, "senderFault", shape.fault !== true);
  list.read(node, where, "senderFault", shape.error?.senderFault, `${at}/error/senderFault`);
}

function walkShape(
  model: BotocoreModel,
  list: FactList,
  name: string,
  node: string,
  where: string,
  seen: readonly string[] = [],
): void {
  const shape = model.shapes[name];
  if (!shape) throw new UpstreamModelError(`botocore model: ${where} names an undefined shape ${name}`);
  if (seen.includes(name)) return;
  const at = pointerOf("shapes", name);
  const inner = [...seen, name];
  list.read(node, where, "type", JSON_TYPE[shape.type] ?? shape.type, `${at}/type`);
  const [min, max] = BOUND_NAMES[shape.type] ?? ["minimum", "maximum"];
  list.read(node, where, min, shape.min, `${at}/min`);
  list.read(node, where, max, shape.max, `${at}/max`);
  list.read(node, where, "pattern", shape.pattern, `${at}/pattern`);

  const item = (child: BotocoreMember, suffix: string, label: string) =>
    walkShape(model, list, child.shape, `${node}${suffix}`, `${name} ${label} (shape ${child.shape})`, inner);
  if (shape.member) item(shape.member, "[]", "member");
  if (shape.key) item(shape.key, "{key}", "key");
  if (shape.value) item(shape.value, "{}", "value");

  for (const [memberName, member] of Object.entries(shape.members ?? {})) {
    const memberNode = `${node}.${memberName}`;
    const memberWhere = `${name}.${memberName} (shape ${member.shape})`;
    const memberAt = pointerOf("shapes", name, "members", memberName);
    const requiredAt = shape.required?.indexOf(memberName) ?? -1;
    list.add(memberNode, memberWhere, "exists", true, { pointer: memberAt, kind: "entry" });
    list.add(
      memberNode,
      memberWhere,
      "required",
      requiredAt >= 0,
      pointerIf(requiredAt >= 0, `${at}/required/${requiredAt}`),
    );
    // A member without a location travels in the JSON body under its own name.
    if (member.location === undefined) list.add(memberNode, memberWhere, "location", "body");
    list.read(memberNode, memberWhere, "location", member.location, `${memberAt}/location`);
    if (member.locationName === undefined) list.add(memberNode, memberWhere, "locationName", memberName);
    list.read(memberNode, memberWhere, "locationName", member.locationName, `${memberAt}/locationName`);
    walkShape(model, list, member.shape, memberNode, memberWhere, inner);
  }
}

function pointerIf(stated: boolean, pointer: string) {
  return stated ? { pointer, kind: "entry" as const } : undefined;
}
