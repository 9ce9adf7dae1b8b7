import { describe, expect, it } from "vitest";
import { listRoster } from "@/lib/server/cadres/roster";
import { prisma } from "@/lib/server/db";
import { appointCadre, endAppointment } from "@/lib/server/units/appointments";
import { FieldError } from "@/lib/errors/field-errors";
import { rosterQuerySchema } from "@/lib/validation/roster-query";
import { actorOf, createTestUser } from "../../support/users";
import { createStreetWithTeam, d } from "./team-fixture";

// 魏晓东 (born 1988-05-01, at work since 2010-07-01, 本科) has been 财政所所长 (正科) of a street
// since 2023-07-01. On 2026-05-01 he is appointed 办事处副主任 (副处): 2 years 10 months at 正科
// against NAT-STEP-DEPUTY's 3 years — a hard failure that needs a 破格 reason.
const NOW = new Date("2026-06-30T04:00:00Z"); // 2026-06-30 in China

async function weiXiaodong() {
  const org = actorOf(await createTestUser("ORG_STAFF"));
  const team = await createStreetWithTeam();
  await prisma.unit.update({ where: { id: team.unit.id }, data: { shortName: "东关街道" } });
  const finance = await prisma.post.create({
    data: { unitId: team.unit.id, title: "财政所所长", isPrincipal: true, rank: "SECTION_PRINCIPAL", sortOrder: 30 },
  });
  const cadre = await prisma.cadre.create({
    data: {
      name: `魏晓东${team.unit.code.slice(-4)}`,
      gender: "MALE",
      birthDate: d("1988-05-01"),
      workStartDate: d("2010-07-01"),
      politicalStatus: "CPC_MEMBER",
      unitId: team.unit.id,
      currentPostTitle: "东关街道财政所所长",
      rank: "SECTION_PRINCIPAL",
      rankSince: d("2023-07-01"),
      highestFullTimeLevel: "BACHELOR",
      educationRecords: {
        create: {
          level: "BACHELOR",
          degree: "BACHELOR",
          fullTime: true,
          school: "青禾大学",
          graduationDate: d("2010-06-30"),
        },
      },
    },
  });
  const old = await prisma.appointment.create({
    data: { cadreId: cadre.id, postId: finance.id, startDate: d("2023-07-01") },
  });
  const input = {
    postId: team.deputy.id,
    postVersion: team.deputy.version,
    cadreId: cadre.id,
    startDate: d("2026-05-01"),
    documentNo: "青干〔2026〕5号",
    note: null,
  };
  return { org, team, finance, cadre, old, input };
}

async function rosterRow(org: Awaited<ReturnType<typeof weiXiaodong>>["org"], name: string) {
  const page = await listRoster(org, rosterQuerySchema.parse({ q: name }));
  return page.rows.find((r) => r.name === name)!;
}

describe("任职 on the units page keeps the cadre's current post in step", () => {
  it("refuses 办事处副主任 from 2026-05-01 without a 破格 reason: 2023-07-01 → 2026-05-01 is 2 years 10 months at 正科 < 3 (NAT-STEP-DEPUTY), beside the field; nothing written", async () => {
    const { org, cadre, old, input } = await weiXiaodong();
    const err = await appointCadre(org, input, NOW).catch((e) => e);
    expect(err).toBeInstanceOf(FieldError);
    expect(err.field).toBe("exceptionReason");
    expect(err.message).toContain("NAT-STEP-DEPUTY");
    expect(err.message).toContain("破格理由");
    expect(await prisma.appointment.count({ where: { cadreId: cadre.id } })).toBe(1);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: old.id } })).endDate).toBeNull();
  });

  it("with a 破格 reason: saved and audited; 同时免去 (default for a leadership post) ends 财政所所长 on 2026-04-30 as 提拔; the roster row reads 东关街道办事处副主任 / 副处级", async () => {
    const { org, team, cadre, old, input } = await weiXiaodong();
    const reason = "经区委常委会研究，因工作特殊需要破格提拔";
    const { id } = await appointCadre(org, { ...input, exceptionReason: reason }, NOW);

    const created = await prisma.appointment.findUniqueOrThrow({ where: { id } });
    expect(created.exceptionReason).toBe(reason);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "appointment.create", objectId: id } });
    expect(audit.diff).toMatchObject({
      exceptionReason: { from: null, to: reason },
      verdict: { target: "提任副处级", failedRules: ["NAT-STEP-DEPUTY"] },
      endedAppointmentIds: [old.id],
    });

    const ended = await prisma.appointment.findUniqueOrThrow({ where: { id: old.id } });
    expect([ended.endDate, ended.endReason]).toEqual([d("2026-04-30"), "PROMOTED"]);
    expect(await prisma.auditLog.count({ where: { action: "appointment.end", objectId: old.id } })).toBe(1);

    const after = await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } });
    expect(after).toMatchObject({
      currentPostTitle: "东关街道办事处副主任",
      unitId: team.unit.id,
      rank: "DIVISION_DEPUTY",
      rankSince: d("2026-05-01"),
      version: cadre.version + 1,
    });
    const row = await rosterRow(org, cadre.name);
    expect([row.currentPostTitle, row.rank]).toEqual(["东关街道办事处副主任", "副处级"]);
    expect(await prisma.auditLog.count({ where: { action: "cadre.update", objectId: cadre.id } })).toBe(1);
  });

  it("without 同时免去 both posts stay open and the higher one (副处) is the current post", async () => {
    const { org, cadre, old, input } = await weiXiaodong();
    await appointCadre(org, { ...input, endOthers: false, exceptionReason: "破格" }, NOW);
    expect((await prisma.appointment.findUniqueOrThrow({ where: { id: old.id } })).endDate).toBeNull();
    const after = await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } });
    expect([after.currentPostTitle, after.rank]).toEqual(["东关街道办事处副主任", "DIVISION_DEPUTY"]);
  });

  it("免职 without a new post: 现任职务 is cleared, unit and 正科 stay (the post that ended last)", async () => {
    const { org, team, cadre, old } = await weiXiaodong();
    await endAppointment(
      org,
      { appointmentId: old.id, version: 1, endDate: d("2026-06-01"), endReason: "REMOVED" },
      NOW,
    );
    const after = await prisma.cadre.findUniqueOrThrow({ where: { id: cadre.id } });
    expect(after).toMatchObject({ currentPostTitle: null, unitId: team.unit.id, rank: "SECTION_PRINCIPAL" });
  });
});
