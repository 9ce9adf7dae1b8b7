// Calling Next.js server actions from outside a browser: their ids come from the build's
// server-reference manifest (file + export name → id); arguments are sent as React's reply
// encoding of plain JSON values; the result is the first React Flight row holding the
// next-safe-action result ({ data } | { serverError } | { validationErrors }).
import fs from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

export function actionIds(root = process.cwd()): Map<string, string> {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const ids = new Map<string, string>();
  for (const [id, e] of Object.entries(manifest.node)) {
    if (e.filename && e.exportedName) ids.set(`${e.filename}#${e.exportedName}`, id);
  }
  return ids;
}

export function actionId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`server action ${key} is not in this build (npm run build?)`);
  return id;
}

/** React's encodeReply for plain JSON: strings starting with "$" are escaped as "$$". */
export function encodeActionArgs(args: unknown[]): string {
  return JSON.stringify(args, (_k, v: unknown) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v));
}

export interface ActionResult {
  data?: unknown;
  serverError?: string;
  validationErrors?: unknown;
}

export function decodeActionResult(body: string): ActionResult | null {
  for (const line of body.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!m) continue;
    try {
      const row = JSON.parse(m[1]) as Record<string, unknown>;
      if ("data" in row || "serverError" in row || "validationErrors" in row) return row as ActionResult;
    } catch {
      // not a JSON row
    }
  }
  return null;
}
