import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// lib/rules must stay pure: no clock, no database, no framework. The caller passes asOf.
const root = path.resolve(__dirname, "../../../lib/rules");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith(".ts") ? [full] : [];
  });
}

const files = sources(root).map((f) => ({ file: path.relative(root, f), text: readFileSync(f, "utf8") }));

describe("lib/rules is a pure module", () => {
  it("has source files", () => {
    expect(files.length).toBeGreaterThan(40);
  });
  it.each(files.map((f) => [f.file, f.text]))(
    "%s reads no clock and imports nothing outside itself but zod",
    (_file, text) => {
      expect(text).not.toMatch(/Date\.now\(|new Date\(\s*\)/);
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const spec of imports)
        expect(spec === "zod" || spec.startsWith("./") || spec.startsWith("../"), spec).toBe(true);
      expect(text).not.toMatch(/from "\.\.\/\.\.\//);
    },
  );
  it("keeps files small (under 300 lines)", () => {
    for (const f of files) expect(f.text.split("\n").length, f.file).toBeLessThan(300);
  });
});
