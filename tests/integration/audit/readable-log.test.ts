// Issue 24 item 2: the audit page reads as an auditor speaks — Chinese action and object names,
// the cadre's name instead of an id, field names and values in Chinese, Beijing time, plain IPv4
// — and the 涉及对象 filter finds everything done to one person by name.
import { describe, expect, it } from "vitest";
import { auditBy, writeAuditStandalone } from "@/lib/server/audit";
import { searchAuditLog } from "@/lib/server/audit-log/search-audit-log";
import { prisma } from "@/lib/server/db";
import { auditSearchSchema } from "@/lib/validation/audit-search";
import { actorOf, createTestCadre, createTestUnit, createTestUser } from "../../support/users";

const LATIN_CODE = /[A-Z_]{4,}|\b[a-z]+\.[a-zA-Z]+\b/;

describe("the readable audit log", () => {
  it("a cadre update shows 修改干部信息, the cadre's name, 性别 男 → 女, both units by name, 2026.…, 127.0.0.1", async () => {
    const [from, to] = [await createTestUnit(), await createTestUnit()];
    const cadre = await createTestCadre(from.id, "欧阳可读");
    const staff = actorOf(await createTestUser("ORG_STAFF"), { ip: "::ffff:127.0.0.1" });
    await writeAuditStandalone({
      ...auditBy(staff),
      action: "cadre.update",
      objectType: "Cadre",
      objectId: cadre.id,
      result: "SUCCESS",
      diff: {
        gender: { from: "MALE", to: "FEMALE" },
        unitId: { from: from.id, to: to.id },
        birthDate: { from: "1988-05-01T00:00:00.000Z", to: "1988-06-01T00:00:00.000Z" },
        lowPublicRecognition: { from: false, to: true },
      },
    });
    const auditor = actorOf(await createTestUser("AUDITOR"));
    const { rows } = await searchAuditLog(auditor, auditSearchSchema.parse({ objectName: "欧阳可读" }));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ actionLabel: "修改干部信息", objectLabel: "干部", objectName: "欧阳可读" });
    expect(row.ip).toBe("127.0.0.1");
    expect(row.time).toMatch(/^\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(row.changes).toEqual(
      expect.arrayContaining([
        { field: "gender", label: "性别", from: "男", to: "女" },
        { field: "unitId", label: "单位", from: from.name, to: to.name },
        { field: "birthDate", label: "出生日期", from: "1988.05.01", to: "1988.06.01" },
        { field: "lowPublicRecognition", label: "群众公认度不高", from: "否", to: "是" },
      ]),
    );
    const shown = [row.actionLabel, row.objectLabel, ...row.changes.flatMap((c) => [c.label, c.from, c.to, c.value])];
    expect(shown.filter((t) => t && LATIN_CODE.test(t))).toEqual([]);
  });

  it("涉及对象 finds a record that belongs to the cadre (an appointment) by the cadre's name, and a refused sign-in reads 密码错误", async () => {
    const unit = await createTestUnit();
    const cadre = await createTestCadre(unit.id, "司马查找");
    const other = await createTestCadre(unit.id, "诸葛无关");
    const post = await prisma.post.create({ data: { unitId: unit.id, title: "副主任", rank: "SECTION_DEPUTY" } });
    const appointment = await prisma.appointment.create({
      data: { cadreId: cadre.id, postId: post.id, startDate: new Date("2024-01-01") },
    });
    const staff = actorOf(await createTestUser("ORG_STAFF"));
    const write = (objectType: string, objectId: string, action: string, diff: object) =>
      writeAuditStandalone({ ...auditBy(staff), action, objectType, objectId, result: "SUCCESS", diff });
    await write("Appointment", appointment.id, "appointment.end", { endReason: { from: null, to: "ROTATED" } });
    await write("Cadre", other.id, "cadre.update", { name: { from: "诸葛有关", to: "诸葛无关" } });
    await writeAuditStandalone({
      actor: null,
      action: "auth.signin.failed",
      objectType: null,
      objectId: null,
      result: "FAILURE",
      diff: { reason: "wrong-password-locked" },
    });
    const auditor = actorOf(await createTestUser("AUDITOR"));
    const { rows } = await searchAuditLog(auditor, auditSearchSchema.parse({ objectName: "司马查找" }));
    expect(rows.map((r) => [r.actionLabel, r.objectLabel, r.objectName])).toEqual([["免职", "任职记录", "司马查找"]]);
    expect(rows[0].changes).toEqual([{ field: "endReason", label: "免职原因", from: "（空）", to: "轮岗交流" }]);
    const failed = await searchAuditLog(auditor, auditSearchSchema.parse({ action: "auth.signin.failed" }));
    expect(failed.rows[0]).toMatchObject({ actionLabel: "登录失败", resultLabel: "失败" });
    expect(failed.rows[0].changes).toEqual([{ field: "reason", label: "原因", value: "密码错误（已锁定账号）" }]);
  });
});
