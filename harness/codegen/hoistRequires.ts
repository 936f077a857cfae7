/** `const name = require("path")` and what follows it (`.default`, `.fullFormats["date-time"]`). */
const REQUIRE_LINE = /^const (\w+) = require\("([^"]+)"\)(.*);$/gm;

/** What a `require` line binds, read from the import that replaces it. */
function boundValue(name: string, rest: string): string {
  if (!rest.startsWith(".default")) return `${name}_module${rest}`;
  // Node gives a CJS module's exports as the default import, vitest its `default`: accept both.
  const exports = `${name}_module.default ?? ${name}_module`;
  const after = rest.slice(".default".length);
  return after === "" ? exports : `(${exports})${after}`;
}

/** ajv's ESM standalone output still `require`s its runtime helpers and formats; turn those into imports. */
export function hoistRequires(code: string): string {
  const imports: string[] = [];
  const body = code.replace(REQUIRE_LINE, (_line, name: string, path: string, rest: string) => {
    imports.push(`import ${name}_module from "${path}.js";`);
    return `const ${name} = ${boundValue(name, rest)};`;
  });
  return `${imports.join("\n")}\n${body.replace('"use strict";', "")}`;
}
