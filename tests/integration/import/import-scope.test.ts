// Who may import, and where: unit party committees import their own unit's cadres only (a row
// of another unit, or a 身份证号 already registered elsewhere, is an error that reveals no
// name); leaders cannot import; the HTTP route refuses other origins and audits denials.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/(app)/import/roster/route";
import { GET as template } from "@/app/(app)/import/roster/template/route";
import type { ImportEvent } from "@/lib/import/report";
import { runAs } from "@/lib/server/auth/actor-context";
import type { Actor } from "@/lib/auth/actor";
import { encryptIdNumber, hashIdNumber } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/errors/user-facing";
import { planRosterImport } from "@/lib/server/import/roster-plan";
import { readRosterSheet } from "@/lib/import/read-roster-sheet";
import { actorOf, createTestUnit, createTestUser } from "../../support/users";
import { person, rosterFile } from "../../support/roster-file";

const AREA = "6502";
let unitUser: Actor;
let staff: Actor;
let leader: Actor;
let own: { id: string; name: string };
let other: { id: string; name: string };

beforeAll(async () => {
  own = await createTestUnit();
  other = await createTestUnit();
  unitUser = actorOf(await createTestUser("UNIT", { unitId: own.id }));
  staff = actorOf(await createTestUser("ORG_STAFF"));
  leader = actorOf(await createTestUser("LEADER"));
  // A cadre of the other unit whose number a unit user's file will also carry.
  const taken = String(person(3, other.name, {}, AREA)["身份证号"]);
  await prisma.cadre.create({
    data: {
      name: "测试他单位",
      gender: "FEMALE",
      birthDate: new Date("1988-04-04"),
      politicalStatus: "MASSES",
      unitId: other.id,
      idNumberCipher: encryptIdNumber(taken),
      idNumberHash: hashIdNumber(taken),
    },
  });
});

describe("unit party committee", () => {
  it("imports rows of its own unit; another unit's row and a number registered elsewhere are errors", async () => {
    const file = await rosterFile([
      person(1, own.name, {}, AREA),
      person(2, other.name, {}, AREA),
      person(3, own.name, {}, AREA),
    ]);
    const r = await planRosterImport(unitUser, file, "x.xlsx");
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.creates.map((c) => c.row)).toEqual([3]);
    expect(r.plan.report.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [4, "单位", `只能导入本单位（${own.name}）的干部`],
      [5, "身份证号", "该身份证号已登记在本单位以外的干部名下，请联系组织部"],
    ]);
    expect(JSON.stringify(r.plan.report)).not.toContain("测试他单位");
  });

  it("organization staff importing the same number see it as an update of the existing cadre", async () => {
    const r = await planRosterImport(staff, await rosterFile([person(3, other.name, {}, AREA)]), "x.xlsx");
    if (!r.ok) throw new Error(r.message);
    expect(r.plan.report.updates).toHaveLength(1);
    expect(r.plan.report.updates[0].changes.map((c) => c.label)).toContain("姓名");
  });

  it("the template lists only the units the user may import into", async () => {
    const res = await runAs(unitUser, () => template(new Request("http://localhost/import/roster/template")));
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const sheet = await readRosterSheet(bytes);
    expect(sheet.ok && sheet.headerRow).toBe(2);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const units = wb.getWorksheet("可选值")!.getColumn(1).values.filter(Boolean);
    expect(units).toEqual(["单位", own.name]);
  });
});

describe("the import route", () => {
  const request = (body: FormData, origin = "http://localhost:3000") =>
    new Request("http://localhost:3000/import/roster", {
      method: "POST",
      body,
      headers: { origin, host: "localhost:3000" },
    });
  const form = async (mode: string) => {
    const f = new FormData();
    f.set("file", new File([Buffer.from(await rosterFile([person(7, own.name, {}, AREA)]))], "花名册.xlsx"));
    f.set("mode", mode);
    return f;
  };

  it("answers a dry run with progress lines and the report", async () => {
    const res = await runAs(staff, async () => POST(request(await form("check"))));
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    const events = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as ImportEvent);
    expect(events.some((e) => e.type === "progress")).toBe(true);
    const last = events.at(-1)!;
    expect(last.type).toBe("report");
    if (last.type === "report") expect(last.report.creates).toHaveLength(1);
  });

  it("refuses a cross-site request and a leader (the denial audited)", async () => {
    const cross = await runAs(staff, async () => POST(request(await form("check"), "https://evil.example")));
    expect(cross.status).toBe(403);
    const denied = await runAs(leader, async () => POST(request(await form("commit"))));
    expect(denied.status).toBe(404);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { userId: leader.userId }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "cadre.import.roster", result: "DENIED" });
    await expect(planRosterImport(leader, new Uint8Array(), "x")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
