// Golden figures of the five reports on the fixed district of golden-district.ts (2026-06-30,
// district-2020): each test name carries its arithmetic.
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/reports/build-report";
import type { ReportKey, ReportTable } from "@/lib/reports/model";
import { goldenDistrict } from "./golden-district";

const table = (key: ReportKey, name: string, unitType: Parameters<typeof goldenDistrict>[0] = null): ReportTable =>
  buildReport(key, goldenDistrict(unitType)).tables.find((t) => t.name === name)!;
/** The row whose first cell is `label`, as header → value. */
function row(t: ReportTable, label: string): Record<string, unknown> {
  const r = [...t.rows, ...t.totals].find((x) => x[0] === label);
  if (!r) throw new Error(`no row ${label} in ${t.name}: ${JSON.stringify(t.rows.map((x) => x[0]))}`);
  return Object.fromEntries(t.headers.map((h, i) => [h, r[i]]));
}
const col = (t: ReportTable, start: string) => t.headers.find((h) => h.startsWith(start))!;

describe("领导班子和领导干部情况", () => {
  const t = table("teams", "班子情况");

  it("职数: streets 3+3+4 = 10 posts, 9 filled, s3's second deputy vacant; district 10+2+2 = 14 posts, 13 filled, 1 vacant, 0 over", () => {
    expect(row(t, "街道")).toMatchObject({ 班子数: 3, 职数核定: 10, 实配: 9, 空缺: 1, 超配: 0, "班子成员（人）": 9 });
    expect(row(t, "合计")).toMatchObject({ 班子数: 5, 职数核定: 14, 实配: 13, 空缺: 1, 超配: 0, "班子成员（人）": 13 });
  });

  it("age bands on 2026-06-30: ≤35 {33} = 1, 36–40 {38,39} = 2, 41–45 {44,41,45} = 3, 46–50 {50,46,47,48,50} = 5, 51–55 {52,55} = 2, ≥56 = 0", () => {
    const total = row(t, "合计");
    expect(t.headers.slice(7, 13)).toEqual([
      "35岁及以下（1990.06.30后出生）",
      "36至40岁（1985.07.01至1990.06.30出生）",
      "41至45岁（1980.07.01至1985.06.30出生）",
      "46至50岁（1975.07.01至1980.06.30出生）",
      "51至55岁（1970.07.01至1975.06.30出生）",
      "56岁及以上（1970.06.30及以前出生）",
    ]);
    expect(t.headers.slice(7, 13).map((h) => total[h])).toEqual([1, 2, 3, 5, 2, 0]);
  });

  it("women 2 (s1 书记, d2 副职), minority 1 (s2 回族), 党外 1 (d2 民主党派); 全日制本科+ 2, 全日制研究生 1, highest 研究生 2 (incl. d1's 在职硕士), 本科 1, 专科 0, 中专及以下 10; 正科 6+2 = 8, 副科 3+2 = 5", () => {
    expect(row(t, "合计")).toMatchObject({
      女: 2,
      少数民族: 1,
      党外: 1,
      全日制大学本科及以上: 2,
      全日制研究生: 1,
      最高学历研究生: 2,
      最高学历大学本科: 1,
      最高学历大学专科: 0,
      最高学历中专及以下: 10,
      正处级: 0,
      正科级: 8,
      副科级: 5,
    });
  });

  it("for the unit type STREET: one row per street, s3 with 4 posts and 1 vacant; the 合计 is the streets' 3 teams", () => {
    const s = table("teams", "班子情况", "STREET");
    expect(s.headers[0]).toBe("单位");
    expect(s.rows.map((r) => r[0])).toEqual(["s1", "s2", "s3"]);
    expect(row(s, "s3")).toMatchObject({ 职数核定: 4, 实配: 3, 空缺: 1 });
    expect(row(s, "合计")).toMatchObject({ 班子数: 3, 职数核定: 10 });
  });

  it("the member list names every holder and marks the vacancy: 13 holders + 1 空缺 = 14 rows", () => {
    const m = table("teams", "班子成员名单");
    expect(m.rows).toHaveLength(14);
    expect(m.rows.filter((r) => r[2] === "○ 空缺")).toEqual([["s3", "s3-dep2", "○ 空缺", null, null, null]]);
  });
});

describe("年轻干部配备情况", () => {
  const t = table("young-cadres", "配备情况");
  const figures = (label: string) =>
    Object.fromEntries(
      t.headers
        .slice(1)
        .map((h, i) => [
          h.slice(h.lastIndexOf("）") + 1),
          [...t.rows, ...t.totals].find((r) => r[0] === label)![i + 1],
        ]),
    );

  it("STREET-40 (≤42): s1 {33,38}, s2 {41} count, s3 {47,52,55} does not → 实有 2, 应有 3 (every street), 缺口 1", () => {
    expect(figures("实有（合计）")["D20-ST-STREET-40"]).toBe(2);
    expect(figures("应有")["D20-ST-STREET-40"]).toBe(3);
    expect(figures("缺口")["D20-ST-STREET-40"]).toBe(1);
    expect(figures("s3")["D20-ST-STREET-40"]).toBe(0);
  });

  it("STREET-35 (≤37): only s1 {33} → 实有 1; 应有 ceil(2/5 × 3) = 2; 缺口 1", () => {
    expect([figures("实有（合计）"), figures("应有"), figures("缺口")].map((f) => f["D20-ST-STREET-35"])).toEqual([
      1, 2, 1,
    ]);
  });

  it("STREET-HEAD-45 (≤47) over 6 党政正职: 38, 44, 46, 47 → 4; 应有 ceil(6/4) = 2; 缺口 0; s1 counts 2 posts", () => {
    expect([figures("实有（合计）"), figures("应有"), figures("缺口")].map((f) => f["D20-ST-STREET-HEAD-45"])).toEqual([
      4, 2, 0,
    ]);
    expect(figures("s1")["D20-ST-STREET-HEAD-45"]).toBe(2);
  });

  it("STREET-HEAD-40 (≤42): only s1's 书记 38 → 1; 应有 max(ceil(6/8), 2) = 2; 缺口 1", () => {
    expect([figures("实有（合计）"), figures("应有"), figures("缺口")].map((f) => f["D20-ST-STREET-HEAD-40"])).toEqual([
      1, 2, 1,
    ]);
  });

  it("UNIT-40 (≤42) over d1, d2: d1 {39} → 1, 应有 ceil(2/3) = 1; DEPT-HEAD-40: d1's 正职 39 → 1 of 1; streets show — for them", () => {
    expect([figures("实有（合计）"), figures("应有"), figures("缺口")].map((f) => f["D20-ST-UNIT-40"])).toEqual([
      1, 1, 0,
    ]);
    expect([figures("实有（合计）"), figures("应有")].map((f) => f["D20-ST-DEPT-HEAD-40"])).toEqual([1, 1]);
    expect(figures("s1")["D20-ST-UNIT-40"]).toBe("—");
  });

  it("each total is the rules' own row: 实有 = actual.count, 应有 = target.count", () => {
    const input = goldenDistrict();
    for (const r of input.staffingRows.filter((x) => t.headers.some((h) => h.endsWith(x.key)))) {
      expect(figures("实有（合计）")[r.key], r.key).toBe(r.actual.count);
      expect(figures("应有")[r.key], r.key).toBe(r.target.count);
    }
  });

  it("headers carry the threshold's birth date: about 40 (≤42) on 2026-06-30 → born after 1983.06.30", () => {
    expect(t.headers.find((h) => h.endsWith("D20-ST-STREET-40"))).toContain("1983.06.30后出生");
  });

  it("names behind STREET-40: s1's 38 and 33, s2's 41 counted; s3 lacking with its youngest 47", () => {
    const names = table("young-cadres", "人员名单").rows.filter((r) => r[1] === "D20-ST-STREET-40");
    expect(names.filter((r) => r[6] === "计入").map((r) => `${r[0]}:${r[4]}`)).toEqual(["s1:38", "s1:33", "s2:41"]);
    expect(names.find((r) => r[0] === "s3")![6]).toBe("缺：最年轻的47岁");
  });
});

describe("女干部、少数民族干部、党外干部配备情况", () => {
  it("teams: women 2 in 2 teams (s1, d2), minority 1 in 1 team, 党外 1 in 1 team, over 5 teams of 13 members", () => {
    const t = table("diversity", "班子配备");
    expect(row(t, "合计")).toMatchObject({
      班子数: 5,
      "班子成员（人）": 13,
      "女干部（人）": 2,
      配备女干部的班子: 2,
      "少数民族干部（人）": 1,
      配备少数民族干部的班子: 1,
      "党外干部（人）": 1,
      配备党外干部的班子: 1,
    });
  });

  it("pool on 2026-06-30: 3 active (e1, e2, e3); women 1/3 = 33.3% against ≥20%, minority 1, 党外 1", () => {
    const t = table("diversity", "干部库");
    expect(row(t, "女干部")).toMatchObject({ "在库（人）": 3, "实有（人）": 1, 占比: "33.3%", 是否达标: "达标" });
    expect(row(t, "少数民族干部")).toMatchObject({ "实有（人）": 1 });
    expect(row(t, "党外干部")).toMatchObject({ "实有（人）": 1 });
  });
});

describe("优秀年轻干部库结构", () => {
  it("tiers: 副处级年轻干部 1 (q2, 41–45 男), 科级年轻干部 2 (q1 ≤30 女, s1-p3 31–35 男); 合计 3 = 2 男 + 1 女", () => {
    const t = table("pool", "层级结构");
    expect(row(t, "科级年轻干部")).toMatchObject({ "在库（人）": 2, 男: 1, 女: 1 });
    expect(row(t, "合计")).toMatchObject({ "在库（人）": 3, 男: 2, 女: 1 });
    const band = (start: string, sex: string) => t.headers.find((h) => h.startsWith(start) && h.endsWith(sex))!;
    expect(band("30岁及以下", "·女")).toBe("30岁及以下（1995.06.30后出生）·女");
    expect(row(t, "科级年轻干部")[band("30岁及以下", "·女")]).toBe(1);
    expect(row(t, "科级年轻干部")[band("31至35岁", "·男")]).toBe(1);
    expect(row(t, "副处级年轻干部")[band("41至45岁", "·男")]).toBe(1);
  });

  it("domains: 党务 2 (e1 科级, e3 副处级), 财政金融 1", () => {
    const t = table("pool", "熟悉领域");
    expect(row(t, "党务")["合计"]).toBe(2);
    expect(row(t, "财政金融")["合计"]).toBe(1);
  });

  it("flows in 2026 up to 06-30: 1 entry (e2; e5 is later), 1 exit (e4), 1 review done (e3), 1 due (e1: 2025-05-01 + 1 year), 0 within 60 days", () => {
    const t = table("pool", "进出与研判");
    expect(t.rows[0]).toEqual([3, 1, 1, 1, 1, 0]);
  });
});

describe("培训情况", () => {
  const t = table("training", "培训情况");

  it("科级年轻干部 2: hours 50 + 90 = 140, 70 per head; ≥80: 1 (q1), <80: 1 (s1-p3); political within 3 years: 1 (s1-p3, 2025.09.07)", () => {
    expect(row(t, "科级年轻干部")).toMatchObject({ "在库（人）": 2, "2026年已完成学时（合计）": 140, 人均学时: 70 });
    const r = row(t, "科级年轻干部");
    expect([r["达到80学时（人）"], r["未达80学时（人）"], r[col(t, "近3年参加")]]).toEqual([1, 1, 1]);
  });

  it("副处级年轻干部 1 (q2): 0 hours, political overdue (entered 2023-05-01 + 3 years = 2026-05-01 < 06-30); behind in all: s1-p3 (hours) + q2 = 2", () => {
    expect(row(t, "副处级年轻干部")["脱产政治训练逾期（WS-POLITICAL-TRAINING）"]).toBe(1);
    expect(row(t, "合计")["培训未达要求（合计，人）"]).toBe(2);
    expect(table("training", "未达要求人员").rows.map((r) => r[0])).toEqual(["姓名s1-p3", "姓名q2"]);
  });

  it("the header states the requirement: 每人不少于80学时 and political training ending after 2023.06.30", () => {
    expect(t.headers.join("|")).toContain("每人不少于80学时");
    expect(col(t, "近3年参加")).toContain("2023.06.30以后结束");
  });
});
