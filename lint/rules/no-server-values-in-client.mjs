// A "use client" module runs in the browser: it may use lib/server's types (erased at build time)
// but never its values, which would drag the data layer into the client bundle. The build only
// fails on such an import when the module happens to import "server-only"; this says so at once.
import path from "node:path";

function isClientModule(program) {
  for (const node of program.body) {
    if (node.type !== "ExpressionStatement" || typeof node.directive !== "string") return false;
    if (node.directive === "use client") return true;
  }
  return false;
}

function intoLibServer(context, spec) {
  if (spec === "@/lib/server" || spec.startsWith("@/lib/server/")) return true;
  if (!spec.startsWith(".")) return false;
  const target = path
    .relative(context.cwd, path.resolve(path.dirname(context.filename), spec))
    .split(path.sep)
    .join("/");
  return target === "lib/server" || target.startsWith("lib/server/");
}

/** True when the declaration brings in at least one value (not only types). */
function importsValues(node) {
  if (node.importKind === "type" || node.exportKind === "type") return false;
  if (node.type === "ImportDeclaration" && node.specifiers.length > 0) {
    return node.specifiers.some((s) => s.type !== "ImportSpecifier" || s.importKind !== "type");
  }
  if (node.type === "ExportNamedDeclaration" && node.specifiers.length > 0) {
    return node.specifiers.some((s) => s.exportKind !== "type");
  }
  return true; // a side-effect import or `export *`
}

export const noServerValuesInClient = {
  meta: {
    type: "problem",
    docs: { description: "forbid value imports from lib/server in client components" },
    schema: [],
    messages: {
      serverValue:
        'A "use client" module may import only types from lib/server ({{source}}); pass data in as props or call a server action.',
    },
  },
  create(context) {
    let client = false;
    const check = (node) => {
      if (!client || !node.source || !intoLibServer(context, node.source.value)) return;
      if (importsValues(node)) context.report({ node, messageId: "serverValue", data: { source: node.source.value } });
    };
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression(node) {
        if (
          client &&
          node.source.type === "Literal" &&
          typeof node.source.value === "string" &&
          intoLibServer(context, node.source.value)
        ) {
          context.report({ node, messageId: "serverValue", data: { source: node.source.value } });
        }
      },
    };
  },
};
