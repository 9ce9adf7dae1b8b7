// The auditor is audited too: every search of the log (with its filters) and every export (with
// its filters and row count) is a row of the log; the page shows each row's context columns.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET as exportAudit } from "@/app/(app)/audit/export/route";
import { auditSessionHash } from "@/lib/audit/by";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { runAs } from "@/lib/server/auth/actor-context";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { searchAuditLog } from "@/lib/server/audit-log/search-audit-log";
import { prisma } from "@/lib/server/db";
import { auditSearchSchema } from "@/lib/validation/audit-search";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";

const lastRow = () => prisma.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });

describe("the auditor's own activity", () => {
  it("each search writes audit.search with its filters and what it found", async () => {
    const auditor = actorOf(await createTestUser("AUDITOR"), { sessionId: "sid-aud", requestId: "req-aud-1" });
    const filters = auditSearchSchema.parse({ action: "cadre.", result: "DENIED", page: "2" });
    const { total } = await searchAuditLog(auditor, filters);
    expect(await lastRow()).toMatchObject({
      action: "audit.search",
      result: "SUCCESS",
      userId: auditor.userId,
      objectType: "AuditLog",
      sessionHash: auditSessionHash("sid-aud"),
      requestId: "req-aud-1",
      diff: { filters: { action: "cadre.", result: "DENIED", page: 2 }, rows: total },
    });
    const second = await searchAuditLog(auditor, auditSearchSchema.parse({ action: "audit.search" }));
    // the previous search is found by the next one
    expect(second.rows[0]).toMatchObject({ action: "audit.search", username: auditor.username });
    expect(second.rows[0].changes).toContainEqual({ field: "rows", label: "记录数", value: String(total) });
    expect(await lastRow()).toMatchObject({ action: "audit.search", diff: { filters: { action: "audit.search" } } });
  });

  it("the page's rows name the actor's unit", async () => {
    const unit = await createTestUnit();
    const clerk = actorOf(await createTestUser("UNIT", { unitId: unit.id }));
    await writeAuditStandalone({
      ...auditBy(clerk),
      action: "cadre.read",
      objectType: null,
      objectId: null,
      result: "SUCCESS",
    });
    const auditor = actorOf(await createTestUser("AUDITOR"));
    const found = await searchAuditLog(auditor, auditSearchSchema.parse({ username: clerk.username }));
    expect(found.rows[0]).toMatchObject({ unit: unit.name, userAgent: "vitest" });
  });

  it("an export writes export.audit with the filters and the count, and carries the context columns", async () => {
    const auditor = actorOf(await createTestUser("AUDITOR"), { requestId: "req-export" });
    const res = await runAs(auditor, () =>
      exportAudit(new Request("http://localhost/audit/export?action=audit.search")),
    );
    expect(res.status).toBe(200);
    const row = await lastRow();
    expect(row).toMatchObject({ action: "export.audit", userId: auditor.userId, requestId: "req-export" });
    const diff = row.diff as { filters: { action: string }; rows: number };
    expect(diff.filters.action).toBe("audit.search");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet("审计日志")!;
    expect(ws.rowCount - 2).toBe(diff.rows);
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining(["单位", "操作", "会话哈希", "请求编号", "浏览器", "操作代码", "链版本"]),
    );
    expect(ws.getRow(3).getCell(7).value).toBe("查询审计日志");
  });

  it("other roles may neither search nor export", async () => {
    const staff = actorOf(await createTestUser("ORG_STAFF"));
    await expect(searchAuditLog(staff, auditSearchSchema.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    const res = await runAs(staff, () => exportAudit(new Request("http://localhost/audit/export")));
    expect(res.status).toBe(404);
    expect(await lastRow()).toMatchObject({ action: "export.audit", result: "DENIED", userId: staff.userId });
  });
});
