import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { runAs } from "@/lib/server/auth/actor-context";
import { can, PERMISSIONS } from "@/lib/authz/permissions";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";
import { ACTION_MATRIX } from "./action-matrix";

const ROLES = Object.keys(PERMISSIONS) as Role[];
const FORBIDDEN = "您没有执行此操作的权限";
const UNAUTHENTICATED = "登录已失效，请重新登录";

const USE_SERVER = /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/;

/** Every module that declares server actions ("use server" at the top), wherever it lives. */
function actionFiles(dir = "app"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return actionFiles(p);
    return /\.tsx?$/.test(e.name) && USE_SERVER.test(fs.readFileSync(p, "utf8")) ? [p] : [];
  });
}

type ActionFn = (input: unknown) => Promise<{ serverError?: string } | undefined>;

async function allActions(): Promise<[string, ActionFn][]> {
  const found: [string, ActionFn][] = [];
  for (const file of [...actionFiles("app"), ...actionFiles("components")]) {
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod))
      if (typeof fn === "function") found.push([`${file}#${name}`, fn as ActionFn]);
  }
  return found;
}

describe("permission matrix: every role against every server action", () => {
  it("lists every exported server action", async () => {
    const names = (await allActions()).map(([k]) => k);
    expect(names.length).toBeGreaterThan(0);
    for (const k of names)
      expect(ACTION_MATRIX, `missing from tests/integration/authz/action-matrix.ts: ${k}`).toHaveProperty([k]);
  });

  it("refuses a direct call with no session, and each role exactly as the permission table says", async () => {
    const unit = await createTestUnit();
    const actors = await Promise.all(ROLES.map(async (r) => actorOf(await createTestUser(r, { unitId: unit.id }))));
    for (const [key, fn] of await allActions()) {
      const need = ACTION_MATRIX[key];
      const anonymous = await runAs(null, () => fn({}));
      expect(anonymous?.serverError, `${key} without a session`).toBe(UNAUTHENTICATED);
      for (const actor of actors) {
        // Input `{}` is invalid for every action: an allowed role gets validation errors and
        // nothing is written; a denied role is stopped before validation.
        const r = await runAs(actor, () => fn({}));
        const denied = r?.serverError === FORBIDDEN;
        expect(denied, `${key} as ${actor.role}`).toBe(!can(actor.role, need.resource, need.action));
      }
    }
  });
});
