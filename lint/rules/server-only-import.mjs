// Every module under lib/server starts the server-only guard: `import "server-only"` makes a build
// fail when a client component pulls the module in (with its database and secrets) by accident.
// A pure helper that needs no guard belongs outside lib/server.
export const serverOnlyImport = {
  meta: {
    type: "problem",
    docs: { description: 'require `import "server-only"` in every lib/server module' },
    schema: [],
    messages: {
      missing: 'lib/server modules must `import "server-only"`; move a pure helper out of lib/server instead.',
    },
  },
  create(context) {
    return {
      Program(program) {
        const guarded = program.body.some((n) => n.type === "ImportDeclaration" && n.source.value === "server-only");
        if (!guarded) context.report({ node: program, loc: { line: 1, column: 0 }, messageId: "missing" });
      },
    };
  },
};
