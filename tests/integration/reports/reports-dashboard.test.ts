// The reports' totals against the dashboard's figures on the demo district (seed 20201, 300
// cadres, district-2020) for three dates: one truth, two views. And the workbook: the same
// totals read back with exceljs, a unit user refused.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors/user-facing";
import type { ReportModel, ReportTable } from "@/lib/reports/model";
import type { Actor } from "@/lib/auth/actor";
import { computeDashboard } from "@/lib/server/dashboard/get-dashboard";
import { prisma } from "@/lib/server/db";
import { getReport } from "@/lib/server/reports/get-report";
import { reportWorkbook } from "@/lib/server/reports/report-workbook";
import { seedDemo } from "../../../prisma/seed/index";
import { switchDatabase } from "../../support/switch-database";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { actorOf, createTestUser } from "../../support/users";

const DATES = ["2026-11-22", "2025-11-22", "2023-03-01"];
const sharedUrl = process.env.DATABASE_URL!;
let demo: TestDatabase;
let staff: Actor;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const table = (m: ReportModel, name: string) => m.tables.find((t) => t.name === name)!;
function cell(t: ReportTable, label: string, header: string | ((h: string) => boolean)): unknown {
  const r = [...t.rows, ...t.totals].find((x) => x[0] === label)!;
  const i = t.headers.findIndex((h) => (typeof header === "string" ? h === header : header(h)));
  expect(i, `${t.name}: ${String(header)}`).toBeGreaterThan(0);
  return r[i];
}
const sum = (t: ReportTable, header: (h: string) => boolean) => {
  const i = t.headers.findIndex(header);
  return t.rows.reduce((s, r) => s + Number(r[i]), 0);
};

describe("the reports add up to the dashboard on the demo district", () => {
  beforeAll(async () => {
    demo = await createTestDatabase("miaopu_it_reports");
    await switchDatabase(demo.url);
    await seedDemo(prisma, { cadres: 300 });
    staff = actorOf(await createTestUser("ORG_STAFF"));
  }, 180_000);

  afterAll(async () => {
    await switchDatabase(sharedUrl);
    await demo?.dispose();
  });

  it.each(DATES)("%s: 年轻干部配备情况 实有/应有 = each D20-ST team target's actual/target count", async (iso) => {
    const [m, dash] = await Promise.all([
      getReport(staff, "young-cadres", day(iso), null),
      computeDashboard(staff, day(iso)),
    ]);
    const t = table(m, "配备情况");
    const keys = t.headers.slice(1).map((h) => h.slice(h.lastIndexOf("）") + 1));
    expect(keys).toEqual([
      "D20-ST-STREET-40",
      "D20-ST-STREET-35",
      "D20-ST-STREET-HEAD-45",
      "D20-ST-STREET-HEAD-40",
      "D20-ST-UNIT-40",
      "D20-ST-DEPT-HEAD-40",
    ]);
    for (const [i, key] of keys.entries()) {
      const target = dash.targets.find((x) => x.key === key)!;
      expect(t.totals[0][i + 1], key).toBe(target.actualCount);
      expect(t.totals[1][i + 1], key).toBe(target.targetCount);
    }
  });

  it.each(DATES)(
    "%s: 领导班子 streets' teams = STREET-40's base; 女干部/少数民族/党外 of the pool = the dashboard's",
    async (iso) => {
      const [teams, diversity, dash] = await Promise.all([
        getReport(staff, "teams", day(iso), null),
        getReport(staff, "diversity", day(iso), null),
        computeDashboard(staff, day(iso)),
      ]);
      expect(cell(table(teams, "班子情况"), "街道", "班子数")).toBe(
        dash.targets.find((x) => x.key === "D20-ST-STREET-40")!.n,
      );
      const pool = table(diversity, "干部库");
      expect(cell(pool, "女干部", "实有（人）")).toBe(dash.pool.women!.count);
      expect(cell(pool, "女干部", "在库（人）")).toBe(dash.pool.women!.n);
      expect(cell(pool, "少数民族干部", "实有（人）")).toBe(dash.pool.minority!.count);
      expect(cell(pool, "党外干部", "实有（人）")).toBe(dash.pool.nonParty!.count);
    },
  );

  it.each(DATES)(
    "%s: 干部库结构 = the dashboard's tiers, age pyramid, education, entries/exits of the year, reviews due; 培训 D20-TRAIN-KJ = its training list",
    async (iso) => {
      const [pool, training, dash] = await Promise.all([
        getReport(staff, "pool", day(iso), null),
        getReport(staff, "training", day(iso), null),
        computeDashboard(staff, day(iso)),
      ]);
      const s = table(pool, "层级结构");
      expect(cell(s, "合计", "在库（人）")).toBe(dash.pool.activeCount);
      for (const tier of dash.pool.tiers.filter((x) => !x.label.includes("合计"))) {
        expect(cell(s, tier.label, "在库（人）"), tier.label).toBe(tier.actual);
      }
      const bands = dash.pool.ageBands.map((b, i) => {
        const h = s.headers.filter((x) => x.endsWith("·男"))[i];
        return [cell(s, "合计", h), cell(s, "合计", h.replace(/·男$/, "·女"))];
      });
      expect(bands).toEqual(dash.pool.ageBands.map((b) => [b.male, b.female]));
      expect(dash.pool.education.map((e) => cell(s, "合计", `最高学历${e.label}`))).toEqual(
        dash.pool.education.map((e) => e.value),
      );
      expect(cell(s, "合计", "全日制大学本科及以上")).toBe(dash.pool.fullTimeBachelor.count);
      const year = dash.flows.years.at(-1)!;
      const f = table(pool, "进出与研判");
      expect([f.rows[0][1], f.rows[0][2], Number(f.rows[0][4]) + Number(f.rows[0][5])]).toEqual([
        year.entries,
        year.exits,
        dash.watch.reviews.total,
      ]);
      const kj = table(training, "培训情况");
      expect(dash.watch.training.ruleIds).toEqual(["D20-TRAIN-KJ"]);
      expect(cell(kj, "合计", "科级专门培训未达要求（D20-TRAIN-KJ）")).toBe(dash.watch.training.total);
      expect(cell(kj, "合计", "在库（人）")).toBe(dash.pool.activeCount);
    },
  );

  it("a unit type narrows the rows: STREET lists the streets, whose 合计 equals the district's 街道 row", async () => {
    const [all, streets] = await Promise.all([
      getReport(staff, "teams", day(DATES[0]), null),
      getReport(staff, "teams", day(DATES[0]), "STREET"),
    ]);
    const district = table(all, "班子情况");
    const s = table(streets, "班子情况");
    expect(s.rows.length).toBe(cell(district, "街道", "班子数"));
    expect(s.totals[0].slice(1)).toEqual(district.rows.find((r) => r[0] === "街道")!.slice(1));
    expect(sum(s, (h) => h === "班子成员（人）")).toBe(cell(district, "街道", "班子成员（人）"));
  });

  it("the workbook carries the title, date, scope and profile, and the screen's totals, read back with exceljs; audited", async () => {
    const m = await getReport(staff, "young-cadres", day(DATES[1]), null);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reportWorkbook(staff, m)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet("配备情况")!;
    expect(ws.getCell("A1").value).toBe("年轻干部配备情况（配备情况）");
    expect(String(ws.getCell("A2").value)).toMatch(
      /^统计日期：2025年11月22日　范围：全区　政策配置：.+（district-2020/,
    );
    const t = table(m, "配备情况");
    const first = 4 + t.rows.length;
    const totals = t.totals.map((_, i) => (ws.getRow(first + i).values as unknown[]).slice(1));
    expect(totals).toEqual(t.totals);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["配备情况", "人员名单"]);
    expect(await prisma.auditLog.count({ where: { action: "export.report", userId: staff.userId } })).toBe(1);
  });

  it("unit users get no reports (the dashboard's scope)", async () => {
    const unit = await prisma.unit.findFirstOrThrow({ where: { type: "STREET" } });
    const actor = actorOf(await createTestUser("UNIT", { unitId: unit.id }));
    await expect(getReport(actor, "teams", day(DATES[0]), null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
