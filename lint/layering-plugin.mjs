// The project's own lint rules for its layers (see layering.mjs for where they apply).
import { noServerValuesInClient } from "./rules/no-server-values-in-client.mjs";
import { serverOnlyImport } from "./rules/server-only-import.mjs";

export const layeringPlugin = {
  meta: { name: "miaopu-layering" },
  rules: {
    "server-only-import": serverOnlyImport,
    "no-server-values-in-client": noServerValuesInClient,
  },
};
