interface SchemaNode {
  $ref?: unknown;
  properties?: unknown;
  additionalProperties?: unknown;
  items?: unknown;
  $defs?: unknown;
}

/** What ordering needs of a schema node, read once: a run document holds thousands of objects of a few shapes. */
interface NodeOrder {
  node: SchemaNode;
  declared: string[];
  isDeclared: Set<string>;
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

const NO_SCHEMA: SchemaNode = {};
/** Per root schema, per node as written (before its $ref is followed). */
const orders = new WeakMap<SchemaNode, WeakMap<SchemaNode, NodeOrder>>();

function orderOf(schema: unknown, root: SchemaNode): NodeOrder {
  const written = isObject(schema) ? schema : NO_SCHEMA;
  let byNode = orders.get(root);
  if (byNode === undefined) {
    byNode = new WeakMap();
    orders.set(root, byNode);
  }
  let order = byNode.get(written);
  if (order === undefined) {
    const node = resolve(written, root);
    const declared = isObject(node.properties) ? Object.keys(node.properties) : [];
    order = { node, declared, isDeclared: new Set(declared) };
    byNode.set(written, order);
  }
  return order;
}

const byCodeUnits = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

/** Declared keys in declaration order, then the others sorted (one pass each: no search per declared key). */
function orderedEntries(value: Record<string, unknown>, { declared, isDeclared }: NodeOrder): [string, unknown][] {
  const entries = Object.entries(value);
  if (declared.length === 0) return entries.sort(byCodeUnits);
  const known: [string, unknown][] = [];
  for (const key of declared) if (Object.hasOwn(value, key)) known.push([key, value[key]]);
  const rest = entries.filter(([key]) => !isDeclared.has(key)).sort(byCodeUnits);
  return rest.length === 0 ? known : known.concat(rest);
}

/**
 * A copy of `value` whose object keys follow the schema: declared properties in declaration order (so
 * `schemaVersion` comes first and a case reads id, title, category...), map keys (headers, answersSeen) and
 * keys the schema does not know sorted after them. The same document always serialises the same way,
 * however the runner happened to build it.
 */
export function orderKeys(value: unknown, schema: unknown, root: unknown = schema): unknown {
  const rootNode: SchemaNode = isObject(root) ? root : NO_SCHEMA;
  const order = orderOf(schema, rootNode);
  const { node } = order;
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, node.items, rootNode));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    orderedEntries(value, order).map(([k, v]) => [
      k,
      orderKeys(v, child(node.properties, k) ?? node.additionalProperties, rootNode),
    ]),
  );
}
