import type { JsonObject } from "../loadSpec.ts";
import { FactList, type FactName, type ModelFact, pointerOf } from "./modelFact.ts";

/** OpenAPI parameter locations in botocore's words. */
const LOCATIONS: Record<string, string> = { query: "querystring", header: "header", path: "uri", cookie: "cookie" };

/** The JSON Schema keywords that carry a comparable constraint, by fact name. */
const CONSTRAINTS: readonly FactName[] = [
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "minimum",
  "maximum",
  "pattern",
];

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** A schema with its `$ref`s followed, and for each keyword the pointer where the document states it. */
interface ResolvedSchema {
  schema: JsonObject;
  pointerOf: (keyword: string) => string;
  /** The last `$ref` followed, if any. */
  ref?: string;
}

/** A spec `$ref` that does not resolve inside the OpenAPI document. */
export class SpecReferenceError extends Error {
  override name = "SpecReferenceError";
}

/** Every comparable fact of the OpenAPI document, in the vocabulary of `botocoreFacts`. */
export function specFacts(openapi: JsonObject): ModelFact[] {
  const list = new FactList();
  const serviceAt = "/info/x-pae-service";
  const service = asObject((openapi.info as JsonObject | undefined)?.["x-pae-service"]);
  for (const fact of ["apiVersion", "endpointPrefix", "signingName", "sdkId", "protocol"] as const) {
    list.read("service", `#${serviceAt}`, fact, service[fact], `${serviceAt}/${fact}`);
  }
  for (const [path, item] of Object.entries(asObject(openapi.paths))) {
    for (const [method, value] of Object.entries(asObject(item))) {
      if (!HTTP_METHODS.includes(method)) continue;
      operationFacts(openapi, list, asObject(value), { path, method, at: pointerOf("paths", path, method) });
    }
  }
  return list.facts;
}

function operationFacts(
  openapi: JsonObject,
  list: FactList,
  operation: JsonObject,
  { path, method, at }: { path: string; method: string; at: string },
): void {
  const name = String(operation.operationId);
  const where = `#${at}`;
  list.add(name, where, "exists", true, { pointer: `${at}/operationId`, kind: "entry" });
  // The method and the path are keys of the document, not values: edited by hand in the scratch test.
  list.add(name, where, "method", method.toUpperCase());
  list.add(name, where, "requestUri", path);
  const responses = asObject(operation.responses);
  const success = Object.keys(responses).find((status) => status.startsWith("2"));
  list.add(name, where, "responseCode", success === undefined ? undefined : Number(success));

  const input = `${name}.input`;
  list.add(input, where, "type", "object");
  for (const [index, raw] of asArray(operation.parameters).entries()) {
    const { schema: parameter, pointerOf: parameterAt } = resolve(openapi, raw, `${at}/parameters/${index}`);
    const memberNode = `${input}.${String(parameter.name)}`;
    const memberWhere = `#${parameterAt("name").replace(/\/name$/, "")}`;
    list.add(memberNode, memberWhere, "exists", true, { pointer: parameterAt("name"), kind: "entry" });
    list.read(memberNode, memberWhere, "required", parameter.required ?? false, parameterAt("required"));
    list.read(memberNode, memberWhere, "location", LOCATIONS[String(parameter.in)] ?? parameter.in, parameterAt("in"));
    list.read(memberNode, memberWhere, "locationName", parameter.name, parameterAt("name"));
    schemaFacts(openapi, list, parameter.schema, parameterAt("schema"), memberNode, memberWhere);
  }
  const body = asObject(asObject(asObject(operation.requestBody).content)["application/json"]);
  if (body.schema !== undefined) {
    membersFacts(
      openapi,
      list,
      resolve(openapi, body.schema, `${at}/requestBody/content/application~1json/schema`),
      input,
    );
  }
  const output = asObject(asObject(responses[success ?? ""]).content)["application/json"];
  const outputAt = `${at}/responses/${success}/content/application~1json/schema`;
  if (output !== undefined) schemaFacts(openapi, list, asObject(output).schema, outputAt, `${name}.output`);

  for (const [index, error] of asArray(operation["x-pae-operation-errors"]).entries()) {
    const { name: errorName, status } = asObject(error);
    const errorAt = `${at}/x-pae-operation-errors/${index}`;
    const node = `${name}.errors.${String(errorName)}`;
    list.add(node, `#${errorAt}`, "exists", true, { pointer: errorAt, kind: "entry" });
    list.read(node, `#${errorAt}`, "httpStatusCode", status, `${errorAt}/status`);
    list.add(node, `#${errorAt}`, "senderFault", typeof status === "number" ? status < 500 : undefined);
  }
}

function schemaFacts(
  openapi: JsonObject,
  list: FactList,
  raw: unknown,
  at: string,
  node: string,
  place = `#${at}`,
): void {
  const resolved = resolve(openapi, raw, at);
  const { schema, pointerOf: keywordAt } = resolved;
  const where = resolved.ref === undefined ? place : `${place} ($ref ${resolved.ref})`;
  list.read(node, where, "type", schema.type, keywordAt("type"));
  for (const keyword of CONSTRAINTS) list.read(node, where, keyword, schema[keyword], keywordAt(keyword));
  if (schema.items !== undefined) schemaFacts(openapi, list, schema.items, keywordAt("items"), `${node}[]`);
  membersFacts(openapi, list, resolved, node);
}

/** The members of an object schema: present, required or not, carried in the body under their own name. */
function membersFacts(
  openapi: JsonObject,
  list: FactList,
  { schema, pointerOf: keywordAt }: ResolvedSchema,
  node: string,
) {
  const required = asArray(schema.required);
  for (const [member, memberSchema] of Object.entries(asObject(schema.properties))) {
    const memberNode = `${node}.${member}`;
    const memberAt = `${keywordAt("properties")}${pointerOf(member)}`;
    const requiredAt = required.indexOf(member);
    list.add(memberNode, `#${memberAt}`, "exists", true, { pointer: memberAt, kind: "entry" });
    const requiredSource =
      requiredAt >= 0 ? { pointer: `${keywordAt("required")}/${requiredAt}`, kind: "entry" as const } : undefined;
    list.add(memberNode, `#${memberAt}`, "required", requiredAt >= 0, requiredSource);
    list.add(memberNode, `#${memberAt}`, "location", "body");
    list.add(memberNode, `#${memberAt}`, "locationName", member);
    schemaFacts(openapi, list, memberSchema, memberAt, memberNode);
  }
}

/** Follows local `$ref`s; keywords beside a `$ref` (OpenAPI 3.1) win over the referenced schema's. */
function resolve(openapi: JsonObject, raw: unknown, at: string, depth = 0): ResolvedSchema {
  const schema = asObject(raw);
  const ref = schema.$ref;
  if (typeof ref !== "string") return { schema, pointerOf: (keyword) => `${at}${pointerOf(keyword)}` };
  if (!ref.startsWith("#/") || depth > 32) throw new SpecReferenceError(`spec: cannot follow $ref ${ref} at ${at}`);
  const target = ref
    .slice(2)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((value, token) => (value as JsonObject | undefined)?.[token], openapi);
  if (target === undefined) throw new SpecReferenceError(`spec: $ref ${ref} at ${at} resolves to nothing`);
  const inner = resolve(openapi, target, ref.slice(1), depth + 1);
  const { $ref: _, ...beside } = schema;
  return {
    ref: inner.ref ?? ref,
    schema: { ...inner.schema, ...beside },
    pointerOf: (keyword) => (keyword in beside ? `${at}${pointerOf(keyword)}` : inner.pointerOf(keyword)),
  };
}

function asObject(value: unknown): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
