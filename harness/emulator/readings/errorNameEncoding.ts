import { SERVICE } from "../../../generated/constants.ts";
import { replacing } from "../faults/replacing.ts";
import { type ReadingApplies, type StagesChange, unchanged } from "./reading.ts";

const NAMESPACE = SERVICE.smithyService.split("#")[0] ?? "";
const HEADER = "x-amzn-errortype";

/** Re-encodes where an error answer names its error; success answers are left alone. */
function naming(encode: (name: string) => { header?: string; body?: Record<string, string> }): StagesChange {
  return replacing("encodeReply", (original) => (reply, ctx) => {
    const wire = original(reply, ctx);
    if (reply.kind !== "error" || typeof wire.body !== "object" || wire.body === null) return wire;
    const { [HEADER]: _header, ...headers } = wire.headers;
    const { __type: _type, code: _code, ...body } = wire.body as Record<string, unknown>;
    const { header, body: named } = encode(reply.name);
    return {
      ...wire,
      headers: header === undefined ? headers : { ...headers, [HEADER]: header },
      body: { ...named, ...body },
    };
  });
}

/** restJson1 lets a server name an error in the header, a body `code` or a body `__type`, in several spellings. */
export const errorNameEncoding: ReadingApplies<"errorNameEncoding"> = {
  header: unchanged,
  "body-type-namespaced": naming((name) => ({ body: { __type: `${NAMESPACE}#${name}` } })),
  "body-code": naming((name) => ({ body: { code: name } })),
  "header-uri-suffix": naming((name) => ({ header: `${name}:http://internal.amazon.com/coral/${NAMESPACE}/` })),
  "header-and-body": naming((name) => ({ header: name, body: { __type: name } })),
};
