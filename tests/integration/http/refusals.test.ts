// Refusals answer 4xx, never 500: the route handlers called as Next.js calls them, with the
// actor set by runAs. Not signed in 401, another site 403, out of reach 404, bad input 400,
// an upload over the limit 413 with a Chinese message naming the limit.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as auditExport } from "@/app/(app)/audit/export/route";
import { GET as lrmxExport } from "@/app/(app)/cadres/export/lrmx/route";
import { GET as printPdf } from "@/app/(app)/cadres/print-pdf/route";
import { POST as importForms } from "@/app/(app)/import/forms/route";
import { POST as importRoster } from "@/app/(app)/import/roster/route";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "@/lib/errors/user-facing";
import { runAs } from "@/lib/server/auth/actor-context";
import { errorStatus } from "@/lib/server/import/http";
import { actorOf, createTestUser } from "../../support/users";

let staff: Actor;
let auditor: Actor;
const BASE = "http://localhost:3000";
const MB = 1024 * 1024;

beforeAll(async () => {
  staff = actorOf(await createTestUser("ORG_STAFF"));
  auditor = actorOf(await createTestUser("AUDITOR"));
});

const get = (path: string) => new Request(`${BASE}${path}`);
const post = (path: string, body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    body,
    headers: { origin: BASE, host: "localhost:3000", ...headers },
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

function rosterForm(bytes: number, name = "花名册.xlsx"): FormData {
  const f = new FormData();
  f.set("file", new File([new Uint8Array(bytes)], name));
  f.set("mode", "check");
  return f;
}

/** A body of `size` bytes sent chunked, without Content-Length. */
function chunked(size: number): ReadableStream<Uint8Array> {
  let left = size;
  return new ReadableStream({
    pull(c) {
      if (left <= 0) return c.close();
      const n = Math.min(left, MB);
      left -= n;
      c.enqueue(new Uint8Array(n));
    },
  });
}

describe("the status of a failure", () => {
  it("maps refusals to 4xx and only the unexpected to 500", () => {
    expect(errorStatus(new UnauthenticatedError())).toBe(401);
    expect(errorStatus(new ForbiddenError())).toBe(403);
    expect(errorStatus(new NotFoundError("干部"))).toBe(404);
    expect(errorStatus(z.object({ a: z.string() }).safeParse({}).error)).toBe(400);
    expect(errorStatus(new UserFacingError("请选择要导出的干部"))).toBe(422);
    expect(errorStatus(new Error("boom"))).toBe(500);
  });
});

describe("exports and prints", () => {
  it("not signed in: 401", async () => {
    const r = await runAs(null, () => lrmxExport(get("/cadres/export/lrmx?ids=x")));
    expect(r.status).toBe(401);
  });

  it("an id that does not exist or is out of reach: 404, not 422 or 500", async () => {
    for (const route of [lrmxExport, printPdf]) {
      const r = await runAs(staff, () => route(get("/cadres/export/lrmx?ids=nosuchcadre0000000000000")));
      expect(r.status).toBe(404);
      expect(await r.text()).toContain("未找到该干部");
    }
  });

  it("nothing chosen: 422 with the message", async () => {
    const r = await runAs(staff, () => lrmxExport(get("/cadres/export/lrmx?ids=%ZZ,<script>")));
    expect(r.status).toBe(422);
    expect(await r.text()).toBe("请选择要导出的干部");
  });

  it("bad filters of the audit export: 400; a role without the audit log: 404", async () => {
    const bad = await runAs(auditor, () => auditExport(get(`/audit/export?from=2026-13-45&result=${"x".repeat(500)}`)));
    expect(bad.status).toBe(400);
    const staffTry = await runAs(staff, () => auditExport(get("/audit/export")));
    expect(staffTry.status).toBe(404);
  });
});

describe("uploads", () => {
  it("a malformed Origin is refused with 403, not a 500", async () => {
    for (const origin of ["null", "::not a url::"]) {
      const r = await runAs(staff, () => importRoster(post("/import/roster", rosterForm(10), { origin })));
      expect(r.status).toBe(403);
    }
  });

  it("over the request limit (declared length): 413 naming 20 MB", async () => {
    const r = await runAs(staff, () =>
      importRoster(post("/import/roster", "x", { "content-length": String(21 * MB), "content-type": "text/plain" })),
    );
    expect(r.status).toBe(413);
    expect(await r.text()).toBe("上传的文件超过 20 MB 上限，请分批导入");
  });

  it("over the request limit sent chunked, without a length: 413 as well", async () => {
    const r = await runAs(staff, () =>
      importForms(post("/import/forms", chunked(21 * MB), { "content-type": "multipart/form-data; boundary=x" })),
    );
    expect(r.status).toBe(413);
    expect(await r.text()).toContain("20 MB 上限");
  });

  it("a 花名册 over its own limit: 413 naming 10 MB", async () => {
    const r = await runAs(staff, () => importRoster(post("/import/roster", rosterForm(10 * MB + 1))));
    expect(r.status).toBe(413);
    expect(await r.text()).toBe("文件超过 10 MB 上限，请拆分后再导入");
  });

  it("a body that is no form, or a form without the file: 400", async () => {
    const garbage = await runAs(staff, () =>
      importRoster(post("/import/roster", "not a form", { "content-type": "multipart/form-data; boundary=zz" })),
    );
    expect(garbage.status).toBe(400);
    const empty = new FormData();
    empty.set("mode", "check");
    const noFile = await runAs(staff, () => importForms(post("/import/forms", empty)));
    expect(noFile.status).toBe(400);
    expect(await noFile.text()).toBe("请选择要导入的任免审批表文件");
  });
});
