interface SchemaNode {
  $ref?: unknown;
  properties?: unknown;
  additionalProperties?: unknown;
  items?: unknown;
  $defs?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

function child(container: unknown, key: string): SchemaNode | undefined {
  return isObject(container) && isObject(container[key]) ? container[key] : undefined;
}

function resolve(node: SchemaNode, root: SchemaNode): SchemaNode {
  if (typeof node.$ref !== "string") return node;
  return child(root.$defs, node.$ref.replace("#/$defs/", "")) ?? node;
}

const byCodeUnits = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A copy of `value` whose object keys follow the schema: declared properties in declaration order (so
 * `schemaVersion` comes first and a case reads id, title, category...), map keys (headers, answersSeen) and
 * keys the schema does not know sorted after them. The same document always serialises the same way,
 * however the runner happened to build it.
 */
export function orderKeys(value: unknown, schema: unknown, root: unknown = schema): unknown {
  const rootNode: SchemaNode = isObject(root) ? root : {};
  const node = resolve(isObject(schema) ? schema : {}, rootNode);
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, node.items, rootNode));
  if (!isObject(value)) return value;
  const declared = isObject(node.properties) ? Object.keys(node.properties) : [];
  const entries = Object.entries(value);
  const known = declared.flatMap((key) => entries.filter(([k]) => k === key));
  const rest = entries.filter(([k]) => !declared.includes(k)).sort(byCodeUnits);
  const schemaOf = (key: string): unknown => child(node.properties, key) ?? node.additionalProperties;
  return Object.fromEntries([...known, ...rest].map(([k, v]) => [k, orderKeys(v, schemaOf(k), rootNode)]));
}
