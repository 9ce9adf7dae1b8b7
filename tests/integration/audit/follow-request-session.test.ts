// The auditor follows one request or one session: exact match on the request id and on the
// session hash (hex only), from the page's filters and the export alike.
import { describe, expect, it } from "vitest";
import { auditSessionHash } from "@/lib/audit/by";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { exportAuditRows, searchAuditLog } from "@/lib/server/audit-log/search-audit-log";
import type { Actor } from "@/lib/auth/actor";
import { auditSearchSchema } from "@/lib/validation/audit-search";
import { actorOf, createTestUser } from "../../support/users";

async function act(actor: Actor, action: string) {
  await writeAuditStandalone({ ...auditBy(actor), action, objectType: null, objectId: null, result: "SUCCESS" });
}

describe("following one request or one session", () => {
  it("a request id finds that request's rows and no others, even one that shares its prefix", async () => {
    const user = await createTestUser("ORG_STAFF");
    const id = `req-${crypto.randomUUID()}`;
    await act(actorOf(user, { requestId: id }), "cadre.read");
    await act(actorOf(user, { requestId: id }), "cadre.print");
    await act(actorOf(user, { requestId: `${id}0` }), "cadre.read");
    await act(actorOf(user, { requestId: null }), "cadre.read");

    const auditor = actorOf(await createTestUser("AUDITOR"), { requestId: "req-auditor" });
    const found = await searchAuditLog(auditor, auditSearchSchema.parse({ requestId: ` ${id} ` }));
    expect(found.total).toBe(2);
    expect(found.rows.map((r) => r.action)).toEqual(["cadre.print", "cadre.read"]);
    expect(found.rows.every((r) => r.requestId === id)).toBe(true);
    expect((await exportAuditRows(auditor, auditSearchSchema.parse({ requestId: id }))).length).toBe(2);
  });

  it("a session hash finds every row of that session, across requests; upper-case hex is the same hash", async () => {
    const user = await createTestUser("ORG_STAFF");
    const sid = `sid-${crypto.randomUUID()}`;
    await act(actorOf(user, { sessionId: sid, requestId: "r1" }), "cadre.read");
    await act(actorOf(user, { sessionId: sid, requestId: "r2" }), "cadre.update");
    await act(actorOf(user, { sessionId: `${sid}-other`, requestId: "r3" }), "cadre.read");

    const hash = auditSessionHash(sid);
    const auditor = actorOf(await createTestUser("AUDITOR"));
    const found = await searchAuditLog(auditor, auditSearchSchema.parse({ sessionHash: hash.toUpperCase() }));
    expect(found.rows.map((r) => [r.action, r.requestId])).toEqual([
      ["cadre.update", "r2"],
      ["cadre.read", "r1"],
    ]);
    // exact match: the eight characters the table shows are not a search by prefix
    expect((await searchAuditLog(auditor, auditSearchSchema.parse({ sessionHash: hash.slice(0, 8) }))).total).toBe(0);
    // and both filters together narrow to the one request of that session
    const one = await searchAuditLog(auditor, auditSearchSchema.parse({ sessionHash: hash, requestId: "r2" }));
    expect(one.rows.map((r) => r.action)).toEqual(["cadre.update"]);
  });

  it("the filters are validated: a session hash is hex only, a request id has no spaces or quotes", () => {
    const bad = (q: Record<string, string>) => auditSearchSchema.safeParse(q).error?.issues[0]?.message;
    expect(bad({ sessionHash: "sid-raw-session" })).toBe("会话标识只能是十六进制字符（0-9、a-f）");
    expect(bad({ sessionHash: "a".repeat(65) })).toBe("会话标识不超过64个字符");
    expect(bad({ requestId: "x' OR '1'='1" })).toBe("请求编号只能包含字母、数字和 - _ . :");
    expect(auditSearchSchema.parse({ sessionHash: "", requestId: "" })).toMatchObject({
      sessionHash: undefined,
      requestId: undefined,
    });
  });

  it("the search itself is recorded with the filters it followed", async () => {
    const auditor = actorOf(await createTestUser("AUDITOR"), { requestId: "req-follow" });
    await searchAuditLog(auditor, auditSearchSchema.parse({ sessionHash: "ABCDEF0123456789", requestId: "r9" }));
    const found = await searchAuditLog(auditor, auditSearchSchema.parse({ requestId: "req-follow" }));
    expect(found.rows[0].action).toBe("audit.search");
    expect(found.rows[0].changes).toEqual(
      expect.arrayContaining([
        { field: "filters", label: "查询条件", value: expect.stringContaining("会话标识（哈希）：abcdef0123456789") },
        { field: "rows", label: "记录数", value: "0" },
      ]),
    );
    expect(found.rows[0].changes.find((c) => c.field === "filters")?.value).toContain("请求编号：r9");
  });
});
