import "server-only";
// The pool's 名册: the entries open on a reference date, tier by tier, with the columns an
// organization department prints and sends (ages in 周岁 on that date, 身份证号 masked).
// One read for the .xlsx export and the printable table; both are audited by their callers.
import { formatDate, formatDateLong, formatYearMonth } from "@/lib/format/dates";
import type { PoolTier } from "@/lib/generated/prisma/enums";
import { highestOf } from "@/lib/import/education-ops";
import { genderLabel, politicalStatusLabel } from "@/lib/labels";
import { levelAndDegreeText, schoolAndMajorText } from "@/lib/lrmx/education";
import { ageOn, POOL_TIERS } from "@/lib/rules";
import type { Actor } from "@/lib/auth/actor";
import { poolScope } from "@/lib/server/authz/scope";
import { idNumberText } from "@/lib/server/crypto/id-number";
import { prisma } from "@/lib/server/db";
import { getTierNames } from "@/lib/server/policy/pool-tiers";
import { titleInUnit } from "@/lib/cadres/resume";

export const POOL_ROSTER_HEADERS = [
  "序号",
  "姓名",
  "性别",
  "出生年月（年龄）",
  "民族",
  "籍贯",
  "政治面貌",
  "入党时间",
  "参加工作时间",
  "全日制学历学位",
  "毕业院校系及专业",
  "在职学历学位",
  "单位及现任职务",
  "领域",
  "入库时间",
  "身份证号",
] as const;

export interface PoolRosterGroup {
  tier: PoolTier;
  /** the tier's name under the profile in force (sheet name of the export) */
  name: string;
  title: string;
  rows: string[][];
}

export interface PoolRoster {
  asOf: Date;
  subtitle: string;
  groups: PoolRosterGroup[];
  count: number;
  /** the cadres listed, in order (for the audit row of an export or print) */
  cadreIds: string[];
}

export async function loadPoolRoster(
  actor: Actor,
  asOf: Date,
  tier: PoolTier | null,
  action: "read" | "export" = "export",
): Promise<PoolRoster> {
  const { names } = await getTierNames();
  const entries = await prisma.poolEntry.findMany({
    where: {
      AND: [
        poolScope(actor, action),
        tier ? { tier } : {},
        { enteredOn: { lte: asOf } },
        { OR: [{ closedOn: null }, { closedOn: { gt: asOf } }] },
      ],
    },
    select: {
      tier: true,
      domain: true,
      enteredOn: true,
      cadre: {
        select: {
          id: true,
          name: true,
          gender: true,
          birthDate: true,
          ethnicity: true,
          nativePlace: true,
          politicalStatus: true,
          democraticParty: true,
          partyJoinDate: true,
          workStartDate: true,
          currentPostTitle: true,
          idNumberCipher: true,
          unit: { select: { name: true, sortOrder: true } },
          educationRecords: {
            select: { id: true, fullTime: true, level: true, degree: true, school: true, major: true },
          },
        },
      },
    },
    orderBy: [{ tier: "asc" }, { cadre: { unit: { sortOrder: "asc" } } }, { enteredOn: "asc" }, { id: "asc" }],
  });
  const groups: PoolRosterGroup[] = [];
  for (const t of POOL_TIERS) {
    const list = entries.filter((e) => e.tier === t);
    if (!list.length && t !== tier) continue;
    groups.push({
      tier: t,
      name: names[t],
      title: `优秀年轻干部库名册（${names[t]}）`,
      rows: list.map((e, i) => {
        const c = e.cadre;
        const ft = highestOf(c.educationRecords, true);
        const pt = highestOf(c.educationRecords, false);
        const post = c.currentPostTitle ?? "";
        return [
          String(i + 1),
          c.name,
          genderLabel[c.gender],
          `${formatYearMonth(c.birthDate)}（${ageOn(c.birthDate, asOf)}岁）`,
          c.ethnicity,
          c.nativePlace ?? "",
          c.politicalStatus === "DEMOCRATIC_PARTY" && c.democraticParty
            ? c.democraticParty
            : politicalStatusLabel[c.politicalStatus],
          formatYearMonth(c.partyJoinDate),
          formatYearMonth(c.workStartDate),
          ft ? levelAndDegreeText(ft.level, ft.degree) : "",
          ft ? schoolAndMajorText(ft.school, ft.major) : "",
          pt ? levelAndDegreeText(pt.level, pt.degree) : "",
          c.unit ? titleInUnit(c.unit.name, post) : post,
          e.domain ?? "",
          formatDate(e.enteredOn),
          idNumberText(c.idNumberCipher),
        ];
      }),
    });
  }
  return {
    asOf,
    subtitle: `统计截至${formatDateLong(asOf)}，年龄为周岁；身份证号已脱敏`,
    groups,
    count: entries.length,
    cadreIds: entries.map((e) => e.cadre.id),
  };
}
